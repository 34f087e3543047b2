import type { Writable } from 'node:stream';
import { importMessages } from './importMessages.js';

/** How often the line is redrawn at most, in milliseconds. */
const redrawEvery = 200;

/** The progress line of `staffcore import`: redrawn in place with `\r`, cleared at the end. */
export interface ProgressBar {
  /**
   * Reports how far the import is; redraws the line if the last redraw is old enough.
   * @param done - rows handled so far (added or rejected)
   * @param fraction - the share of the input read (bytes read / file size), or `null` when unknown (standard input)
   */
  update(done: number, fraction: number | null): void;
  /** Erases the line, so what is printed next starts on a clean line. */
  clear(): void;
}

/**
 * A progress line on `stream`: rows done, an estimate of the total and the percentage when the
 * input's size is known, rows per second and the time left. Nothing is drawn when `enabled` is
 * false (stderr not a terminal, `CI` set, `--quiet`).
 * @param stream - where to draw (standard error)
 * @param enabled - whether to draw at all
 * @param now - the clock, in milliseconds (`performance.now` by default)
 * @returns the bar; its methods do nothing when it is not enabled
 */
export function progressBar(stream: Writable, enabled: boolean, now: () => number = () => performance.now()): ProgressBar {
  if (!enabled) return { update() {}, clear() {} };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    update(done, fraction) {
      const at = now();
      if (at - drawnAt < redrawEvery) return;
      drawnAt = at;
      const seconds = (at - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const known = fraction !== null && fraction > 0 && done > 0;
      const share = known ? Math.min(1, fraction) : null;
      const total = share !== null ? Math.max(done, Math.round(done / share)) : null;
      const eta = share !== null ? (seconds * (1 - share)) / share : null;
      stream.write(`\r\u001b[K${importMessages.progress(done, total, share === null ? null : share * 100, rate, eta)}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
