/** A cell a spreadsheet would read as a plain number: `-12.50`, `+3`, `42`. */
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/** The characters a spreadsheet takes as the start of a formula (or that hide one after them). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Guards a text cell against spreadsheet formula injection (CSV injection): text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it. A plain number such as `-12.50` is left
 * as it is: it cannot run anything, and it should stay a number.
 *
 * @param text - the cell's text
 * @returns the text, safe to open in a spreadsheet
 * @example
 * ```ts
 * neutralizeFormula('=HYPERLINK("http://x")') //=> `'=HYPERLINK("http://x")`
 * neutralizeFormula('-12.50') //=> '-12.50'
 * neutralizeFormula('Acme') //=> 'Acme'
 * ```
 * @category Reports
 */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}
