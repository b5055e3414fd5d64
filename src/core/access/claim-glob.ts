/**
 * Globs for role-assignment claims: `org/app-*`, `refs/heads/release-*`. Hand-written and
 * linear (no regular expression is ever built from user input): a set of pattern positions
 * is advanced one character at a time, so matching costs at most pattern × text steps.
 *
 * `*` matches a run (possibly empty) of `[A-Za-z0-9_.]` only: never `-`, `/`, `:` or anything
 * else. The reason is sibling repositories. GitHub names allow `-`, and a repository's
 * neighbours share its prefix: if `org/app*` could match `org/app-evil`, anyone able to create
 * `org/app-evil` would inherit `org/app`'s secrets. So `org/app*` matches `org/app2` and
 * `org/app_x` but not `org/app-evil`; who means the whole family writes `org/app-*` and so
 * says so. `/` and `:` separate owner from repository and the parts of `sub`, so a `*` never
 * crosses into another owner or another part.
 */

/** Bounds a pattern, so that matching every request stays cheap. */
export const MAX_GLOB_LENGTH = 256;
export const MAX_GLOB_STARS = 8;

/** The characters a `*` may stand for. */
function starMatches(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) // 0-9
    || (code >= 0x41 && code <= 0x5a) // A-Z
    || (code >= 0x61 && code <= 0x7a) // a-z
    || code === 0x5f // _
    || code === 0x2e; // .
}

const STAR = 0x2a;

/** Adds the positions reachable without consuming text: past each `*` (an empty run). */
function closeOverStars(pattern: string, states: Uint8Array): void {
  for (let i = 0; i < pattern.length; i += 1) {
    if (states[i] === 1 && pattern.charCodeAt(i) === STAR) states[i + 1] = 1;
  }
}

/** True if `text` matches `pattern` in full. Case-sensitive; callers lower-case both where needed. */
export function globMatches(pattern: string, text: string): boolean {
  if (!pattern.includes('*')) return pattern === text;
  let states = new Uint8Array(pattern.length + 1);
  states[0] = 1;
  closeOverStars(pattern, states);
  for (let t = 0; t < text.length; t += 1) {
    const code = text.charCodeAt(t);
    const next = new Uint8Array(pattern.length + 1);
    let alive = false;
    for (let i = 0; i < pattern.length; i += 1) {
      if (states[i] !== 1) continue;
      const p = pattern.charCodeAt(i);
      if (p === STAR) {
        if (starMatches(code)) {
          next[i] = 1;
          alive = true;
        }
      } else if (p === code) {
        next[i + 1] = 1;
        alive = true;
      }
    }
    if (!alive) return false;
    closeOverStars(pattern, next);
    states = next;
  }
  return states[pattern.length] === 1;
}

/** How many `*` a pattern holds. */
export function starCount(pattern: string): number {
  let count = 0;
  for (let i = 0; i < pattern.length; i += 1) if (pattern.charCodeAt(i) === STAR) count += 1;
  return count;
}
