/**
 * Control characters, and the characters that act like them on a terminal or in a CI log: C0 and
 * C1 controls (newline, carriage return, ESC, …), DEL, the Unicode line and paragraph separators,
 * and the bidirectional overrides and isolates that reorder what is shown.
 */
const unprintable = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Makes data safe to print in a text report: each control character becomes a visible escape
 * (`\n`, `\r`, `\t`, `\x1b`, `\u2028`, …) and a backslash is doubled, so a record's name can
 * neither start a new line (a GitHub workflow command such as `::error ::…`) nor send an escape
 * sequence to the terminal, and the escaped text still tells one name from another.
 * @param text - data read from the input (a name, a message that quotes one, a file name)
 * @returns the text with its control characters escaped
 * @example
 * ```ts
 * printable('Acme\n::error file=x::pwned') //=> 'Acme\\n::error file=x::pwned'
 * printable('\u001b[2JAcme') //=> '\\x1b[2JAcme'
 * ```
 */
export function printable(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(unprintable, (c) => {
    const known = named[c];
    if (known) return known;
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
