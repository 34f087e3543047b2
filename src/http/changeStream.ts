import type { AuditEvent } from '../model/index.js';

/** One page of the change feed, as `changes.since` answers. */
interface FeedPage {
  readonly items: readonly AuditEvent[];
  readonly next: string;
}

/**
 * The change feed as server-sent events (`text/event-stream`): from the cursor given (the start of
 * the feed when none), every committed event once, in commit order. Each message is one page of
 * the feed — `event: changes`, its events as a JSON array in `data`, and the cursor after them as
 * its `id` — so a client that reconnects with `Last-Event-ID` goes on exactly after the last page it
 * received. The stream asks for a page only when the client has taken the one before (a slow
 * reader slows the reading, nothing piles up) and holds no store connection between asks; with
 * nothing new it waits `pollInterval` and sends a comment now and then to keep proxies from
 * closing it.
 *
 * @param since - `changes.since` of the caller's instance
 * @param after - the cursor to start after
 * @param signal - the request's abort signal: the stream ends when the client goes
 * @param options - how often to ask, and how many events at a time
 * @returns the response; a bad cursor is refused before the stream starts
 */
export async function changeStream(
  since: (input: { after?: string; limit: number }) => Promise<FeedPage>,
  after: string | undefined,
  signal: AbortSignal,
  options: { readonly pollInterval?: number; readonly pageSize?: number } = {},
): Promise<Response> {
  const pollInterval = options.pollInterval ?? 1000;
  const limit = options.pageSize ?? 500;
  const encoder = new TextEncoder();
  // The first page is read before answering, so a bad cursor or a missing permission is a problem response.
  let page: FeedPage | null = await since(after === undefined ? { limit } : { after, limit });
  let cursor = page.next;
  let quiet = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(`retry: ${Math.max(1000, pollInterval)}\n\n`));
      },
      async pull(controller) {
        while (!signal.aborted) {
          if (page === null) page = await since({ after: cursor, limit });
          const current = page;
          page = null;
          cursor = current.next;
          if (current.items.length > 0) {
            controller.enqueue(encoder.encode(`id: ${current.next}\nevent: changes\ndata: ${JSON.stringify(current.items)}\n\n`));
            quiet = 0;
            return;
          }
          // Nothing new: wait, and now and then tell the proxies the stream is alive.
          if (++quiet % 15 === 0) {
            controller.enqueue(encoder.encode(': waiting for changes\n\n'));
            return;
          }
          await pause(pollInterval, signal);
        }
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(stream, { headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' } });
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
