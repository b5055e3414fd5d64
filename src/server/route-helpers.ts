/** What the route modules share: path parameters, paged list replies, body limits. */
import { BadParameterError } from '../core/errors.js';
import { MAX_BACKUP_CHARS } from '../core/object-backup.js';
import { nextLink, pageOf, parseMaxResults, parseSkipToken } from '../protocol/paging.js';
import type { Reply } from './http-io.js';
import type { RouteContext } from './router.js';

/**
 * A restore body carries a backup blob (base64url): up to 16 MiB over HTTPS (a secret with 500
 * versions of 25 KiB, base64'd, fits), below the blob's own limit, since the server reads a body
 * before the vault decides access. A larger backup is restored with the CLI on the server's host.
 */
export const MAX_RESTORE_BODY = Math.min(16 * 1024 * 1024, MAX_BACKUP_CHARS);

/** A required path parameter; the router guarantees it, this keeps the types honest. */
export function param(ctx: RouteContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new BadParameterError(`The path has no ${name}.`);
  return value;
}

/**
 * One page of a list as `{value, nextLink}`: `maxresults` and `$skiptoken` from the query, the
 * next page's absolute link on the caller's origin (reference, rule 9).
 */
export async function listReply<T>(ctx: RouteContext, list: (vault: RouteContext['vault']) => Promise<readonly T[]>, keyOf: (item: T) => string,
  wire: (item: T) => unknown, sortedByKey = true): Promise<Reply> {
  // The query is checked before the vault is asked, so a bad one is refused, not recorded as a listing.
  const maxResults = parseMaxResults(ctx.query.getAll('maxresults'));
  const after = parseSkipToken(ctx.query.getAll('$skiptoken'));
  const items = await list(ctx.vault);
  const page = pageOf(items, keyOf, maxResults, after, sortedByKey);
  const next = page.resumeAfter === undefined ? null : nextLink(ctx.origin, ctx.path, ctx.apiVersion, maxResults, page.resumeAfter);
  return { status: 200, body: { value: page.items.map(wire), nextLink: next } };
}
