import { describe, expect, it } from '@jest/globals';
import { Router, type Route } from '../../src/server/router.js';
import { parseRequestTarget } from '../../src/server/request-target.js';
import { jsonDepth, parseJsonBody } from '../../src/server/http-io.js';
import { KEY_ROUTES } from '../../src/server/routes-keys.js';
import { SECRET_ROUTES } from '../../src/server/routes-secrets.js';

const router = new Router([...SECRET_ROUTES, ...KEY_ROUTES]);
const match = (method: string, path: string): [string, Record<string, string | undefined>] | string => {
  const found = router.lookup(method, path);
  return found.kind === 'match' ? [found.match.route.operation, found.match.params] : found.kind;
};

describe('Router', () => {
  it('routes literal segments before the {name} routes that could swallow them', () => {
    expect(match('POST', '/secrets/restore')).toEqual(['SecretRestore', {}]);
    expect(match('GET', '/secrets/db/versions')).toEqual(['SecretListVersions', { name: 'db' }]);
    expect(match('GET', '/keys/k/rotationpolicy')).toEqual(['KeyRotationPolicyGet', { name: 'k' }]);
    expect(match('POST', '/keys/restore')).toEqual(['KeyRestore', {}]);
    expect(match('POST', '/keys/k/create')).toEqual(['KeyCreate', { name: 'k' }]);
  });

  it('takes an empty or absent last version as the latest (GET /secrets/{name}/)', () => {
    expect(match('GET', '/secrets/db')).toEqual(['SecretGet', { name: 'db', version: undefined }]);
    expect(match('GET', '/secrets/db/')).toEqual(['SecretGet', { name: 'db', version: undefined }]);
    expect(match('GET', '/secrets/db/0123456789abcdef0123456789abcdef')).toEqual(['SecretGet', { name: 'db', version: '0123456789abcdef0123456789abcdef' }]);
  });

  it('takes an empty version inside the path as the latest (POST /keys/{name}//sign)', () => {
    expect(match('POST', '/keys/k//sign')).toEqual(['KeySign', { name: 'k', version: undefined }]);
    expect(match('POST', '/keys/k/abc/unwrapkey')).toEqual(['KeyUnwrap', { name: 'k', version: 'abc' }]);
  });

  it('tells an unknown path (404) from a known path with another method (405)', () => {
    expect(match('GET', '/nothing')).toBe('none');
    expect(match('GET', '/secrets/a/b/c')).toBe('none');
    expect(match('POST', '/secrets/db')).toBe('method');
    expect(match('DELETE', '/secrets')).toBe('method');
  });

  it('never matches an empty name', () => {
    expect(match('GET', '/secrets//')).toBe('none');
    expect(match('PUT', '/secrets/')).toBe('none');
  });

  it('matches literal segments case-insensitively and leaves escapes in the name', () => {
    expect(match('GET', '/Secrets/db/Versions')).toEqual(['SecretListVersions', { name: 'db' }]);
    expect(match('GET', '/secrets/a%2Fb')).toEqual(['SecretGet', { name: 'a%2Fb', version: undefined }]);
  });

  it('is built from routes with unique method and pattern pairs', () => {
    const routes: readonly Route[] = [...SECRET_ROUTES, ...KEY_ROUTES];
    const keys = routes.map((r) => `${r.method} ${r.pattern}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('parseRequestTarget', () => {
  it('splits the path from the query without normalising it', () => {
    const target = parseRequestTarget('/secrets/db/?api-version=7.6&maxresults=3');
    expect(target).toEqual({ ok: true, path: '/secrets/db/', query: expect.any(URLSearchParams) as unknown });
    expect(target.ok && target.query.get('api-version')).toBe('7.6');
  });

  it.each([
    ['/secrets/../keys/k', 'The request path has a dot segment (. or ..).'],
    ['/secrets/%2e%2e/k', 'The request path has a dot segment (. or ..).'],
    ['/secrets/%2E/k', 'The request path has a dot segment (. or ..).'],
    ['/secrets/./k', 'The request path has a dot segment (. or ..).'],
    ['/secrets/a\\b', 'The request path holds characters no operation uses.'],
    ['/secrets/s\u0435cret', 'The request path holds characters no operation uses.'],
    ['/secrets/a b', 'The request path holds characters no operation uses.'],
    ['https://evil.example/secrets/a', 'The request target must be a path starting with /.'],
    ['*', 'The request target must be a path starting with /.'],
    ['', 'The request target must be a path starting with /.'],
  ])('refuses %j', (raw, message) => {
    expect(parseRequestTarget(raw)).toEqual({ ok: false, message });
  });
});

describe('JSON bodies', () => {
  it('counts nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
  });

  it('parses 32 levels and refuses 33', () => {
    expect(parseJsonBody(Buffer.from(`${'['.repeat(32)}${']'.repeat(32)}`))).toBeDefined();
    expect(() => parseJsonBody(Buffer.from(`${'['.repeat(33)}${']'.repeat(33)}`))).toThrow('The request body nests deeper than 32 levels.');
  });

  it('refuses bad UTF-8 and bad JSON without quoting the body', () => {
    expect(() => parseJsonBody(Buffer.from([0x7b, 0xff, 0x7d]))).toThrow('The request body is not valid UTF-8.');
    expect(() => parseJsonBody(Buffer.from('{"value": "CANARY-secret'))).toThrow(/^The request body is not valid JSON\.$/);
  });

  it('takes an empty body as no body', () => {
    expect(parseJsonBody(Buffer.alloc(0))).toBeUndefined();
  });
});
