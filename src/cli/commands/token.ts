/**
 * `coffer token create | revoke`: the server's own short-lived bearer tokens. `create` prints
 * the token and nothing else on stdout (so `$(coffer token create …)` works); it is a
 * credential, so it never goes to stderr or the audit log — only its id (jti) does.
 */
import { randomBytes } from 'node:crypto';
import { BadParameterError, quote } from '../../core/errors.js';
import type { Args } from '../args.js';
import { parseIsoDate } from '../args.js';
import type { Command } from '../command.js';
import { renderJson } from '../format.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../cli-error.js';
import { DATA_DIR_DETAIL, DATA_DIR_OPTION, accessContext } from './data-dir-options.js';

const UNITS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600 };

/** `15m`, `2h`, `900s` or `900` (seconds) → seconds; the range is checked by mintToken. */
export function parseTtl(text: string): number {
  const match = /^(\d{1,6})([smh]?)$/.exec(text);
  if (match === null) throw new BadParameterError(`Invalid --ttl ${quote(text)}: expected a duration such as 15m, 2h or 900s (at most 24h).`);
  return Number(match[1]) * (UNITS[match[2] === '' ? 's' : (match[2] ?? 's')] ?? 1);
}

async function create(args: Args, io: CliIo): Promise<void> {
  const name = args.string('principal');
  const role = args.string('role');
  if (name === undefined || role === undefined) throw new UsageError('--principal and --role are required.', 'token create');
  const ttl = args.string('ttl');
  const scope = args.string('scope');
  // jose loads only for this command.
  const { mintToken, vaultTokenAudience } = await import('../../server/auth/vault-token.js');
  const { withAccess } = await accessContext();
  const minted = await withAccess(args, io, async ({ dataDir, context }) => {
    const started = io.now();
    const token = await mintToken({
      principal: name, role, audience: vaultTokenAudience(dataDir.vault.vaultId),
      ...(scope === undefined ? {} : { scope }),
      ...(ttl === undefined ? {} : { ttlSeconds: parseTtl(ttl) }),
    }, dataDir.tokenKey, started, randomBytes);
    // Fail closed: a token whose issue is not on record is not handed out.
    await context.record({
      operationName: 'TokenCreate', who: context.who, started, id: `/tokens/${token.jti}`,
      extra: { principal: name, role, scope: scope ?? '/', expires: token.expires.toISOString() },
    });
    return token;
  });
  io.writeOut(args.flag('json') ? renderJson({ token: minted.token, jti: minted.jti, expires: minted.expires.toISOString() }) : `${minted.token}\n`);
}

async function revoke(args: Args, io: CliIo): Promise<void> {
  const jti = args.positional(0);
  const given = args.string('expires');
  // Without --expires, cover the longest a vault token can live (24 h) plus clock skew.
  const expires = given === undefined ? new Date(io.now().getTime() + (24 * 3600 + 60) * 1000) : parseIsoDate(given, '--expires', 'token revoke');
  const { withAccess } = await accessContext();
  await withAccess(args, io, ({ access, context }) => access.revoke(jti, expires, context));
  io.writeOut(`Revoked ${jti} until ${expires.toISOString()}.\n`);
}

export const tokenCreateCommand: Command = {
  name: 'token create',
  synopsis: 'token create --principal NAME --role ROLE [--scope S] [--ttl 15m] [--data-dir DIR] [--json]',
  summary: 'Print a bearer token for the server granting one role over one scope.',
  details: [
    '--principal NAME      who the token names in the audit log',
    '--role ROLE           a built-in role;  --scope S  as for role assign (default /)',
    '--ttl D               lifetime: 15m (default), 2h, 900s; at most 24h',
    '--json                print { token, jti, expires }',
    DATA_DIR_DETAIL,
  ],
  options: { ...DATA_DIR_OPTION, principal: { type: 'string' }, role: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string' }, json: { type: 'boolean' } },
  positionals: [],
  run: create,
};

export const tokenRevokeCommand: Command = {
  name: 'token revoke',
  synopsis: 'token revoke JTI [--expires ISO] [--data-dir DIR]',
  summary: 'Refuse a token (by its jti) from now on.',
  details: ['--expires ISO         when the token expires anyway (default: 24 hours from now)', DATA_DIR_DETAIL],
  options: { ...DATA_DIR_OPTION, expires: { type: 'string' } },
  positionals: ['JTI'],
  run: revoke,
};
