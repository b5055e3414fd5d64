/**
 * The request target (`/secrets/db?api-version=7.6`), taken apart without normalising it: a
 * URL parser would resolve `..` and `%2e%2e` and so answer for a path other than the one sent.
 * Dot segments, backslashes, control characters and absolute-form targets are refused instead;
 * percent-escapes are left alone (no name contains `%`, so name validation refuses them).
 */

/** Longer targets are refused; node's header limit bounds them anyway. */
const MAX_TARGET_CHARS = 8192;

export type RequestTarget =
  | { readonly ok: true; readonly path: string; readonly query: URLSearchParams }
  | { readonly ok: false; readonly message: string };

export function parseRequestTarget(raw: string): RequestTarget {
  if (raw.length === 0 || raw.length > MAX_TARGET_CHARS || !raw.startsWith('/')) {
    return { ok: false, message: 'The request target must be a path starting with /.' };
  }
  const mark = raw.indexOf('?');
  const path = mark < 0 ? raw : raw.slice(0, mark);
  if (/[\\\u0000-\u0020\u007f-\uffff#]/.test(path)) return { ok: false, message: 'The request path holds characters no operation uses.' };
  const segments = path.split('/');
  if (segments.some((s) => /^(\.|%2e){1,2}$/i.test(s))) return { ok: false, message: 'The request path has a dot segment (. or ..).' };
  return { ok: true, path, query: new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1)) };
}
