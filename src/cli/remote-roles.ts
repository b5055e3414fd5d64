/**
 * `coffer role … --server URL`: the role assignments of a running server, over HTTPS
 * (`/coffer/roleassignments`), as the caller whose bearer token is in COFFER_TOKEN. The server
 * decides (Data Access Administrator) and audits; this only carries the request and reads the answer.
 */
import { resolve } from 'node:path';
import type { StoredRoleAssignment } from '../core/access/assignments.js';
import { quote } from '../core/errors.js';
import { KeyVaultHttp } from '../client/key-vault-http.js';
import { CliError, UsageError } from './cli-error.js';
import type { CliIo } from './io.js';

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

/**
 * The calls go through the remote client's HTTP layer (bounded answers, timeouts, retries of
 * what is safe to retry, wire errors as VaultErrors with no token in them); one process, one
 * call, so the connection is closed after it.
 */
export function remoteRoles(url: string, io: CliIo, caFile: string | undefined): RemoteRoles {
  const origin = serverOrigin(url);
  const token = io.env.COFFER_TOKEN ?? '';
  if (token === '') throw new CliError('BadEnvironment', 'COFFER_TOKEN must hold a bearer token for the server (from `coffer token create --role "Data Access Administrator"` on its host).');
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const http = new KeyVaultHttp(origin, { token: () => Promise.resolve(token), ...(caFile === undefined ? {} : { ca: resolve(io.cwd, caFile) }) });
    try {
      return await http.call(method, path, body === undefined ? {} : { body });
    } finally {
      http.close();
    }
  };
  return {
    list: async () => ((await call('GET', '/coffer/roleassignments')) as { value: StoredRoleAssignment[] }).value,
    assign: async (input) => (await call('POST', '/coffer/roleassignments', input)) as StoredRoleAssignment,
    remove: async (id) => {
      if (!/^[0-9a-f]{32}$/.test(id)) throw new UsageError(`Invalid role assignment id ${quote(id)}: expected 32 lowercase hex characters.`, 'role remove');
      return (await call('DELETE', `/coffer/roleassignments/${id}`)) as StoredRoleAssignment;
    },
  };
}
