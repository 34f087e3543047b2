import { Readable, Writable } from 'node:stream';
import { runCheck } from '../../src/cli/check/runCheck.js';
import { tempFiles } from './tempFiles.js';

/** A temporary directory to run `staffcore check` in, with a way to write files into it. */
export function checkWorkspace() {
  const { dir, file, remove } = tempFiles('staffcore-check-');
  /** Runs `staffcore check` in this process with captured output, in the workspace. */
  const run = async (args: readonly string[], options: { stdin?: string | Buffer; tty?: boolean; env?: Record<string, string> } = {}) => {
    let stdout = '';
    let stderr = '';
    const sink = (append: (text: string) => void) =>
      Object.assign(
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            append(chunk.toString());
            done();
          },
        }),
        { isTTY: options.tty ?? false },
      );
    const code = await runCheck(args, {
      stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
      stdout: sink((text) => (stdout += text)),
      stderr: sink((text) => (stderr += text)),
      env: options.env ?? {},
      cwd: dir,
    });
    return { code, stdout, stderr };
  };
  return { dir, file, run, remove };
}
