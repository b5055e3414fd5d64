/**
 * The server's connections: how many one address may hold, which ones finished their TLS
 * handshake, and what a connection whose request node's HTTP parser refused is told. One host
 * cannot take every slot, and a connection that never finishes a handshake is not kept.
 */
import type { Socket } from 'node:net';
import { wireError } from '../protocol/errors-wire.js';

/** Connections at most, in all and from one address. */
export const MAX_CONNECTIONS = 1024;
export const MAX_CONNECTIONS_PER_ADDRESS = 128;

/** What a refused request is, for the caller's audit record and metrics. */
export interface MalformedRequest {
  readonly status: number;
  readonly message: string;
  readonly address: string;
}

export class Connections {
  readonly sockets = new Set<Socket>();
  /** Sockets whose TLS handshake finished: only these can be answered in HTTP. */
  readonly #secured = new WeakSet<Socket>();
  readonly #perAddress = new Map<string, number>();

  /** Tracks a new connection; one address holding too many already is cut at once. */
  admit(socket: Socket): void {
    const address = socket.remoteAddress ?? 'unknown';
    const held = this.#perAddress.get(address) ?? 0;
    if (held >= MAX_CONNECTIONS_PER_ADDRESS) {
      socket.destroy();
      return;
    }
    this.#perAddress.set(address, held + 1);
    this.sockets.add(socket);
    socket.once('close', () => {
      this.sockets.delete(socket);
      const left = (this.#perAddress.get(address) ?? 1) - 1;
      if (left <= 0) this.#perAddress.delete(address);
      else this.#perAddress.set(address, left);
    });
  }

  secured(socket: Socket): void {
    this.#secured.add(socket);
  }

  /**
   * Answers a request node's HTTP parser refused (bad bytes in the request line, headers over
   * 16 KiB, a client too slow to send them) in the error shape, and closes the connection; says
   * what it answered, for the audit record. A connection with no finished TLS handshake (a
   * stalled or broken one) has no HTTP to answer in, and a reply written into it would keep it
   * open: it is cut, and nothing is returned (transport noise is not audited).
   */
  refuseMalformed(error: NodeJS.ErrnoException, socket: Socket): MalformedRequest | undefined {
    if (!this.#secured.has(socket) || !socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return undefined;
    }
    const [status, reason, message] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large', 'The request headers are larger than 16 KiB.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout', 'The request was not received in time.']
        : [400, 'Bad Request', 'The request is not valid HTTP/1.1: its request line or headers hold bytes no request uses.'];
    const body = JSON.stringify(wireError(status, 'BadParameter', message).body);
    socket.end(`HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n`
      + `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    // A client that does not read the reply does not keep the connection.
    socket.setTimeout(5_000, () => socket.destroy());
    return { status, message, address: socket.remoteAddress ?? 'unknown' };
  }
}
