import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { chunksOf } from './serialized';

/**
 * Writes each JSON-RPC message to a stream as one buffer (header and body together), synchronously.
 *
 * vscode-jsonrpc's stream writer queues every message behind a semaphore (one `setImmediate` hop),
 * encodes it asynchronously and then writes the header and the body with two separate writes, each
 * awaited. On a pipe that is two system calls and two wake-ups of the reader per message, which is
 * most of the cost of a small response. One `write` per message keeps the order (Node writes a
 * stream's chunks in order) and the framing (`Content-Length` + blank line + UTF-8 JSON) identical.
 * A response whose result the server keeps serialized (serialized.ts) is sent from those bytes.
 */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (err: unknown) => this.fireError(err));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    try {
      this.out.write(frame(msg));
      this.errorCount = 0;
      return Promise.resolve();
    } catch (err) {
      this.errorCount++;
      this.fireError(err, msg, this.errorCount);
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  end(): void {
    this.out.end();
  }
}

/** The bytes of one message on the wire: header, blank line, UTF-8 JSON (JSON.stringify's). */
export function frame(msg: Message): Buffer {
  const r = msg as { jsonrpc?: unknown; id?: unknown; result?: unknown; method?: unknown; params?: unknown };
  // A response is { jsonrpc, id, result } and a notification { jsonrpc, method, params }, in that order (vscode-jsonrpc
  // makes them so); anything else is serialized whole.
  const shape = Object.keys(r).join();
  const kept = shape === 'jsonrpc,id,result' ? chunksOf(r.result) : shape === 'jsonrpc,method,params' ? chunksOf(r.params) : undefined;
  if (kept) {
    const head = Buffer.from(`{"jsonrpc":${JSON.stringify(r.jsonrpc)},${'id' in r ? `"id":${JSON.stringify(r.id)},"result":` : `"method":${JSON.stringify(r.method)},"params":`}`, 'utf8');
    let length = head.length + 1;
    for (const c of kept) length += c.length;
    const header = `Content-Length: ${length}\r\n\r\n`;
    return Buffer.concat([Buffer.from(header, 'ascii'), head, ...kept, CLOSE_BRACE], header.length + length);
  }
  const json = JSON.stringify(msg);
  const length = Buffer.byteLength(json, 'utf8');
  const header = `Content-Length: ${length}\r\n\r\n`;
  const buf = Buffer.allocUnsafe(header.length + length);
  buf.write(header, 0, 'ascii');
  buf.write(json, header.length, 'utf8');
  return buf;
}

const CLOSE_BRACE = Buffer.from('}');
