import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * Writes each JSON-RPC message to a stream as one buffer (header and body together), synchronously.
 *
 * vscode-jsonrpc's stream writer queues every message behind a semaphore (one `setImmediate` hop),
 * encodes it asynchronously and then writes the header and the body with two separate writes, each
 * awaited. On a pipe that is two system calls and two wake-ups of the reader per message, which is
 * most of the cost of a small response. One `write` per message keeps the order (Node writes a
 * stream's chunks in order) and the framing (`Content-Length` + blank line + UTF-8 JSON) identical.
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
      const json = JSON.stringify(msg);
      const length = Buffer.byteLength(json, 'utf8');
      const header = `Content-Length: ${length}\r\n\r\n`;
      const buf = Buffer.allocUnsafe(header.length + length);
      buf.write(header, 0, 'ascii');
      buf.write(json, header.length, 'utf8');
      this.out.write(buf);
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
