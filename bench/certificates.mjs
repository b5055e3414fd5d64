// Certificate issuance through the vault core: 100 EC P-256 leaf certificates issued by a vault
// CA (an EC P-256 root in the same vault), each one store transaction with its key, its PKCS#12
// secret and its audit record made durable before the next starts — what `coffer certificate
// create --issuer` and the certificate action do.
//
// Side by side in the same run, in interleaved rounds so that the machine's drift hits all three
// alike: the vault's issuance; P-256 key generation alone (what issuance spends on the key); and
// the X.509 build and signature alone (the same code the vault uses, with keys made beforehand).
// What is left is the vault's own share: sealing, the PKCS#12 secret, the store and the audit.
//
// Prints a table, then one JSON line with every figure. Writes only to a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { generateKey } from '../lib/core/crypto/key-material.js';
import { principal } from '../lib/core/access/principal.js';
import { FileStore } from '../lib/core/store/file-store.js';
import { SqliteStore } from '../lib/core/store/sqlite-store.js';
import { LocalVault } from '../lib/core/vault.js';
import { issueCertificate, randomSerial } from '../lib/core/certificates/x509.js';
import { validatePolicy } from '../lib/core/certificates/policy.js';

const CERTIFICATES = 100;
const ROUNDS = 4;
const EC = { kty: 'EC', curve: 'P-256' };

const leafPolicy = (i) => ({ subject: `CN=svc-${i}.bench.test`, keyType: 'EC', curve: 'P-256', issuerName: 'bench-ca', validityInMonths: 3,
  subjectAlternativeNames: { dnsNames: [`svc-${i}.bench.test`] } });

async function vaultIn(dir, kind) {
  const masterKey = MasterKey.generate();
  const store = kind === 'sqlite'
    ? SqliteStore.create(join(dir, 'vault.db'), masterKey)
    : FileStore.create(join(dir, 'vault.json'), masterKey);
  const vault = new LocalVault(store, { principal: principal('coffer-bench') });
  await vault.recordCreation();
  await vault.certificates.createCertificate('bench-root', { subject: 'CN=Bench Root', ca: true, keyType: 'EC', curve: 'P-256', validityInMonths: 24 });
  await vault.certificates.createIssuer('bench-ca', { certificateName: 'bench-root' });
  return vault;
}

async function timeEach(count, once) {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await once(i);
  return performance.now() - started;
}

async function measure(kind) {
  const dir = mkdtempSync(join(tmpdir(), `coffer-bench-cert-${kind}-`));
  try {
    const vault = await vaultIn(dir, kind);
    const root = await vault.certificates.getCertificate('bench-root');
    const rootKey = await generateKey(EC);
    const policy = validatePolicy({ ...leafPolicy(0), issuerName: 'Self' });
    const perRound = CERTIFICATES / ROUNDS;
    const totals = { vault: 0, keygen: 0, x509: 0 };
    let issued = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      totals.vault += await timeEach(perRound, async () => {
        const op = await vault.certificates.createCertificate(`leaf-${issued}`, leafPolicy(issued));
        if (op.status !== 'completed') throw new Error(`leaf-${issued} did not complete: ${op.status}`);
        issued += 1;
      });
      totals.keygen += await timeEach(perRound, () => generateKey(EC));
      const keys = await Promise.all(Array.from({ length: perRound }, () => generateKey(EC)));
      totals.x509 += await timeEach(perRound, (i) => issueCertificate({
        policy, key: keys[i], signer: { certificate: root.cer, key: rootKey }, notBefore: new Date(), notAfter: new Date(Date.now() + 80 * 86_400_000), serialNumber: randomSerial(),
      }));
    }
    const listed = await vault.certificates.listPropertiesOfCertificates();
    if (listed.length !== CERTIFICATES + 1) throw new Error(`expected ${CERTIFICATES + 1} certificates, found ${listed.length}`);
    await vault.close();
    const perCert = totals.vault / CERTIFICATES;
    const keygen = totals.keygen / CERTIFICATES;
    const x509 = totals.x509 / CERTIFICATES;
    return {
      store: kind, certificates: CERTIFICATES, totalMs: totals.vault, perCertificateMs: perCert, certificatesPerSecond: 1000 / perCert,
      keygenMs: keygen, x509Ms: x509, restMs: perCert - keygen - x509,
      keygenShare: keygen / perCert, x509Share: x509 / perCert, restShare: (perCert - keygen - x509) / perCert,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const kind of ['file', 'sqlite']) results.push(await measure(kind));
const pct = (share) => `${(share * 100).toFixed(0)}%`;
console.log(`Issue ${CERTIFICATES} EC P-256 certificates from a vault CA (node ${process.version}), ${ROUNDS} interleaved rounds`);
console.log('store    certs/s   per cert   key generation   X.509 build+sign   vault (seal, PKCS#12, store, audit)');
for (const r of results) {
  console.log(`${r.store.padEnd(7)} ${r.certificatesPerSecond.toFixed(1).padStart(8)} ${r.perCertificateMs.toFixed(2).padStart(8)} ms   ${r.keygenMs.toFixed(2).padStart(6)} ms (${pct(r.keygenShare)})   ${r.x509Ms.toFixed(2).padStart(6)} ms (${pct(r.x509Share)})   ${r.restMs.toFixed(2).padStart(6)} ms (${pct(r.restShare)})`);
}
console.log(JSON.stringify({ certificates: results }, (_key, value) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value)));
