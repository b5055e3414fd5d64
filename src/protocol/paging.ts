/**
 * Paged lists: `{"value": [...], "nextLink": "<absolute url>" | null}`, `maxresults` 1-25
 * (default 25; keys.json GetKeyVersions `maxresults` has minimum 1, maximum 25), and the
 * continuation token carried in the nextLink's `$skiptoken`, as Azure's own nextLinks carry it.
 *
 * The token is base64url of `v1:` + the sort key of the last item returned (a name or a
 * version), so a page resumes *after* that item: items added or deleted between pages shift
 * nothing, unlike an offset. It carries no MAC: it only says where to resume a list the caller
 * may read whole anyway, and a forged one can do no more than skip ahead. The SDK follows
 * nextLink verbatim, so it keeps the api-version and maxresults of the first request.
 */
import { BadParameterError } from '../core/errors.js';
import type { ApiVersion } from './api-version.js';
import { checkBase64urlText } from './base64url.js';
import { vaultOrigin } from './ids.js';

export const MAX_RESULTS = 25;
const TOKEN_PREFIX = 'v1:';
/** A name (≤ 127 of 0-9, a-z, A-Z, '-') or a version (32 hex): the keys lists sort by. */
const POSITION = /^[0-9A-Za-z-]{1,127}$/;
const MAX_TOKEN_CHARS = 200;

export interface ListPage<W> {
  readonly value: readonly W[];
  readonly nextLink: string | null;
}

/** `maxresults` from the query: absent → 25; otherwise a whole number 1-25, written plainly. */
export function parseMaxResults(values: readonly string[]): number {
  if (values.length === 0) return MAX_RESULTS;
  const [text = ''] = values;
  const n = /^[1-9][0-9]?$/.test(text) ? Number(text) : NaN;
  if (values.length > 1 || !(n <= MAX_RESULTS)) {
    throw new BadParameterError(`Invalid maxresults: expected one whole number from 1 to ${MAX_RESULTS}.`);
  }
  return n;
}

export function encodeContinuationToken(position: string): string {
  if (!POSITION.test(position)) throw new BadParameterError('Invalid list position: expected a name or a version.');
  return Buffer.from(`${TOKEN_PREFIX}${position}`, 'utf8').toString('base64url');
}

/** The position a token resumes after; anything that is not a token this module made is refused. */
export function decodeContinuationToken(token: string): string {
  const refuse = (): BadParameterError => new BadParameterError('Invalid $skiptoken: it is not a continuation token from this vault\'s nextLink.');
  try {
    checkBase64urlText(token, '$skiptoken', MAX_TOKEN_CHARS);
  } catch {
    throw refuse();
  }
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const position = text.startsWith(TOKEN_PREFIX) ? text.slice(TOKEN_PREFIX.length) : '';
  if (!POSITION.test(position) || encodeContinuationToken(position) !== token) throw refuse();
  return position;
}

/** The `$skiptoken` of a request's query, decoded: undefined on the first page. */
export function parseSkipToken(values: readonly string[]): string | undefined {
  if (values.length === 0) return undefined;
  const [token = ''] = values;
  if (values.length > 1) throw new BadParameterError('Invalid $skiptoken: give it once.');
  return decodeContinuationToken(token);
}

/**
 * The absolute URL of the next page: the vault origin, the list's path (`/secrets`,
 * `/keys/{name}/versions`…), and the query the SDK will send back verbatim.
 */
export function nextLink(origin: string, path: string, apiVersion: ApiVersion, maxResults: number, position: string): string {
  if (!/^(\/[0-9A-Za-z-]+)+$/.test(path)) throw new BadParameterError('Invalid list path: expected /collection[/name/versions].');
  const token = encodeContinuationToken(position);
  return `${vaultOrigin(origin)}${path}?api-version=${apiVersion}&$skiptoken=${token}&maxresults=${maxResults}`;
}

/**
 * One page of a list: the items after `after` (by `keyOf`, compared case-insensitively as
 * names are), at most `maxResults`, and the position to resume after if more remain. With
 * `sortedByKey` (lists by name, sorted as the store sorts them: lowercase, code-unit order) a
 * position deleted since resumes at the next key; in a list in another order (versions, oldest
 * first) it ends the list.
 */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => string, maxResults: number, after: string | undefined, sortedByKey = true): { items: T[]; resumeAfter: string | undefined } {
  const start = after === undefined ? 0 : indexAfter(items, keyOf, after.toLowerCase(), sortedByKey);
  const page = items.slice(start, start + maxResults);
  const last = page[page.length - 1];
  const more = start + page.length < items.length;
  return { items: page, resumeAfter: more && last !== undefined ? keyOf(last) : undefined };
}

function indexAfter<T>(items: readonly T[], keyOf: (item: T) => string, after: string, sortedByKey: boolean): number {
  const exact = items.findIndex((item) => keyOf(item).toLowerCase() === after);
  if (exact >= 0) return exact + 1;
  if (!sortedByKey) return items.length;
  // The item was deleted since: resume at the first one that sorts after it.
  const next = items.findIndex((item) => keyOf(item).toLowerCase() > after);
  return next < 0 ? items.length : next;
}
