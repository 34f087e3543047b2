import { printable } from './printable.js';

/** What Markdown (GitHub's flavour) or the HTML inside it could read as markup in a line of text. */
const markup = /[\\`*_[\]|~#@]/g;
const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Makes data safe to show as plain text in Markdown, a table cell included: control characters
 * become visible escapes ({@link printable}), `&`, `<` and `>` become entities (no HTML tag, no
 * autolink), and every other character that could start markup (emphasis, code, the brackets of links and
 * images, table pipes, strikethrough, `@mentions`, `#references`) is escaped with a backslash.
 * @param text - data read from the input (a name, a file name, a message that quotes one)
 * @returns the text as Markdown that renders as the text itself
 * @example
 * ```ts
 * markdownText('A | B <script>') //=> 'A \\| B &lt;script&gt;'
 * markdownText('`rm -rf`') //=> '\\`rm -rf\\`'
 * ```
 */
export function markdownText(text: string): string {
  return printable(text)
    .replace(markup, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => entities[c]!);
}
