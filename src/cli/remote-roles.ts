/**
 * `coffer role … --server URL`: the role assignments of a running server, over HTTPS
 * (`/coffer/roleassignments`), as the caller whose bearer token is in COFFER_TOKEN. The server
 * decides (Administrator) and audits; this only carries the request and reads the answer.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { resolve } from 'node:path';
import type { StoredRoleAssignment } from '../core/access/assignments.js';
import { VaultError, quote, type VaultErrorCode } from '../core/errors.js';
import { CliError, UsageError } from './cli-error.js';
import type { CliIo } from './io.js';

/** An answer larger than this is not a list of role assignments. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;
const TIMEOUT_MS = 30_000;

export interface RemoteRoles {
  list(): Promise<readonly StoredRoleAssignment[]>;
  assign(input: unknown): Promise<StoredRoleAssignment>;
  remove(id: string): Promise<StoredRoleAssignment>;
}

function serverOrigin(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`Invalid --server ${quote(url)}: expected https://host[:port].`);
  }
  if (parsed.protocol !== 'https:' || (parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search !== '' || parsed.username !== '') {
    throw new UsageError(`Invalid --server ${quote(url)}: expected https://host[:port], with no path.`);
  }
  return parsed.origin;
}

/** The wire error body as a VaultError with its code (Forbidden, BadParameter, …), or a plain failure. */
function failure(status: number, text: string): VaultError {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; innererror?: { code?: unknown } } };
    const code = typeof body.error?.code === 'string' ? body.error.code : `HTTP${status}`;
    const message = typeof body.error?.message === 'string' ? body.error.message.slice(0, 1024) : `The server answered ${status}.`;
    const known = ['BadParameter', 'Forbidden', 'Unauthorized', 'Conflict', 'Throttled'].includes(code) ? code as VaultErrorCode : 'StorageError';
    return new VaultError(known, message);
  } catch {
    return new VaultError('StorageError', `The server answered ${status} without an error body.`);
  }
}

export function remoteRoles(url: string, io: CliIo, caFile: string | undefined): RemoteRoles {
  const origin = serverOrigin(url);
  const token = io.env.COFFER_TOKEN ?? '';
  if (token === '') throw new CliError('BadEnvironment', 'COFFER_TOKEN must hold a bearer token for the server (from `coffer token create --role Administrator` on its host).');
  const ca = caFile === undefined ? undefined : readFileSync(resolve(io.cwd, caFile), 'utf8');
  const call = (method: string, path: string, body?: unknown): Promise<unknown> => new Promise((done, fail) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(`${origin}${path}`, {
      method, timeout: TIMEOUT_MS, ...(ca === undefined ? {} : { ca }),
      headers: { authorization: `Bearer ${token}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
    }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) req.destroy(new VaultError('StorageError', 'The server\'s answer is too large.'));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        if (status < 200 || status > 299) fail(failure(status, text));
        else done(JSON.parse(text) as unknown);
      });
    });
    req.on('timeout', () => req.destroy(new VaultError('StorageError', `The server did not answer within ${TIMEOUT_MS / 1000} s.`)));
    req.on('error', (error) => { fail(error instanceof VaultError ? error : new VaultError('StorageError', `Could not reach ${origin}: ${(error as NodeJS.ErrnoException).code ?? error.message}.`)); });
    req.end(payload);
  });
  return {
    list: async () => ((await call('GET', '/coffer/roleassignments')) as { value: StoredRoleAssignment[] }).value,
    assign: async (input) => (await call('POST', '/coffer/roleassignments', input)) as StoredRoleAssignment,
    remove: async (id) => {
      if (!/^[0-9a-f]{32}$/.test(id)) throw new UsageError(`Invalid role assignment id ${quote(id)}: expected 32 lowercase hex characters.`, 'role remove');
      return (await call('DELETE', `/coffer/roleassignments/${id}`)) as StoredRoleAssignment;
    },
  };
}
