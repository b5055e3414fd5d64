/**
 * Reading requests and writing replies, with every input bounded: a body is read only up to
 * its route's limit, JSON nesting is capped before the parser runs (a deep document costs the
 * parser stack, not just memory), and every reply is `application/json; charset=utf-8`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadParameterError } from '../core/errors.js';
import type { WireError } from '../protocol/errors-wire.js';

/** JSON bodies nest a few levels (a policy, a JWK); anything deeper is not a Key Vault request. */
export const MAX_JSON_DEPTH = 32;

/** Thrown when a body is larger than its route allows; answered 413 in the error shape. */
export class BodyTooLargeError extends BadParameterError {
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes, the limit for this operation.`);
    this.name = 'BodyTooLargeError';
  }
}

/** The body, up to `limit` bytes; more is refused as soon as it is seen (and the rest not read). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The deepest nesting of arrays and objects in a JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    }
  }
  return deepest;
}

/** A request body as JSON: UTF-8, at most MAX_JSON_DEPTH deep. An empty body is `undefined`. */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw new BadParameterError('The request body is not valid UTF-8.');
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new BadParameterError(`The request body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the text, which may hold a value.
    throw new BadParameterError('The request body is not valid JSON.');
  }
}

export interface Reply {
  readonly status: number;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as plain text instead of a JSON body (metrics). */
  readonly text?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Writes a reply; a body is JSON, and no reply is cached by anyone on the way. */
export function send(res: ServerResponse, reply: Reply): void {
  const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
  const contentType = reply.text !== undefined ? 'text/plain; version=0.0.4; charset=utf-8' : 'application/json; charset=utf-8';
  res.writeHead(reply.status, {
    ...(text === '' ? {} : { 'content-type': contentType }),
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...reply.headers,
  });
  res.end(text);
}

export function errorReply(error: WireError, headers?: Readonly<Record<string, string>>): Reply {
  return { status: error.status, body: error.body, ...(headers === undefined ? {} : { headers }) };
}
