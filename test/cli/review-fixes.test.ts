/**
 * Regressions for the CLI findings of the security review: input the CLI used to take
 * silently in a surprising way, or echo where a secret typed in the wrong place would leak.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { Sandbox, canary, json } from './harness.js';

let box: Sandbox;
beforeAll(() => {
  box = new Sandbox();
  box.init();
  box.run(['secret', 'set', 'present', '--value', 'p']);
});
afterAll(() => {
  box.cleanup();
});

describe('CLI review regressions', () => {
  it('does not echo an unknown command: it may be a value typed in the wrong place', () => {
    const secret = canary();
    const top = box.run([secret]);
    const under = box.run(['secret', secret]);
    expect([top.status, under.status]).toEqual([2, 2]);
    expect(top.stderr + top.stdout + under.stderr + under.stdout).not.toContain(secret);
  });

  it.each(['2026-02-31', '2026-01-31T12:00:00', '2026-00-10'])('refuses the date %s (no such day, or a time without a zone)', (date) => {
    const result = box.run(['secret', 'update', 'present', '--expires', date]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`coffer: Invalid --expires '${date}': expected an ISO 8601 date such as 2026-01-31 or 2026-01-31T12:00:00Z (a time needs Z or an offset).`);
  });

  it('takes a date with an offset, and a bare date as midnight UTC', () => {
    box.run(['secret', 'update', 'present', '--not-before', '2026-01-01', '--expires', '2026-01-31T12:00:00+02:00']);
    expect(json(box.run(['secret', 'versions', 'present', '--json']))).toMatchObject([{ notBefore: '2026-01-01T00:00:00.000Z', expiresOn: '2026-01-31T10:00:00.000Z' }]);
  });

  it('keeps a tag named __proto__ as an ordinary tag', () => {
    box.run(['secret', 'set', 'tagged', '--value', 'x', '--tag', '__proto__=polluted', '--tag', 'team=a']);
    const [properties] = json(box.run(['secret', 'versions', 'tagged', '--json'])) as { tags: Record<string, string> }[];
    expect(Object.entries(properties?.tags ?? {})).toEqual([['__proto__', 'polluted'], ['team', 'a']]);
  });

  it('refuses a vault file older than COFFER_MIN_GENERATION, and a malformed one', () => {
    const ahead = box.run(['secret', 'list'], { env: { COFFER_MIN_GENERATION: '999' } });
    expect(ahead.status).toBe(1);
    expect(ahead.stderr).toMatch(/is at generation \d+, older than the pinned generation 999: the vault file was rolled back\. \(IntegrityError\)\n$/);
    expect(box.run(['secret', 'list'], { env: { COFFER_MIN_GENERATION: '1' } }).status).toBe(0);
    expect(box.run(['secret', 'list'], { env: { COFFER_MIN_GENERATION: 'latest' } }).stderr)
      .toBe('coffer: COFFER_MIN_GENERATION must be a whole number (a vault generation). (BadEnvironment)\n');
  });
});
