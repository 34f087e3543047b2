import { issueCommand } from '@actions/core/lib/command.js';

/** Where an annotation points and what it is called; a property left undefined is left out. */
export interface AnnotationProperties {
  readonly file: string;
  readonly line?: number | undefined;
  readonly title: string;
}

/**
 * One GitHub Actions workflow command (`::error file=…,line=…,title=…::message`), as the Actions
 * toolkit writes it: `@actions/core`'s `issueCommand` does the runner's escaping of the message
 * (`%`, CR, LF) and of each property (also `:` and `,`), so data cannot end the command early or
 * start another. The toolkit writes straight to `process.stdout` and exports no function that
 * returns the text, so its one synchronous write is taken here instead, and the report goes where
 * `-o` says, like every other format's.
 *
 * (`@actions/core` 2 is used for `lib/command`: version 3 is ESM-only, hides `lib/command` behind its
 * `exports`, and its root import would bundle an HTTP client, undici, into the command line.)
 * @param kind - `error` or `warning`
 * @param properties - the file, line and title
 * @param message - the annotation's text; already `printable`, so it holds no control character
 * @returns the command, ending in a line break
 */
export function annotation(kind: 'error' | 'warning', properties: AnnotationProperties, message: string): string {
  const stdout = process.stdout;
  const own = Object.getOwnPropertyDescriptor(stdout, 'write');
  let text = '';
  stdout.write = ((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof stdout.write;
  try {
    issueCommand(kind, { file: properties.file, line: properties.line, title: properties.title }, message);
  } finally {
    if (own) Object.defineProperty(stdout, 'write', own);
    else delete (stdout as { write?: unknown }).write;
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}
