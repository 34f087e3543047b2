import { parseArgs } from 'node:util';
import { UsageError } from './check/InputError.js';

/** A command's options, as `util.parseArgs` takes them. */
export type CommandOptions = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean }>>;

/** What {@link parseCommandArgs} gives: `util.parseArgs`'s own result for the options. */
export type ParsedCommand<Options extends CommandOptions> = ReturnType<typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; strict: true }>>;

/**
 * Parses a command's arguments with Node's `util.parseArgs` (strict, positionals allowed); a
 * mistake is a {@link UsageError} with the first sentence of Node's message (it goes on to explain
 * `--`, which is not the one line that matters).
 * @param args - the arguments after the command's name
 * @param options - the command's options, as `parseArgs` takes them
 */
export function parseCommandArgs<const Options extends CommandOptions>(args: readonly string[], options: Options): ParsedCommand<Options> {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? String(error)).replace(/\. To specify a positional argument.*$/, ''));
  }
}
