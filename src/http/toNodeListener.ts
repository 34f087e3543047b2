import type { HttpHandler } from './createHttpHandler.js';
import { problemOf } from './problem.js';

/** What {@link toNodeListener} reads of a `node:http` request (an `IncomingMessage`). */
export interface NodeRequest extends AsyncIterable<Uint8Array> {
  /** The request's method. */
  readonly method?: string | undefined;
  /** The request's path and query. */
  readonly url?: string | undefined;
  /** The request's headers, lower-cased. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The connection; a TLS socket has `encrypted: true`. */
  readonly socket?: object | null;
  /**
   * Listens for the connection closing.
   * @param event - `close`
   * @param listener - called when the client goes away
   */
  on(event: 'close', listener: () => void): unknown;
}

/** What {@link toNodeListener} writes to a `node:http` response (a `ServerResponse`). */
export interface NodeResponse {
  /**
   * Sends the status and headers.
   * @param status - the HTTP status
   * @param headers - the headers
   */
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  /**
   * Sends a chunk of the body.
   * @param chunk - the bytes
   * @returns `false` when the socket's buffer is full (wait for `drain`)
   */
  write(chunk: Uint8Array): boolean;
  /** Ends the response. */
  end(): unknown;
  /**
   * Waits once for the socket's buffer to empty.
   * @param event - `drain`
   * @param listener - called when more can be written
   */
  once(event: 'drain', listener: () => void): unknown;
  /** Whether the connection is gone. */
  readonly destroyed?: boolean;
  /** Whether the status line and headers went out (a failure after them can only cut the response). */
  readonly headersSent?: boolean;
  /** Closes the connection at once: how a response whose body failed half-way ends. */
  destroy?(error?: Error): unknown;
}

/** What a handler that failed outright answers (`createHttpHandler`'s never does). */
const internalError = JSON.stringify(problemOf(undefined));

/**
 * Turns a web-standard handler into a `node:http` request listener:
 * `createServer(toNodeListener(handler)).listen(3000)`. The request's URL is rebuilt from its
 * `Host` header (http, or https on a TLS socket); its body is streamed to the handler, and the
 * response's body to the socket as it comes (a stream waits for a slow client); a client that
 * goes away aborts the request's signal, which ends a change-feed stream.
 *
 * @param handler - a handler made by `createHttpHandler`
 * @returns the listener for `http.createServer`
 * @category HTTP
 */
export function toNodeListener(handler: HttpHandler): (request: NodeRequest, response: NodeResponse) => Promise<void> {
  return async (incoming, outgoing) => {
    const aborted = new AbortController();
    incoming.on('close', () => aborted.abort());
    const method = incoming.method ?? 'GET';
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value === undefined) continue;
      for (const one of typeof value === 'string' ? [value] : value) headers.append(name, one);
    }
    const encrypted = (incoming.socket as { encrypted?: boolean } | null | undefined)?.encrypted === true;
    const origin = `${encrypted ? 'https' : 'http'}://${headers.get('host') ?? 'localhost'}`;
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const body = hasBody
      ? new ReadableStream<Uint8Array>({
          async start(controller) {
            try {
              for await (const chunk of incoming) controller.enqueue(chunk);
              controller.close();
            } catch (error) {
              controller.error(error);
            }
          },
        })
      : null;
    try {
      const request = new Request(new URL(incoming.url ?? '/', origin), { method, headers, body, signal: aborted.signal, ...(hasBody ? { duplex: 'half' } : {}) } as RequestInit);
      const response = await handler(request);
      const out: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      outgoing.writeHead(response.status, out);
      if (response.body) {
        const reader = response.body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done || outgoing.destroyed) break;
            if (!outgoing.write(value)) await new Promise<void>((resolve) => outgoing.once('drain', resolve));
          }
        } finally {
          if (outgoing.destroyed) await reader.cancel().catch(() => undefined);
        }
      }
      outgoing.end();
    } catch (error) {
      // Never a rejected listener (an unhandled rejection ends a Node process): a failure before
      // the response answers a bare 500; one after its headers (a stream that broke) cuts it.
      if (outgoing.headersSent === false) {
        outgoing.writeHead(500, { 'content-type': 'application/problem+json' });
        outgoing.write(new TextEncoder().encode(internalError));
        outgoing.end();
      } else if (outgoing.destroy) {
        outgoing.destroy(error instanceof Error ? error : undefined);
      } else {
        outgoing.end();
      }
    }
  };
}
