/**
 * The certificate routes on the wire, with raw requests: exact statuses (202 + Location, 201,
 * 204), error bodies with their inner codes, paging with absolute nextLinks, the literal
 * segments before `{name}`, Coffer's renew routes, bad bodies that change nothing and are
 * audited once, and no private key in any answer but the managed secret's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, X509Certificate } from 'node:crypto';
import type { Agent } from 'node:https';
import { API, isErrorShape, send, startTestServer, trustingAgent, type RawReply, type TestServer } from './harness.js';
import { Workshop, type MadeCa } from './certificate-helpers.js';

const EC = { key_props: { kty: 'EC', crv: 'P-256' }, x509_props: { subject: 'CN=routes.example.test' }, issuer: { name: 'Self' } };
const PASSWORD = `pfx-canary-${randomBytes(9).toString('base64url')}`;

type Json = Record<string, unknown>;
const errorOf = (reply: RawReply): { status: number; code: unknown; inner: unknown } => {
  const error = (reply.json as { error?: { code?: unknown; innererror?: { code?: unknown } } } | undefined)?.error;
  return { status: reply.status, code: error?.code, inner: error?.innererror?.code };
};

describe('certificate routes over raw HTTPS', () => {
  let server: TestServer;
  let agent: Agent;
  let workshop: Workshop;
  let root: MadeCa;
  /** Every answer body, with its request, for the private-key sweep at the end. */
  const answers: { request: string; text: string }[] = [];

  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawReply> => {
    const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const reply = await send(server, agent, {
      method, path: `${path}${path.includes('?') ? '&' : '?'}${API}`, token: server.adminToken, headers, ...(raw === undefined ? {} : { body: raw }),
    });
    answers.push({ request: `${method} ${path}`, text: reply.text });
    return reply;
  };
  const ok = async (method: string, path: string, body?: unknown): Promise<Json> => {
    const reply = await call(method, path, body);
    if (reply.status < 200 || reply.status > 299) throw new Error(`${method} ${path} answered ${reply.status}`);
    return (reply.json ?? {}) as Json;
  };
  /** Everything an admin can read about one certificate name, to show that a refused request changed nothing. */
  const state = async (name: string): Promise<unknown> => {
    const parts = await Promise.all([`/certificates/${name}/versions`, `/certificates/${name}/policy`, `/certificates/${name}/pending`, `/deletedcertificates/${name}`,
      `/keys/${name}/versions`, `/secrets/${name}/versions`, '/certificates/issuers', '/certificates/contacts']
      .map(async (path) => { const r = await send(server, agent, { method: 'GET', path: `${path}?${API}`, token: server.adminToken }); return [path, r.status, r.json]; }));
    return parts;
  };
  const recordsFor = async (requestId: unknown): Promise<{ operationName: string; resultType: string; resultSignature: string }[]> =>
    (await server.audit()).filter((r) => r.correlationId === requestId).map((r) => ({ operationName: r.operationName, resultType: r.resultType, resultSignature: r.resultSignature }));

  beforeAll(async () => {
    server = await startTestServer();
    agent = trustingAgent(server.ca);
    workshop = new Workshop();
    root = workshop.ca();
  });
  afterAll(async () => {
    agent.destroy();
    workshop.close();
    await server.stop();
  });

  it('create answers 202 with the operation and a Location on its pending resource; the certificate follows', async () => {
    const created = await call('POST', '/certificates/first/create', { policy: EC, tags: { t: '1' } });
    const pending = await call('GET', '/certificates/first/pending');
    const got = await call('GET', '/certificates/first/');

    expect(created.status).toBe(202);
    expect(created.headers.location).toBe(`${server.url}/certificates/first/pending?api-version=7.6`);
    expect(created.json).toMatchObject({ id: `${server.url}/certificates/first/pending`, issuer: { name: 'Self' }, status: 'completed', cancellation_requested: false, target: `${server.url}/certificates/first` });
    expect(pending.status).toBe(200);
    expect(pending.json).toEqual(created.json);
    expect(got.status).toBe(200);
    expect(got.json).toMatchObject({ tags: { t: '1' }, policy: { issuer: { name: 'Self' }, x509_props: { subject: 'CN=routes.example.test' } } });
    expect(new X509Certificate(Buffer.from(String((got.json as Json).cer), 'base64')).subject).toBe('CN=routes.example.test');
  });

  it('answers missing things 404 with the Key Vault body and the inner code that says which', async () => {
    await ok('POST', '/certificates/no-request/import', { value: workshop.leaf('x.example.test').pem });

    const certificate = await call('GET', '/certificates/nothing-here');
    const pending = await call('GET', '/certificates/no-request/pending');
    const issuer = await call('GET', '/certificates/issuers/nobody');
    const deleted = await call('GET', '/deletedcertificates/nothing-here');

    expect(errorOf(certificate)).toEqual({ status: 404, code: 'CertificateNotFound', inner: undefined });
    expect(errorOf(pending)).toEqual({ status: 404, code: 'CertificateNotFound', inner: 'PendingCertificateNotFound' });
    expect(errorOf(issuer)).toEqual({ status: 404, code: 'CertificateNotFound', inner: 'IssuerNotFound' });
    expect(errorOf(deleted)).toEqual({ status: 404, code: 'CertificateNotFound', inner: undefined });
    expect([certificate, pending, issuer, deleted].every((r) => isErrorShape(r.json))).toBe(true);
  });

  it('routes the literal segments before {name}: contacts, issuers, restore', async () => {
    const contacts = await call('GET', '/certificates/contacts');
    const issuers = await call('GET', '/certificates/issuers');
    const restore = await call('POST', '/certificates/restore', { value: 'AAAA' });
    const wrongMethod = await call('POST', '/certificates/contacts');

    expect(contacts.status).toBe(200);
    expect(contacts.json).toEqual({ id: `${server.url}/certificates/contacts`, contacts: [] });
    expect(issuers.json).toEqual({ value: [], nextLink: null });
    expect(errorOf(restore)).toMatchObject({ status: 400, code: 'BadParameter' });
    expect(errorOf(wrongMethod)).toEqual({ status: 405, code: 'MethodNotAllowed', inner: undefined });
  });

  it('pages lists with maxresults and absolute nextLinks on the caller\'s origin; maxresults outside 1-25 is refused', async () => {
    for (const name of ['page-a', 'page-b', 'page-c']) await ok('POST', `/certificates/${name}/create`, { policy: EC });
    await ok('POST', '/certificates/page-b/create', { policy: EC });

    const names: string[] = [];
    let link: string | null = `/certificates?maxresults=2&${API}`;
    let pages = 0;
    while (link !== null && pages < 10) {
      const target: string = link.startsWith('https://') ? link.slice(server.url.length) : link;
      const reply = await send(server, agent, { method: 'GET', path: target, token: server.adminToken });
      const page = reply.json as { value: { id: string; x509_info: { subject: string } }[]; nextLink: string | null };
      names.push(...page.value.map((item) => item.id.slice(`${server.url}/certificates/`.length)));
      expect(page.nextLink === null || page.nextLink.startsWith(`${server.url}/certificates?`)).toBe(true);
      link = page.nextLink;
      pages += 1;
    }
    const versions = await ok('GET', '/certificates/page-b/versions?maxresults=1');
    const tooMany = await call('GET', '/certificates?maxresults=26');
    const none = await call('GET', '/certificates/page-a/versions?maxresults=0');

    expect(names).toEqual(['first', 'no-request', 'page-a', 'page-b', 'page-c']);
    expect(pages).toBe(3);
    expect((versions.value as unknown[]).length).toBe(1);
    expect(String(versions.nextLink)).toMatch(new RegExp(`^${server.url}/certificates/page-b/versions\\?api-version=7\\.6&\\$skiptoken=`));
    expect(errorOf(tooMany)).toEqual({ status: 400, code: 'BadParameter', inner: undefined });
    expect(errorOf(none)).toEqual({ status: 400, code: 'BadParameter', inner: undefined });
  });

  it('merges a CA-signed chain with 201; while pending, GET answers the pending certificate and audits both reads', async () => {
    const created = await call('POST', '/certificates/merged/create', { policy: { ...EC, issuer: { name: 'Unknown' } } });
    const whilePending = await call('GET', '/certificates/merged/');
    const csr = Buffer.from(String((created.json as Json).csr), 'base64');
    const signed = workshop.signCsr(csr, root);

    const mismatched = await call('POST', '/certificates/merged/pending/merge', { x5c: [root.der.toString('base64')] });
    const merged = await call('POST', '/certificates/merged/pending/merge', { x5c: [signed.toString('base64'), root.der.toString('base64')] });
    const operation = await ok('GET', '/certificates/merged/pending');

    expect(created.status).toBe(202);
    expect(created.json).toMatchObject({ status: 'inProgress', issuer: { name: 'Unknown' } });
    expect(whilePending.status).toBe(200);
    expect(whilePending.json).toEqual({ id: `${server.url}/certificates/merged/pending`, attributes: { enabled: false } });
    expect(await recordsFor(whilePending.headers['x-ms-request-id'])).toEqual([
      { operationName: 'CertificateGet', resultType: 'Failure', resultSignature: 'NotFound' },
      { operationName: 'CertificatePendingGet', resultType: 'Success', resultSignature: 'OK' },
    ]);
    expect(errorOf(mismatched)).toMatchObject({ status: 400, code: 'BadParameter' });
    expect(merged.status).toBe(201);
    expect((merged.json as Json).cer).toBe(signed.toString('base64'));
    expect((merged.json as Json).chain).toEqual([root.der.toString('base64')]);
    expect(operation.status).toBe('completed');
  });

  it('cancels (PATCH) and deletes (DELETE) a pending request; only cancellation_requested true is taken', async () => {
    await ok('POST', '/certificates/to-cancel/create', { policy: { ...EC, issuer: { name: 'Unknown' } } });

    const refused = await call('PATCH', '/certificates/to-cancel/pending', { cancellation_requested: false });
    const cancelled = await call('PATCH', '/certificates/to-cancel/pending', { cancellation_requested: true });
    const deleted = await call('DELETE', '/certificates/to-cancel/pending');
    const gone = await call('GET', '/certificates/to-cancel/pending');

    expect(errorOf(refused)).toEqual({ status: 400, code: 'BadParameter', inner: undefined });
    expect(cancelled.json).toMatchObject({ status: 'cancelled', cancellation_requested: true });
    expect(deleted.status).toBe(200);
    expect(errorOf(gone)).toEqual({ status: 404, code: 'CertificateNotFound', inner: 'PendingCertificateNotFound' });
  });

  it('renews with Coffer\'s routes: renew answers 202 and a new version; renewifdue answers 200 not-due', async () => {
    const before = await ok('GET', '/certificates/first/versions');

    const renewed = await call('POST', '/certificates/first/renew');
    const ifDue = await call('POST', '/certificates/first/renewifdue');
    const after = await ok('GET', '/certificates/first/versions');

    expect(renewed.status).toBe(202);
    expect(renewed.json).toMatchObject({ status: 'completed', target: `${server.url}/certificates/first` });
    expect((after.value as unknown[]).length).toBe((before.value as unknown[]).length + 1);
    expect(ifDue.status).toBe(200);
    expect(ifDue.json).toMatchObject({ result: 'not-due', certificate: { id: expect.stringMatching(new RegExp(`^${server.url}/certificates/first/[0-9a-f]{32}$`)) } });
  });

  it('deletes (200, recoveryId), recovers (200) and purges (204, empty) a certificate with its key and secret', async () => {
    await ok('POST', '/certificates/doomed/create', { policy: EC });

    const deleted = await call('DELETE', '/certificates/doomed');
    const recovered = await call('POST', '/deletedcertificates/doomed/recover');
    await ok('DELETE', '/certificates/doomed');
    const purged = await call('DELETE', '/deletedcertificates/doomed');
    const secret = await call('GET', '/deletedsecrets/doomed');
    const key = await call('GET', '/deletedkeys/doomed');

    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ recoveryId: `${server.url}/deletedcertificates/doomed` });
    expect(recovered.status).toBe(200);
    expect(purged.status).toBe(204);
    expect(purged.text).toBe('');
    expect(errorOf(secret).status).toBe(404);
    expect(errorOf(key).status).toBe(404);
  });

  it('manages a vault CA issuer: PUT, GET, PATCH, list, DELETE; another provider is refused', async () => {
    await ok('POST', '/certificates/ca-cert/create', { policy: { ...EC, x509_props: { subject: 'CN=Routes CA', basic_constraints: { ca: true } } } });

    const other = await call('PUT', '/certificates/issuers/digi', { provider: 'DigiCert', credentials: { account_id: 'ca-cert' } });
    const notCa = await call('PUT', '/certificates/issuers/bad', { provider: 'Coffer', credentials: { account_id: 'first' } });
    const set = await call('PUT', '/certificates/issuers/routes-ca', { provider: 'Coffer', credentials: { account_id: 'ca-cert', pwd: PASSWORD } });
    const patched = await call('PATCH', '/certificates/issuers/routes-ca', { attributes: { enabled: false } });
    const listed = await ok('GET', '/certificates/issuers');
    const removed = await call('DELETE', '/certificates/issuers/routes-ca');

    expect(errorOf(other)).toEqual({ status: 400, code: 'BadParameter', inner: undefined });
    expect(errorOf(notCa)).toEqual({ status: 400, code: 'BadParameter', inner: undefined });
    // Refused inside the vault (through vault.certificates): the vault's one record, not a second from the server.
    expect(await recordsFor(notCa.headers['x-ms-request-id'])).toEqual([{ operationName: 'CertificateIssuerSet', resultType: 'Failure', resultSignature: 'BadRequest' }]);
    expect(set.status).toBe(200);
    expect(set.json).toMatchObject({ id: `${server.url}/certificates/issuers/routes-ca`, provider: 'Coffer', credentials: { account_id: 'ca-cert' }, attributes: { enabled: true } });
    expect(set.text).not.toContain(PASSWORD);
    expect(patched.json).toMatchObject({ attributes: { enabled: false } });
    expect(listed.value).toEqual([patched.json]);
    expect(removed.status).toBe(200);
    expect((await call('GET', '/certificates/issuers/routes-ca')).status).toBe(404);
  });

  it('sets, reads and deletes the contacts; deleting none is 404', async () => {
    const set = await call('PUT', '/certificates/contacts', { contacts: [{ email: 'ops@example.test', name: 'Ops' }] });
    const got = await call('GET', '/certificates/contacts');
    const deleted = await call('DELETE', '/certificates/contacts');
    const again = await call('DELETE', '/certificates/contacts');

    expect(set.json).toEqual({ id: `${server.url}/certificates/contacts`, contacts: [{ email: 'ops@example.test', name: 'Ops' }] });
    expect(got.json).toEqual(set.json);
    expect(deleted.json).toEqual(set.json);
    expect(errorOf(again)).toEqual({ status: 404, code: 'CertificateNotFound', inner: undefined });
  });

  it.each([
    ['POST', '/certificates/bad/create', '{not json', 'The request body is not valid JSON.'],
    ['POST', '/certificates/bad/create', { policy: { key_props: { kty: 'oct' } } }, "Invalid field 'policy.key_props.kty': expected one of RSA, RSA-HSM, EC, EC-HSM."],
    ['POST', '/certificates/bad/create', { policy: { x509_props: { subject: 'CN=x', sans: { uris: ['https://x'] } } } }, "Invalid field 'policy.x509_props.sans.uris': Coffer does not issue URI subject alternative names."],
    ['POST', '/certificates/bad/import', { value: '!!!!' }, "Invalid field 'value': expected standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding)."],
    ['PATCH', '/certificates/first', { policy: {} }, "Invalid field 'policy': change a certificate's policy with PATCH /certificates/{name}/policy."],
    ['PATCH', '/certificates/first/policy', { x509_props: { validity_months: 0 } }, "Invalid field 'policy.x509_props.validity_months': expected a whole number from 1 to 120."],
    ['POST', '/certificates/first/pending/merge', { x5c: 'MIIB' }, "Invalid field 'x5c': expected a JSON array."],
    ['PUT', '/certificates/contacts', { contacts: {} }, "Invalid field 'contacts': expected a JSON array."],
    ['PUT', '/certificates/issuers/x', { provider: 'Coffer' }, "Missing field 'credentials.account_id': expected the name of the CA certificate that signs for this issuer."],
  ])('%s %s with a bad body: 400 with the exact message, nothing changed, one audit record', async (method, path, body, message) => {
    const name = path.split('/')[2] === 'contacts' || path.split('/')[2] === 'issuers' ? 'first' : path.split('/')[2] ?? '';
    const before = await state(name);

    const reply = await call(method, path, body);

    expect(reply.status).toBe(400);
    expect(reply.json).toEqual({ error: { code: 'BadParameter', message } });
    expect(await state(name)).toEqual(before);
    expect(await recordsFor(reply.headers['x-ms-request-id'])).toHaveLength(1);
  });

  it('refuses to change a certificate\'s managed secret or key directly: 403 with innererror CertificateManaged, nothing changed', async () => {
    const before = await state('first');

    const secret = await call('PUT', '/secrets/first', { value: 'not a certificate' });
    const key = await call('DELETE', '/keys/first');

    expect(errorOf(secret)).toEqual({ status: 403, code: 'Forbidden', inner: 'CertificateManaged' });
    expect(errorOf(key)).toEqual({ status: 403, code: 'Forbidden', inner: 'CertificateManaged' });
    expect(await state('first')).toEqual(before);
  });

  it('answers an ETag on every certificate version; If-Match with a stale one is 412 and changes nothing, the current one succeeds', async () => {
    const read = await call('GET', '/certificates/first/');
    const etag = read.headers.etag;
    expect(typeof etag === 'string' && /^"[A-Za-z0-9_-]{27}"$/.test(etag)).toBe(true);
    const before = await state('first');

    const stale = await call('PATCH', '/certificates/first', { tags: { x: 'y' } }, { 'if-match': '"stale"' });
    expect(errorOf(stale)).toEqual({ status: 412, code: 'PreconditionFailed', inner: undefined });
    expect(await state('first')).toEqual(before);

    const current = await call('PATCH', '/certificates/first', { tags: { x: 'y' } }, { 'if-match': String(etag) });
    expect(current.status).toBe(200);
    expect(current.headers.etag).not.toBe(etag);
    const again = await call('DELETE', '/certificates/first', undefined, { 'if-match': String(etag) });
    expect(errorOf(again)).toEqual({ status: 412, code: 'PreconditionFailed', inner: undefined });
  });

  it('refuses an import body over its limit with 413 before reading it all', async () => {
    const reply = await call('POST', '/certificates/huge/import', JSON.stringify({ value: 'A'.repeat(700 * 1024) }));

    expect(errorOf(reply)).toEqual({ status: 413, code: 'BadParameter', inner: undefined });
  });

  it('imports a PFX with its password; a wrong password is 400 and quotes neither the password nor the file', async () => {
    const leaf = workshop.leaf('pfx.routes.test');
    const pfx = workshop.pfx(leaf, PASSWORD).toString('base64');

    const wrong = await call('POST', '/certificates/pfx/import', { value: pfx, pwd: 'wrong-password' });
    const imported = await call('POST', '/certificates/pfx/import', { value: pfx, pwd: PASSWORD });

    expect(errorOf(wrong)).toEqual({ status: 400, code: 'BadParameter', inner: undefined });
    expect(wrong.text).not.toContain('wrong-password');
    expect(wrong.text).not.toContain(pfx.slice(0, 64));
    expect(imported.status).toBe(200);
    expect(imported.json).toMatchObject({ policy: { secret_props: { contentType: 'application/x-pkcs12' } } });
    expect([imported.text, wrong.text].some((text) => text.includes(PASSWORD))).toBe(false);
  });

  it('answers no private key anywhere but GET /secrets/{name} of the managed secret', async () => {
    await ok('POST', '/certificates/pem/create', { policy: { ...EC, secret_props: { contentType: 'application/x-pem-file' } } });
    for (const path of ['/certificates/pem', '/certificates/pem/versions', '/certificates/pem/policy', '/certificates/pem/pending', '/certificates', '/keys/pem']) await call('GET', path);
    await call('POST', '/certificates/pem/backup');

    const secret = await call('GET', '/secrets/pem');
    const pem = String((secret.json as Json).value);
    const keyLines = pem.split('\n').filter((line) => line.length >= 40 && !line.startsWith('-----') && pem.indexOf(line) < pem.indexOf('-----END PRIVATE KEY-----'));
    const pfxSecret = String(((await call('GET', '/secrets/pfx')).json as Json).value);
    const elsewhere = answers.filter((a) => a.request !== 'GET /secrets/pem' && a.request !== 'GET /secrets/pfx');

    expect(pem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(keyLines.length).toBeGreaterThan(0);
    expect(elsewhere.filter((a) => a.text.includes('PRIVATE KEY') || keyLines.some((line) => a.text.includes(line)) || a.text.includes(pfxSecret.slice(0, 200))).map((a) => a.request)).toEqual([]);
    expect(JSON.stringify(await server.audit()).includes(PASSWORD)).toBe(false);
    expect(server.logLines.join('\n').includes(PASSWORD)).toBe(false);
  });
});
