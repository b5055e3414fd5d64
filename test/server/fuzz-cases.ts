/**
 * The fuzz test's request generator: a seeded PRNG (mulberry32) and, per category, requests
 * that each carry at least one defect the server must refuse before anything changes — a bad
 * body, a wrong type, a bad path, api-version, query, If-Match or token. Never a valid write.
 */
import { API } from './harness.js';

export interface FuzzCase {
  readonly category: string;
  readonly method: string;
  readonly path: string;
  readonly body?: string | Buffer;
  readonly headers?: Record<string, string>;
  /** 'admin' (default), 'none', 'bad' or 'reader' (a Secrets User token). */
  readonly auth?: 'admin' | 'none' | 'bad' | 'reader';
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRONG_STRING = [7, -1.5, true, false, [], ['x'], {}, { a: 1 }];
const WRONG_OBJECT = ['str', 5, true, [], [1, 2]];
const WRONG_NUMBER = ['2048', 2048.5, -1, 1e300, true, [], {}, 0];
const WRONG_ARRAY = ['sign', 5, { 0: 'sign' }, [1], [null], ['no-such-op']];
const BAD_B64 = ['!!!!', 'a', 'ab+/', 'ab==', 'a b', '\u00e9\u00e9', 'A'.repeat(5) + '=', '%41%41'];
const BAD_ENUM = ['NOPE', 'rs256', '', 'RSA ', 'P-999', 'A1GCM'];

/** A valid-looking body for each operation, from which one field is broken. */
const TEMPLATES: Record<string, { method: string; path: string; body: Record<string, unknown>; fields: Record<string, readonly unknown[]> }> = {
  set: { method: 'PUT', path: '/secrets/alpha', body: { value: 'v', contentType: 'text/plain', attributes: { enabled: true }, tags: { a: 'b' } },
    fields: { value: WRONG_STRING, contentType: WRONG_STRING, attributes: WRONG_OBJECT, tags: [...WRONG_OBJECT, { a: 5 }, { a: null }, { a: {} }] } },
  update: { method: 'PATCH', path: '/secrets/alpha/{version}', body: { contentType: 'text/plain', attributes: { enabled: true }, tags: { a: 'b' } },
    fields: { contentType: WRONG_STRING, attributes: [...WRONG_OBJECT, { enabled: 'yes' }, { exp: 'tomorrow' }, { nbf: 1.5 }], tags: [...WRONG_OBJECT, { a: 5 }] } },
  create: { method: 'POST', path: '/keys/fresh-key/create', body: { kty: 'EC', crv: 'P-256', key_ops: ['sign'], attributes: { enabled: true }, tags: {} },
    fields: { kty: [...WRONG_STRING, ...BAD_ENUM], crv: [...WRONG_STRING, ...BAD_ENUM], key_ops: WRONG_ARRAY, attributes: WRONG_OBJECT, tags: WRONG_OBJECT } },
  createRsa: { method: 'POST', path: '/keys/fresh-rsa/create', body: { kty: 'RSA', key_size: 2048 },
    fields: { key_size: WRONG_NUMBER, public_exponent: [...WRONG_NUMBER, 4, 65538] } },
  sign: { method: 'POST', path: '/keys/ec-fz//sign', body: { alg: 'ES256', value: 'A'.repeat(43) },
    fields: { alg: [...WRONG_STRING, ...BAD_ENUM], value: [...WRONG_STRING, ...BAD_B64, 'AAAA'] } },
  verify: { method: 'POST', path: '/keys/ec-fz//verify', body: { alg: 'ES256', digest: 'A'.repeat(43), value: 'A'.repeat(86) },
    fields: { alg: [...WRONG_STRING, ...BAD_ENUM], digest: [...WRONG_STRING, ...BAD_B64], value: [...WRONG_STRING, ...BAD_B64] } },
  encrypt: { method: 'POST', path: '/keys/rsa-fz//encrypt', body: { alg: 'RSA-OAEP-256', value: 'AAAA' },
    fields: { alg: [...WRONG_STRING, ...BAD_ENUM], value: [...WRONG_STRING, ...BAD_B64], aad: [...WRONG_STRING, ...BAD_B64], iv: ['AAAA', 5] } },
  decrypt: { method: 'POST', path: '/keys/rsa-fz//decrypt', body: { alg: 'RSA-OAEP', value: 'A'.repeat(342) },
    fields: { alg: [...WRONG_STRING, ...BAD_ENUM], value: [...WRONG_STRING, ...BAD_B64, 'AAAA'] } },
  wrap: { method: 'POST', path: '/keys/rsa-fz//wrapkey', body: { alg: 'RSA-OAEP', value: 'A'.repeat(43) },
    fields: { alg: [...WRONG_STRING, ...BAD_ENUM, 'A256GCM'], value: [...WRONG_STRING, ...BAD_B64] } },
  import: { method: 'PUT', path: '/keys/imported-fz', body: { key: { kty: 'EC', crv: 'P-256', x: 'A', y: 'A', d: 'A' }, hsm: false },
    fields: { key: [...WRONG_OBJECT, { kty: 'EC' }, { kty: 'RSA', n: '!!', e: 'AQAB' }, { kty: 'oct' }, { kty: 'EC', crv: 'P-256', x: 5 }], hsm: WRONG_STRING } },
  restore: { method: 'POST', path: '/secrets/restore', body: { value: 'AAAA' }, fields: { value: [...WRONG_STRING, ...BAD_B64, 'AAAA', 'A'.repeat(4000)] } },
  rotationpolicy: { method: 'PUT', path: '/keys/rsa-fz/rotationpolicy', body: { lifetimeActions: [], attributes: { expiryTime: 'P2Y' } },
    fields: { lifetimeActions: ['str', 5, true, {}, [1, 2], [{ trigger: { timeAfterCreate: 'soon' }, action: { type: 'Rotate' } }], [{ action: { type: 'Explode' } }]],
      attributes: [...WRONG_OBJECT, { expiryTime: 'P1D' }, { expiryTime: 5 }] } },
  rng: { method: 'POST', path: '/rng', body: { count: 16 }, fields: { count: [...WRONG_NUMBER, 129, 0] } },
};

const PATH_TRICKS = [
  '/secrets/..%2f..', '/secrets/%2e%2e/x', '/secrets/%2E%2E', '/secrets/a%00b', '/secrets/s%D0%B5cret', '/secrets/%D1%95ecret', '//secrets',
  '/secrets/alpha/..', '/secrets/./alpha', '/secrets/alpha%2fversions', '/secrets/alpha/versions/junk', '/secrets/alpha;x', '/secrets/alpha%20',
  '/secrets/alpha.', '/keys/rsa-fz/sign/extra', '/keys/rsa-fz/%73ign', '/Secrets/alpha/x/y', '/secrets/' + 'a'.repeat(128), '/deletedsecrets/..',
  '/secrets/alpha%23frag', '/keys/%00/create', '/secrets/al%ZZpha', '/secrets/alpha\\..\\x', '/rng/extra',
];
const BAD_VERSIONS = ['', 'api-version=', 'api-version=7.3', 'api-version=2016-10-01', 'api-version=7.6&api-version=7.6', 'API-VERSION=7.6',
  'api-version=7.6%20', 'api-version=2026-13-01', 'api-version[]=7.6', 'api-version=7.6.0'];
const BAD_MAX = ['0', '26', '-1', 'abc', '1e1', '25.0', '99999999999', '', '01', '%32%36'];
const BAD_SKIP = ['junk', '!!', 'v1:alpha', 'A'.repeat(300), 'dj', '%00'];
const BAD_IF_MATCH = ['"nope"', 'W/"x"', '"', 'abc', '"0000",*', '""'];

export function generateCases(seed: number, count: number, versionOf: (name: string) => string): FuzzCase[] {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const templateNames = Object.keys(TEMPLATES);
  const template = () => {
    const t = TEMPLATES[pick(templateNames)] ?? { method: 'GET', path: '/', body: {}, fields: {} };
    return { ...t, path: t.path.replace('{version}', versionOf('alpha')) };
  };
  const junkJson = (): string => {
    for (;;) {
      const text = JSON.stringify(template().body).slice(0, 1 + Math.floor(rand() * 20)) + pick(['', ',', '}}', '\u0000', 'NaN', "'x'", '\\']);
      try { JSON.parse(text); } catch { return text; }
    }
  };
  const generators: Record<string, () => FuzzCase> = {
    badJson: () => { const t = template(); return { category: 'badJson', method: t.method, path: `${t.path}?${API}`, body: junkJson() }; },
    wrongType: () => {
      const t = template();
      const field = pick(Object.keys(t.fields));
      return { category: 'wrongType', method: t.method, path: `${t.path}?${API}`, body: JSON.stringify({ ...t.body, [field]: pick(t.fields[field] ?? []) }) };
    },
    hugeString: () => {
      const t = template();
      const field = pick(Object.keys(t.fields));
      return { category: 'hugeString', method: t.method, path: `${t.path}?${API}`, body: JSON.stringify({ ...t.body, [field]: '\u00e9'.repeat(30_000 + Math.floor(rand() * 90_000)) }) };
    },
    hugeBody: () => { const t = template(); return { category: 'hugeBody', method: t.method, path: `${t.path}?${API}`, body: Buffer.alloc(300 * 1024 + Math.floor(rand() * 1024), 0x20) }; },
    deepNesting: () => {
      const t = template();
      const depth = 33 + Math.floor(rand() * 500);
      return { category: 'deepNesting', method: t.method, path: `${t.path}?${API}`, body: `{"value":${'['.repeat(depth)}${']'.repeat(depth)}}` };
    },
    badUtf8: () => { const t = template(); return { category: 'badUtf8', method: t.method, path: `${t.path}?${API}`, body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]) }; },
    pathTrick: () => ({ category: 'pathTrick', method: pick(['GET', 'PUT', 'POST', 'DELETE', 'PATCH']), path: `${pick(PATH_TRICKS)}?${API}`, body: '{"value":"v"}' }),
    badApiVersion: () => { const t = template(); return { category: 'badApiVersion', method: t.method, path: `${t.path}?${pick(BAD_VERSIONS)}`, body: JSON.stringify(t.body) }; },
    badPaging: () => {
      const base = pick(['/secrets', '/keys', '/deletedsecrets', '/secrets/alpha/versions', '/keys/rsa-fz/versions']);
      const query = rand() < 0.5 ? `maxresults=${pick(BAD_MAX)}` : `$skiptoken=${pick(BAD_SKIP)}`;
      return { category: 'badPaging', method: 'GET', path: `${base}?${API}&${query}` };
    },
    badIfMatch: () => ({ category: 'badIfMatch', method: pick(['PUT', 'DELETE']), path: `/secrets/${pick(['alpha', 'beta'])}?${API}`, body: '{"value":"changed"}', headers: { 'if-match': pick(BAD_IF_MATCH) } }),
    badAuth: () => {
      const t = template();
      return { category: 'badAuth', method: t.method, path: `${t.path}?${API}`, body: JSON.stringify(t.body), auth: pick(['none', 'bad', 'reader'] as const) };
    },
    badMethod: () => ({ category: 'badMethod', method: pick(['OPTIONS', 'TRACE', 'PROPFIND', 'DELETE']), path: `${pick(['/secrets', '/keys', '/rng', '/keys/rsa-fz/sign'])}?${API}` }),
  };
  const weights: [string, number][] = [['badJson', 12], ['wrongType', 30], ['hugeString', 2], ['hugeBody', 1], ['deepNesting', 4], ['badUtf8', 2],
    ['pathTrick', 14], ['badApiVersion', 10], ['badPaging', 8], ['badIfMatch', 6], ['badAuth', 8], ['badMethod', 3]];
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  return Array.from({ length: count }, () => {
    let r = rand() * total;
    const name = weights.find(([, w]) => (r -= w) < 0)?.[0] ?? 'wrongType';
    return (generators[name] ?? generators.wrongType ?? (() => { throw new Error('no generator'); }))();
  });
}
