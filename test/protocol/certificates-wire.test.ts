/**
 * The certificate wire format: exact response shapes (certificates.json 2025-07-01 plus Coffer's
 * documented additions), strict and bounded request parsing with exact messages, and every
 * client/server pair round-tripping through JSON. The certificates are real ones made by openssl.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import type {
  CertificateIssuer, CertificateOperation, CertificatePolicy, CertificateProperties, DeletedCertificate, VaultCertificate,
} from '../../src/core/certificates/model.js';
import { certificateInfo } from '../../src/core/certificates/x509.js';
import {
  certificatePolicyInputWire, certificatePolicyWire, parseCertificatePolicy, parseCertificatePolicyInput,
} from '../../src/protocol/certificate-policy-wire.js';
import {
  certificateCreateWire, certificateImportWire, certificateMergeWire, certificateUpdateWire, parseCertificateCreateParameters,
  parseCertificateImportParameters, parseCertificateMergeParameters, parseCertificateOperationUpdate, parseCertificateUpdateParameters,
} from '../../src/protocol/certificate-requests-wire.js';
import {
  certificateBundle, certificateItem, certificateOperationWire, certificateRenewalWire, decodeBase64, deletedCertificateBundle, deletedCertificateItem,
  isPendingCertificate, parseCertificateBundle, parseCertificateItem, parseCertificateOperation, parseCertificateRenewal, parseDeletedCertificateBundle,
  pendingCertificateWire,
} from '../../src/protocol/certificates-wire.js';
import {
  contactsWire, issuerBundle, issuerSetWire, issuerUpdateWire, parseContacts, parseIssuerBundle, parseIssuerSetParameters, parseIssuerUpdateParameters,
} from '../../src/protocol/certificate-issuers-wire.js';
import { Workshop, type MadeCa, type MadeLeaf } from '../server/certificate-helpers.js';
import { ORIGIN, VERSION, badParameter } from './helpers.js';

const at = (seconds: number): Date => new Date(seconds * 1000);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;
const PASSWORD = `pwd-canary-${randomBytes(6).toString('hex')}`;

const POLICY: CertificatePolicy = {
  keyType: 'EC', keySize: undefined, curve: 'P-384', exportable: false, reuseKey: true, contentType: 'application/x-pem-file',
  subject: 'CN=api.example.test, O=Example',
  subjectAlternativeNames: { dnsNames: ['api.example.test'], emails: ['ops@example.test'], upns: [], ipAddresses: ['10.0.0.1', '::1'] },
  enhancedKeyUsage: ['1.3.6.1.5.5.7.3.1'], keyUsage: ['digitalSignature'], validityInMonths: 6,
  lifetimeActions: [{ action: 'AutoRenew', lifetimePercentage: 80 }, { action: 'EmailContacts', daysBeforeExpiry: 30 }],
  issuerName: 'team-ca', ca: true, enabled: true, createdOn: at(1700000000), updatedOn: at(1700000100),
};

const POLICY_WIRE = {
  id: `${ORIGIN}/certificates/web/policy`,
  key_props: { exportable: false, kty: 'EC', reuse_key: true, crv: 'P-384' },
  secret_props: { contentType: 'application/x-pem-file' },
  x509_props: {
    subject: 'CN=api.example.test, O=Example',
    sans: { dns_names: ['api.example.test'], emails: ['ops@example.test'], ipAddresses: ['10.0.0.1', '::1'] },
    ekus: ['1.3.6.1.5.5.7.3.1'], key_usage: ['digitalSignature'], validity_months: 6, basic_constraints: { ca: true },
  },
  lifetime_actions: [
    { trigger: { lifetime_percentage: 80 }, action: { action_type: 'AutoRenew' } },
    { trigger: { days_before_expiry: 30 }, action: { action_type: 'EmailContacts' } },
  ],
  issuer: { name: 'team-ca' },
  attributes: { enabled: true, created: 1700000000, updated: 1700000100 },
};

let workshop: Workshop;
let leaf: MadeLeaf;
let ca: MadeCa;
let properties: CertificateProperties;
let certificate: VaultCertificate;

beforeAll(() => {
  workshop = new Workshop();
  leaf = workshop.leaf('leaf.example.test');
  ca = workshop.ca();
  const info = certificateInfo(leaf.der);
  properties = {
    name: 'web', version: VERSION, enabled: true, notBefore: at(Math.floor(info.notBefore.getTime() / 1000)), expiresOn: at(Math.floor(info.notAfter.getTime() / 1000)),
    createdOn: at(1700000000), updatedOn: at(1700000100), tags: { team: 'web' }, managed: false, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
    x509Thumbprint: info.x5t, x509ThumbprintSha256: info.x5tS256, subject: info.subject, issuer: info.issuer, serialNumber: info.serialNumber,
    subjectAlternativeNames: info.subjectAlternativeNames,
  };
  certificate = {
    name: 'web', properties, cer: leaf.der, chain: [ca.der], keyId: `/keys/web/${VERSION}`, secretId: `/secrets/web/${VERSION}`, policy: POLICY,
  };
});
afterAll(() => { workshop.close(); });

describe('certificate policy', () => {
  it('renders the Azure shape with Coffer\'s basic_constraints, and reads it back whole', () => {
    expect(certificatePolicyWire(ORIGIN, 'web', POLICY)).toEqual(POLICY_WIRE);
    expect(parseCertificatePolicy(json(certificatePolicyWire(ORIGIN, 'web', POLICY)))).toEqual(POLICY);
  });

  it('leaves sans out when there are none, key_size out for EC, basic_constraints out unless ca', () => {
    const plain: CertificatePolicy = {
      ...POLICY, keyType: 'RSA', keySize: 3072, curve: undefined, ca: false,
      subjectAlternativeNames: { dnsNames: [], emails: [], upns: [], ipAddresses: [] }, createdOn: undefined, updatedOn: undefined,
    };
    const wire = certificatePolicyWire(ORIGIN, 'web', plain);

    expect(wire.key_props).toEqual({ exportable: false, kty: 'RSA', key_size: 3072, reuse_key: true });
    expect(wire.x509_props).toEqual({ subject: 'CN=api.example.test, O=Example', ekus: ['1.3.6.1.5.5.7.3.1'], key_usage: ['digitalSignature'], validity_months: 6 });
    expect(wire.attributes).toEqual({ enabled: true });
    expect(parseCertificatePolicy(json(wire))).toEqual(plain);
  });

  it('reads a request\'s policy into exactly the fields it sets; null and unknown members are left out', () => {
    expect(parseCertificatePolicyInput({})).toEqual({});
    expect(parseCertificatePolicyInput({ x509_props: { subject: 'CN=a', sans: { dns_names: ['a.test'], uris: [] } }, key_props: null, cty: 'x', extra: 1 }))
      .toEqual({ subject: 'CN=a', subjectAlternativeNames: { dnsNames: ['a.test'] } });
    expect(parseCertificatePolicyInput(POLICY_WIRE)).toEqual({
      keyType: 'EC', curve: 'P-384', exportable: false, reuseKey: true, contentType: 'application/x-pem-file', subject: 'CN=api.example.test, O=Example',
      subjectAlternativeNames: { dnsNames: ['api.example.test'], emails: ['ops@example.test'], ipAddresses: ['10.0.0.1', '::1'] },
      enhancedKeyUsage: ['1.3.6.1.5.5.7.3.1'], keyUsage: ['digitalSignature'], validityInMonths: 6, ca: true,
      lifetimeActions: POLICY.lifetimeActions, issuerName: 'team-ca', enabled: true,
    });
  });

  it('reads -HSM key types as plain ones, drops an EC key_size that matches its curve, keeps one without a curve', () => {
    expect(parseCertificatePolicyInput({ key_props: { kty: 'RSA-HSM', key_size: 4096 } })).toEqual({ keyType: 'RSA', keySize: 4096 });
    expect(parseCertificatePolicyInput({ key_props: { kty: 'EC-HSM', key_size: 256, crv: 'P-256' } })).toEqual({ keyType: 'EC', curve: 'P-256' });
    expect(parseCertificatePolicyInput({ key_props: { kty: 'EC', key_size: 384 } })).toEqual({ keyType: 'EC', keySize: 384 });
  });

  it.each([
    [{ key_props: { kty: 'oct' } }, "Invalid field 'policy.key_props.kty': expected one of RSA, RSA-HSM, EC, EC-HSM."],
    [{ key_props: { kty: 'EC', crv: 'P-256', key_size: 384 } }, "Invalid field 'policy.key_props.key_size': 384 is not the size of the curve P-256 (256)."],
    [{ key_props: { crv: 'P-256K' } }, "Invalid field 'policy.key_props.crv': expected one of P-256, P-384, P-521."],
    [{ key_props: { key_size: '2048' } }, "Invalid field 'policy.key_props.key_size': expected a whole number from 1 to 16384."],
    [{ key_props: { exportable: 'yes' } }, "Invalid field 'policy.key_props.exportable': expected true or false."],
    [{ secret_props: { contentType: 'text/plain' } }, "Invalid field 'policy.secret_props.contentType': expected one of application/x-pkcs12, application/x-pem-file."],
    [{ x509_props: { subject: 7 } }, "Invalid field 'policy.x509_props.subject': expected a string."],
    [{ x509_props: { subject: 'C'.repeat(1025) } }, "Invalid field 'policy.x509_props.subject': longer than 1024 characters."],
    [{ x509_props: { sans: { uris: ['https://a.test'] } } }, "Invalid field 'policy.x509_props.sans.uris': Coffer does not issue URI subject alternative names."],
    [{ x509_props: { sans: { dns_names: ['a', ''] } } }, "Invalid field 'policy.x509_props.sans.dns_names[1]': expected a string of 1-255 characters."],
    [{ x509_props: { sans: { ipAddresses: Array.from({ length: 101 }, () => '10.0.0.1') } } }, "Invalid field 'policy.x509_props.sans.ipAddresses': at most 100 entries, got 101."],
    [{ x509_props: { ekus: ['serverAuth'] } }, "Invalid field 'policy.x509_props.ekus[0]': 'serverAuth' is not an object identifier such as 1.3.6.1.5.5.7.3.1."],
    [{ x509_props: { key_usage: ['signing'] } }, "Invalid field 'policy.x509_props.key_usage[0]': expected one of digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly."],
    [{ x509_props: { validity_months: 121 } }, "Invalid field 'policy.x509_props.validity_months': expected a whole number from 1 to 120."],
    [{ x509_props: { basic_constraints: { ca: 1 } } }, "Invalid field 'policy.x509_props.basic_constraints.ca': expected true or false."],
    [{ lifetime_actions: [{ trigger: { lifetime_percentage: 80, days_before_expiry: 3 }, action: { action_type: 'AutoRenew' } }] },
      "Invalid field 'policy.lifetime_actions[0].trigger': expected exactly one of lifetime_percentage and days_before_expiry."],
    [{ lifetime_actions: [{ trigger: {}, action: { action_type: 'Rotate' } }] }, "Invalid field 'policy.lifetime_actions[0].action.action_type': expected one of AutoRenew, EmailContacts."],
    [{ lifetime_actions: [{ trigger: { lifetime_percentage: 100 }, action: { action_type: 'AutoRenew' } }] },
      "Invalid field 'policy.lifetime_actions[0].trigger.lifetime_percentage': expected a whole number from 1 to 99."],
    [{ lifetime_actions: [{ action: { action_type: 'AutoRenew' } }] }, "Invalid field 'policy.lifetime_actions[0].trigger': expected a JSON object."],
    [{ issuer: { name: '' } }, "Invalid field 'policy.issuer.name': expected 1-127 characters."],
    [{ attributes: { enabled: 'no' } }, "Invalid field 'policy.attributes.enabled': expected true or false."],
    [[], "Invalid field 'policy': expected a JSON object."],
  ])('refuses %j', (input, message) => {
    expect(badParameter(() => parseCertificatePolicyInput(input))).toBe(message);
  });

  it('sends only what a policy input sets, and the server reads back the same input', () => {
    const input = { keyType: 'RSA' as const, keySize: 2048, subject: 'CN=x', subjectAlternativeNames: { ipAddresses: ['10.1.2.3'] }, ca: false, lifetimeActions: [] };

    expect(certificatePolicyInputWire(input)).toEqual({
      key_props: { kty: 'RSA', key_size: 2048 }, x509_props: { subject: 'CN=x', sans: { ipAddresses: ['10.1.2.3'] }, basic_constraints: { ca: false } }, lifetime_actions: [],
    });
    expect(certificatePolicyInputWire({})).toEqual({});
    expect(parseCertificatePolicyInput(json(certificatePolicyInputWire(input)))).toEqual(input);
  });
});

describe('certificate bundles and items', () => {
  it('renders a CertificateBundle: ids, x5t base64url SHA-1, cer base64, attributes with the certificate\'s dates, policy, chain', () => {
    const wire = certificateBundle(ORIGIN, certificate);

    expect(wire).toEqual({
      id: `${ORIGIN}/certificates/web/${VERSION}`, kid: `${ORIGIN}/keys/web/${VERSION}`, sid: `${ORIGIN}/secrets/web/${VERSION}`,
      x5t: createHash('sha1').update(leaf.der).digest('base64url'), cer: leaf.der.toString('base64'), contentType: 'application/x-pem-file',
      attributes: {
        enabled: true, nbf: Math.floor(properties.notBefore?.getTime() ?? 0) / 1000, exp: Math.floor(properties.expiresOn?.getTime() ?? 0) / 1000,
        created: 1700000000, updated: 1700000100, recoverableDays: 90, recoveryLevel: 'Recoverable+Purgeable',
      },
      tags: { team: 'web' }, policy: POLICY_WIRE, chain: [ca.der.toString('base64')],
    });
    expect(JSON.stringify(wire)).not.toContain('PRIVATE');
  });

  it('reads a bundle back, with subject, issuer, serial and SANs taken from the certificate itself', () => {
    const parsed = parseCertificateBundle(json(certificateBundle(ORIGIN, certificate)));

    expect(parsed).toEqual({ ...certificate, cer: leaf.der, chain: [ca.der] });
    expect(parsed.properties.subject).toBe('CN=leaf.example.test');
    expect(parsed.properties.subjectAlternativeNames.dnsNames).toEqual(['leaf.example.test']);
  });

  it('leaves kid out for a certificate without a key, chain out when self-signed, policy and contentType out for a named version', () => {
    const bare: VaultCertificate = { name: 'web', properties, cer: leaf.der, chain: [], keyId: undefined, secretId: `/secrets/web/${VERSION}` };
    const wire = certificateBundle(ORIGIN, bare);

    expect(Object.keys(wire).sort()).toEqual(['attributes', 'cer', 'id', 'sid', 'tags', 'x5t']);
    expect(parseCertificateBundle(json(wire))).toEqual({ ...bare, cer: leaf.der });
  });

  it('renders list items with the base or versioned id and Coffer\'s x509_info, and reads them back', () => {
    const item = certificateItem(ORIGIN, properties, false);

    expect(item).toEqual({
      id: `${ORIGIN}/certificates/web`, attributes: certificateBundle(ORIGIN, certificate).attributes, tags: { team: 'web' },
      x5t: createHash('sha1').update(leaf.der).digest('base64url'),
      x509_info: {
        subject: 'CN=leaf.example.test', issuer: 'CN=leaf.example.test', serial_number: properties.serialNumber,
        x5t_s256: createHash('sha256').update(leaf.der).digest('base64url'), sans: { dns_names: ['leaf.example.test'] },
      },
    });
    expect(certificateItem(ORIGIN, properties, true).id).toBe(`${ORIGIN}/certificates/web/${VERSION}`);
    expect(parseCertificateItem(json(item))).toEqual({ name: 'web', version: undefined, properties: { ...properties, version: '' } });
    expect(parseCertificateItem(json(certificateItem(ORIGIN, properties, true)))).toEqual({ name: 'web', version: VERSION, properties });
  });

  it('reads an Azure list item (no x509_info) as a name to read whole', () => {
    const azure = { id: `${ORIGIN}/certificates/web/${VERSION}`, attributes: { enabled: true, created: 1, updated: 2 }, x5t: 'abc' };

    expect(parseCertificateItem(azure)).toEqual({ name: 'web', version: VERSION, properties: undefined });
  });

  it('renders and reads deleted bundles and items', () => {
    const deleted: DeletedCertificate = { certificate, deletedOn: at(1700001000), scheduledPurgeDate: at(1707777000) };
    const bundle = deletedCertificateBundle(ORIGIN, deleted);
    const item = deletedCertificateItem(ORIGIN, deleted);

    expect(bundle).toMatchObject({ recoveryId: `${ORIGIN}/deletedcertificates/web`, deletedDate: 1700001000, scheduledPurgeDate: 1707777000, id: `${ORIGIN}/certificates/web/${VERSION}` });
    expect(item).toMatchObject({ recoveryId: `${ORIGIN}/deletedcertificates/web`, deletedDate: 1700001000, id: `${ORIGIN}/certificates/web` });
    expect(parseDeletedCertificateBundle(json(bundle))).toEqual({ ...deleted, certificate: { ...certificate, cer: leaf.der, chain: [ca.der] } });
  });

  it('answers a pending certificate without cer, which the client recognises', () => {
    const operation: CertificateOperation = {
      name: 'web', status: 'inProgress', statusDetails: undefined, issuerName: 'Unknown', csr: Buffer.from('csr'), cancellationRequested: false,
      requestId: 'r1', error: undefined, target: undefined,
    };

    expect(pendingCertificateWire(ORIGIN, operation)).toEqual({ id: `${ORIGIN}/certificates/web/pending`, attributes: { enabled: false } });
    expect(isPendingCertificate(json(pendingCertificateWire(ORIGIN, operation)))).toBe(true);
    expect(isPendingCertificate(json(certificateBundle(ORIGIN, certificate)))).toBe(false);
  });
});

describe('certificate operations', () => {
  const pending: CertificateOperation = {
    name: 'csr-cert', status: 'inProgress', statusDetails: 'Pending certificate created. Please merge.', issuerName: 'Unknown',
    csr: Buffer.from([0x30, 0x82, 0x01, 0x02]), cancellationRequested: false, requestId: 'a1b2', error: undefined, target: undefined,
  };

  it('renders a CertificateOperation in snake_case with a base64 CSR, and reads it back', () => {
    expect(certificateOperationWire(ORIGIN, pending)).toEqual({
      id: `${ORIGIN}/certificates/csr-cert/pending`, issuer: { name: 'Unknown' }, csr: 'MIIBAg==', cancellation_requested: false,
      status: 'inProgress', status_details: 'Pending certificate created. Please merge.', request_id: 'a1b2',
    });
    expect(parseCertificateOperation(json(certificateOperationWire(ORIGIN, pending)), 'csr-cert')).toEqual({ ...pending, csr: Buffer.from(pending.csr) });
  });

  it('carries a failed operation\'s error and a completed one\'s target', () => {
    const done: CertificateOperation = { ...pending, status: 'failed', csr: new Uint8Array(), error: { code: 'BadParameter', message: 'no' }, target: '/certificates/csr-cert' };
    const wire = certificateOperationWire(ORIGIN, done);

    expect(wire).toMatchObject({ status: 'failed', error: { code: 'BadParameter', message: 'no' }, target: `${ORIGIN}/certificates/csr-cert` });
    expect(wire).not.toHaveProperty('csr');
    expect(parseCertificateOperation(json(wire), 'csr-cert')).toEqual(done);
    expect(badParameter(() => parseCertificateOperation({ ...wire, status: 'done' }, 'x'))).toBe("Invalid field 'status': expected one of inProgress, completed, cancelled, failed.");
  });

  it('renders and reads a renew-if-due outcome', () => {
    const outcome = { name: 'web', result: 'renewed' as const, reason: 'lifetimePercentage 80', operation: { ...pending, name: 'web', status: 'completed' as const }, certificate };

    expect(parseCertificateRenewal(json(certificateRenewalWire(ORIGIN, outcome)), 'web')).toEqual({
      ...outcome, operation: { ...outcome.operation, csr: Buffer.from(pending.csr) }, certificate: { ...certificate, cer: leaf.der, chain: [ca.der] },
    });
  });
});

describe('certificate request bodies', () => {
  it('reads create: policy, attributes.enabled and tags; nbf and exp are ignored (the certificate has its own dates)', () => {
    const body = { policy: { x509_props: { subject: 'CN=a' } }, attributes: { enabled: false, nbf: 1, exp: 2 }, tags: { a: 'b' }, preserveCertOrder: true };

    expect(parseCertificateCreateParameters(body)).toEqual({ policy: { subject: 'CN=a' }, options: { enabled: false, tags: { a: 'b' } } });
    expect(parseCertificateCreateParameters({})).toEqual({ policy: {}, options: {} });
    expect(parseCertificateCreateParameters(json(certificateCreateWire({ subject: 'CN=a' }, { enabled: false, tags: { a: 'b' } })))).toEqual(parseCertificateCreateParameters(body));
    expect(badParameter(() => parseCertificateCreateParameters(undefined))).toBe('Invalid certificate create request: expected a JSON object.');
  });

  it('reads import: PEM text as it is, anything else as strict base64; the password is kept and never quoted', () => {
    const pem = parseCertificateImportParameters({ value: leaf.pem, policy: { secret_props: { contentType: 'application/x-pem-file' } } });
    const pfx = workshop.pfx(leaf, PASSWORD);
    const fromBase64 = parseCertificateImportParameters({ value: pfx.toString('base64'), pwd: PASSWORD, attributes: { enabled: true } });

    expect(pem).toEqual({ data: Buffer.from(leaf.pem), options: { policy: { contentType: 'application/x-pem-file' } } });
    expect(fromBase64).toEqual({ data: pfx, options: { password: PASSWORD, enabled: true } });
    expect(parseCertificateImportParameters(json(certificateImportWire(pfx, { password: PASSWORD, enabled: true })))).toEqual(fromBase64);
    expect(certificateImportWire(Buffer.from(leaf.pem)).value).toBe(leaf.pem);
  });

  it.each([
    [{}, "Missing field 'value': expected the certificate as PEM text or base64."],
    [{ value: 'not base64!' }, "Invalid field 'value': expected standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding)."],
    [{ value: 'A'.repeat(349_532) }, "Invalid field 'value': longer than 349528 characters."],
    [{ value: 'MIIB', pwd: 5 }, "Invalid field 'pwd': expected a string of at most 1024 characters."],
  ])('refuses the import body %#', (body, message) => {
    expect(badParameter(() => parseCertificateImportParameters(body))).toBe(message);
  });

  it('refuses an import with a bad policy without quoting the file or the password', () => {
    const message = badParameter(() => parseCertificateImportParameters({ value: leaf.pem, pwd: PASSWORD, policy: { key_props: { kty: 'oct' } } }));

    expect(message).toBe("Invalid field 'policy.key_props.kty': expected one of RSA, RSA-HSM, EC, EC-HSM.");
  });

  it('reads update: enabled and tags; a policy there is refused, pointing to its own route', () => {
    expect(parseCertificateUpdateParameters({ attributes: { enabled: false }, tags: { x: 'y' } })).toEqual({ enabled: false, tags: { x: 'y' } });
    expect(parseCertificateUpdateParameters(json(certificateUpdateWire({ enabled: true })))).toEqual({ enabled: true });
    expect(badParameter(() => parseCertificateUpdateParameters({ policy: {} }))).toBe("Invalid field 'policy': change a certificate's policy with PATCH /certificates/{name}/policy.");
  });

  it('reads merge: x5c of 1-10 strict base64 certificates', () => {
    expect(parseCertificateMergeParameters(json(certificateMergeWire([leaf.der, ca.der], { tags: { m: '1' } })))).toEqual({ chain: [leaf.der, ca.der], options: { tags: { m: '1' } } });
    expect(badParameter(() => parseCertificateMergeParameters({ x5c: [] }))).toBe("Invalid field 'x5c': expected 1-10 certificates (base64 DER), the signed one first.");
    expect(badParameter(() => parseCertificateMergeParameters({ x5c: Array.from({ length: 11 }, () => 'MIIB') }))).toBe("Invalid field 'x5c': expected 1-10 certificates (base64 DER), the signed one first.");
    expect(badParameter(() => parseCertificateMergeParameters({ x5c: [leaf.der.toString('base64url')] }))).toMatch(/^Invalid field 'x5c\[0\]': /);
  });

  it('reads the pending update: only cancellation_requested true', () => {
    expect(() => { parseCertificateOperationUpdate({ cancellation_requested: true }); }).not.toThrow();
    expect(badParameter(() => { parseCertificateOperationUpdate({ cancellation_requested: false }); })).toBe("Invalid field 'cancellation_requested': expected true (a pending request can only be cancelled).");
  });

  it('decodes base64 strictly: padding as written, no whitespace, no url-safe alphabet', () => {
    expect(decodeBase64('MIIBAg==', 'f', 10)).toEqual(Buffer.from([0x30, 0x82, 0x01, 0x02]));
    for (const bad of ['MIIBAg', 'MIIB Ag==', 'MII-Ag==', 'MIIBAh==', '']) {
      expect(badParameter(() => decodeBase64(bad, 'f', 10))).toBe("Invalid field 'f': expected standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding).");
    }
    expect(badParameter(() => decodeBase64('A'.repeat(20), 'f', 10))).toBe("Invalid field 'f': longer than 10 bytes.");
  });
});

describe('issuers and contacts', () => {
  const issuer: CertificateIssuer = { name: 'team-ca', provider: 'Coffer', certificateName: 'root-ca', enabled: true, createdOn: at(1700000000), updatedOn: at(1700000500) };

  it('renders a vault CA as an IssuerBundle and reads it back; another provider is not a vault CA', () => {
    const wire = issuerBundle(ORIGIN, issuer);

    expect(wire).toEqual({
      id: `${ORIGIN}/certificates/issuers/team-ca`, provider: 'Coffer', credentials: { account_id: 'root-ca' },
      attributes: { enabled: true, created: 1700000000, updated: 1700000500 },
    });
    expect(parseIssuerBundle(json(wire))).toEqual(issuer);
    expect(parseIssuerBundle({ id: `${ORIGIN}/certificates/issuers/digi`, provider: 'DigiCert' })).toBeUndefined();
  });

  it('reads set and update bodies; pwd and org_details mean nothing to a vault CA', () => {
    expect(parseIssuerSetParameters({ provider: 'Coffer', credentials: { account_id: 'root-ca', pwd: PASSWORD }, org_details: {}, attributes: { enabled: false } }))
      .toEqual({ certificateName: 'root-ca', enabled: false });
    expect(parseIssuerSetParameters(json(issuerSetWire({ certificateName: 'root-ca' })))).toEqual({ certificateName: 'root-ca' });
    expect(parseIssuerUpdateParameters({ credentials: {} })).toEqual({});
    expect(parseIssuerUpdateParameters(json(issuerUpdateWire({ certificateName: 'other', enabled: true })))).toEqual({ certificateName: 'other', enabled: true });
  });

  it.each([
    [{ credentials: { account_id: 'x' } }, "Invalid field 'provider': expected 'Coffer' (a vault CA, backed by a CA certificate in this vault)."],
    [{ provider: 'DigiCert', credentials: { account_id: 'x' } }, "Invalid field 'provider' 'DigiCert': expected 'Coffer' (a vault CA, backed by a CA certificate in this vault)."],
    [{ provider: 'Coffer', credentials: { pwd: 'p' } }, "Missing field 'credentials.account_id': expected the name of the CA certificate that signs for this issuer."],
    [{ provider: 'Coffer', credentials: { account_id: 7 } }, "Invalid field 'credentials.account_id': expected a string."],
  ])('refuses the issuer body %#', (body, message) => {
    expect(badParameter(() => parseIssuerSetParameters(body))).toBe(message);
  });

  it('renders and reads contacts, at most 32', () => {
    const contacts = [{ email: 'ops@example.test', name: 'Ops', phone: '1' }, { email: 'sec@example.test' }];

    expect(contactsWire(ORIGIN, contacts)).toEqual({ id: `${ORIGIN}/certificates/contacts`, contacts });
    expect(parseContacts(json(contactsWire(ORIGIN, contacts)))).toEqual(contacts);
    expect(parseContacts({ id: 'x' })).toEqual([]);
    expect(badParameter(() => parseContacts({ contacts: Array.from({ length: 33 }, () => ({ email: 'a@b.c' })) }))).toBe("Invalid field 'contacts': at most 32 contacts, got 33.");
    expect(badParameter(() => parseContacts({ contacts: [{ email: 'x'.repeat(257) }] }))).toBe("Invalid field 'contacts[0].email': longer than 256 characters.");
  });
});
