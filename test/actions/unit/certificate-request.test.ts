/**
 * The policy a new certificate gets from the inputs, and how an existing policy differs from
 * them: only given inputs count, and spelling that does not change meaning is not a difference
 * (a scheduled step must not renew on every run because of a space or a letter's case).
 */
import { describe, it, expect } from '@jest/globals';
import type { CertificatePolicy } from '../../../src/core/certificates/model.js';
import type { CertificateRequest } from '../../../src/actions/certificate/inputs.js';
import { creationPolicy, describeChanges, normalizeIp, normalizeSubject, policyChanges, policyUpdate } from '../../../src/actions/certificate/request.js';
import { BadParameterError } from '../../../src/core/errors.js';

const NOTHING: CertificateRequest = { subject: undefined, dnsNames: undefined, ipAddresses: undefined, issuer: undefined, validityMonths: undefined, keyType: undefined, keySize: undefined, curve: undefined };

const POLICY: CertificatePolicy = {
  keyType: 'EC', keySize: undefined, curve: 'P-256', exportable: true, reuseKey: false, contentType: 'application/x-pem-file',
  subject: 'CN=api.example.com, O=Example',
  subjectAlternativeNames: { dnsNames: ['api.example.com', 'www.example.com'], emails: ['ops@example.com'], upns: [], ipAddresses: ['10.0.0.1', '2001:db8::1'] },
  enhancedKeyUsage: ['1.3.6.1.5.5.7.3.1'], keyUsage: ['digitalSignature'], validityInMonths: 12,
  lifetimeActions: [{ action: 'AutoRenew', lifetimePercentage: 80 }], issuerName: 'internal-ca', ca: false, enabled: true,
  createdOn: new Date('2025-01-01T00:00:00Z'), updatedOn: new Date('2025-01-01T00:00:00Z'),
};

describe('creationPolicy', () => {
  it('takes the inputs, issuer Self, an exportable key in a PEM secret', () => {
    expect(creationPolicy('api', { ...NOTHING, subject: 'CN=api', dnsNames: ['api.example.com'], validityMonths: 3, keyType: 'RSA', keySize: 3072 })).toEqual({
      subject: 'CN=api', subjectAlternativeNames: { dnsNames: ['api.example.com'], ipAddresses: [] }, issuerName: 'Self',
      exportable: true, contentType: 'application/x-pem-file', validityInMonths: 3, keyType: 'RSA', keySize: 3072, curve: undefined,
    });
  });

  it('makes the first DNS name the common name when there is no subject; fills in the default size or curve of a key type', () => {
    expect(creationPolicy('api', { ...NOTHING, dnsNames: ['a.example.com', 'b.example.com'], ipAddresses: ['10.0.0.1'], issuer: 'internal-ca', keyType: 'EC' })).toEqual({
      subject: 'CN=a.example.com', subjectAlternativeNames: { dnsNames: ['a.example.com', 'b.example.com'], ipAddresses: ['10.0.0.1'] },
      issuerName: 'internal-ca', exportable: true, contentType: 'application/x-pem-file', keyType: 'EC', curve: 'P-256', keySize: undefined,
    });
    expect(creationPolicy('api', { ...NOTHING, subject: 'CN=x', keyType: 'RSA' })).toMatchObject({ keyType: 'RSA', keySize: 2048 });
  });

  it('refuses to create without a subject or a DNS name', () => {
    expect(() => creationPolicy('api', NOTHING)).toThrow(new BadParameterError("Certificate 'api' does not exist, and creating it needs a subject or dns-names input (e.g. subject: CN=api.example.com)."));
  });
});

describe('policyChanges', () => {
  it('finds nothing when nothing is asked, or when what is asked is only spelled differently', () => {
    expect(policyChanges(POLICY, NOTHING)).toEqual([]);
    expect(policyChanges(POLICY, {
      ...NOTHING, subject: 'cn = API.example.com,o=example', dnsNames: ['WWW.example.com', 'api.example.com', 'api.example.com'],
      ipAddresses: ['2001:0db8:0:0::1', '10.0.0.1'], issuer: 'Internal-CA', validityMonths: 12, keyType: 'EC', curve: 'P-256',
    })).toEqual([]);
  });

  it('lists each given input that differs, in input order', () => {
    const changes = policyChanges(POLICY, {
      ...NOTHING, subject: 'CN=api.example.com, O=Example, OU=Ops', dnsNames: ['api.example.com'], ipAddresses: ['10.0.0.2'],
      issuer: 'Self', validityMonths: 6, keyType: 'RSA',
    });
    expect(changes).toEqual([
      { input: 'subject', from: 'CN=api.example.com, O=Example', to: 'CN=api.example.com, O=Example, OU=Ops' },
      { input: 'dns-names', from: 'api.example.com, www.example.com', to: 'api.example.com' },
      { input: 'ip-addresses', from: '10.0.0.1, 2001:db8::1', to: '10.0.0.2' },
      { input: 'issuer', from: 'internal-ca', to: 'Self' },
      { input: 'validity-months', from: '12', to: '6' },
      { input: 'kty', from: 'EC', to: 'RSA' },
    ]);
    expect(describeChanges(changes.slice(1, 2))).toBe('dns-names api.example.com, www.example.com → api.example.com');
    expect(policyChanges(POLICY, { ...NOTHING, keyType: 'EC', curve: 'P-384' })).toEqual([{ input: 'curve', from: 'P-256', to: 'P-384' }]);
    expect(policyChanges(POLICY, { ...NOTHING, dnsNames: ['api.example.com', 'www.example.com', 'new.example.com'] })).toEqual([
      { input: 'dns-names', from: 'api.example.com, www.example.com', to: 'api.example.com, www.example.com, new.example.com' },
    ]);
  });
});

describe('policyUpdate', () => {
  it('sends only what is given, the SANs whole with the kinds not given kept', () => {
    expect(policyUpdate(POLICY, { ...NOTHING, dnsNames: ['api.example.com'] })).toEqual({
      subjectAlternativeNames: { dnsNames: ['api.example.com'], emails: ['ops@example.com'], upns: [], ipAddresses: ['10.0.0.1', '2001:db8::1'] },
    });
    expect(policyUpdate(POLICY, { ...NOTHING, subject: 'CN=b', issuer: 'Self', validityMonths: 1 })).toEqual({ subject: 'CN=b', issuerName: 'Self', validityInMonths: 1 });
    expect(policyUpdate(POLICY, { ...NOTHING, keyType: 'RSA', keySize: 4096 })).toEqual({ keyType: 'RSA', keySize: 4096, curve: undefined });
    expect(policyUpdate(POLICY, { ...NOTHING, keyType: 'EC', curve: 'P-256' })).toEqual({});
  });
});

describe('normalisation', () => {
  it('compares subjects by RDN with type aliases, spacing and case ignored, order kept', () => {
    expect(normalizeSubject(' CN = a.example.com ;O=Ex\\, Inc. , E=ops@example.com')).toBe('CN=a.example.com,O=ex\\, inc.,E=ops@example.com');
    expect(normalizeSubject('2.5.4.3=x,S=Bavaria,emailAddress=a@b')).toBe(normalizeSubject('CN=x, ST=bavaria, E=a@b'));
    expect(normalizeSubject('CN=x+OU=y')).toBe(normalizeSubject('OU=y + CN=x'));
    expect(normalizeSubject('CN=x, O=y')).not.toBe(normalizeSubject('O=y, CN=x'));
    expect(normalizeSubject('CN="a, b"')).toBe('CN=a, b');
  });

  it('writes IPv6 addresses in their shortest form and leaves IPv4 as it is', () => {
    expect(normalizeIp('2001:0DB8:0000::0001')).toBe('2001:db8::1');
    expect(normalizeIp('10.0.0.1')).toBe('10.0.0.1');
  });
});
