/** Input that cannot be read as records: reported as one line with the file and line, exit code 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${line === null ? file : `${file}:${line}`}: ${reason}`);
    this.name = 'InputError';
  }
}

/** A wrong option or argument: reported with a pointer to the help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
