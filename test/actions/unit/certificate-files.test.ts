/**
 * The certificate action's files and its post step: where each file goes per format, modes
 * exact whatever the umask, a link planted at a path replaced rather than written through, and
 * the post step deleting only saved key-file paths (unlinking a link, never its target).
 */
import { describe, it, expect, jest, beforeEach, afterEach } from '@jest/globals';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';

const calls: Call[] = [];
const stub = runnerStub(calls);
jest.unstable_mockModule(RUNNER_MODULE, () => stub.module);
const { certificatePaths, outputDirOf, privatePaths, writeCertificateFiles, writeReplacing } = await import('../../../src/actions/certificate/files.js');
const { deleteKeyFiles, keyFilesToDelete, KEY_FILES_STATE } = await import('../../../src/actions/certificate/cleanup.js');

let temp: string;
beforeEach(() => {
  calls.length = 0;
  stub.state.clear();
  temp = mkdtempSync(join(tmpdir(), 'coffer-cert-files-'));
});
afterEach(() => {
  rmSync(temp, { recursive: true, force: true });
});

const mode = (path: string): number => statSync(path).mode & 0o777;
const MATERIAL = {
  certificatePem: 'CERT\n', chainPem: 'CERT\nCA\n', privateKeyPem: 'KEY\n', pfx: Buffer.from([0x30, 0x82, 0, 1]),
  pfxPassword: undefined, pfxPasswordGenerated: false, masks: [],
};

describe('certificate files', () => {
  it('names the files after the certificate, per format', () => {
    expect(certificatePaths('/out', 'api-tls', 'pem')).toEqual({ certificateFile: '/out/api-tls.cert.pem', chainFile: '/out/api-tls.chain.pem', keyFile: '/out/api-tls.key.pem', pfxFile: undefined });
    expect(certificatePaths('/out', 'api-tls', 'pfx')).toEqual({ certificateFile: '/out/api-tls.cert.pem', chainFile: undefined, keyFile: undefined, pfxFile: '/out/api-tls.pfx' });
    expect(privatePaths(certificatePaths('/out', 'a', 'pem'))).toEqual(['/out/a.key.pem']);
    expect(privatePaths(certificatePaths('/out', 'a', 'pfx'))).toEqual(['/out/a.pfx']);
  });

  it('resolves output-dir against the workspace, and defaults to RUNNER_TEMP, then the OS temp folder', () => {
    expect(outputDirOf('certs', '/ws', { RUNNER_TEMP: '/rt' })).toBe('/ws/certs');
    expect(outputDirOf('/abs/certs', '/ws', { RUNNER_TEMP: '/rt' })).toBe('/abs/certs');
    expect(outputDirOf(undefined, '/ws', { RUNNER_TEMP: '/rt' })).toBe('/rt');
    expect(outputDirOf(undefined, '/ws', { RUNNER_TEMP: '' })).toBe(tmpdir());
  });

  it('writes pem files with exact modes (0644 public, 0600 key) whatever the umask, creating the folder 0700', async () => {
    const previous = process.umask(0o077);
    try {
      const paths = certificatePaths(join(temp, 'new', 'certs'), 'api-tls', 'pem');
      await writeCertificateFiles(paths, MATERIAL);
      expect(readdirSync(join(temp, 'new', 'certs')).sort()).toEqual(['api-tls.cert.pem', 'api-tls.chain.pem', 'api-tls.key.pem']);
      expect([mode(paths.certificateFile), mode(paths.chainFile ?? ''), mode(paths.keyFile ?? ''), mode(join(temp, 'new', 'certs'))]).toEqual([0o644, 0o644, 0o600, 0o700]);
      expect(readFileSync(paths.keyFile ?? '', 'utf8')).toBe('KEY\n');
    } finally {
      process.umask(previous);
    }
  });

  it('writes the pfx (0600) and the certificate with format pfx, nothing else', async () => {
    const paths = certificatePaths(temp, 'api-tls', 'pfx');
    await writeCertificateFiles(paths, { ...MATERIAL, privateKeyPem: undefined });
    expect(readdirSync(temp).sort()).toEqual(['api-tls.cert.pem', 'api-tls.pfx']);
    expect(mode(paths.pfxFile ?? '')).toBe(0o600);
    expect(readFileSync(paths.pfxFile ?? '')).toEqual(MATERIAL.pfx);
  });

  it('replaces a link planted at a path instead of writing through it', async () => {
    const victim = join(temp, 'victim.txt');
    writeFileSync(victim, 'untouched', { mode: 0o644 });
    symlinkSync(victim, join(temp, 'a.key.pem'));
    await writeReplacing(join(temp, 'a.key.pem'), 'KEY\n', 0o600);
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(lstatSync(join(temp, 'a.key.pem')).isFile()).toBe(true);
    expect(readFileSync(join(temp, 'a.key.pem'), 'utf8')).toBe('KEY\n');
    expect(readdirSync(temp).sort()).toEqual(['a.key.pem', 'victim.txt']);
  });
});

describe('certificate post step', () => {
  it('takes only absolute key-file paths from state', () => {
    expect(keyFilesToDelete('')).toEqual([]);
    expect(keyFilesToDelete('not json')).toEqual([]);
    expect(keyFilesToDelete('{"a":1}')).toEqual([]);
    expect(keyFilesToDelete(JSON.stringify(['/t/a.key.pem', '/t/a.pfx', 'rel/a.key.pem', '/t/a.cert.pem', '/etc/passwd', 7]))).toEqual(['/t/a.key.pem', '/t/a.pfx']);
  });

  it('deletes each saved key file, says when one is gone already, and unlinks a link without touching its target', () => {
    const target = join(temp, 'target.txt');
    writeFileSync(target, 'keep me');
    writeFileSync(join(temp, 'a.key.pem'), 'KEY');
    symlinkSync(target, join(temp, 'b.pfx'));
    stub.state.set(KEY_FILES_STATE, JSON.stringify([join(temp, 'a.key.pem'), join(temp, 'b.pfx'), join(temp, 'gone.key.pem')]));
    deleteKeyFiles();
    expect(readdirSync(temp)).toEqual(['target.txt']);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(calls).toEqual([
      { fn: 'info', args: [`Deleted ${join(temp, 'a.key.pem')}.`] },
      { fn: 'info', args: [`Deleted ${join(temp, 'b.pfx')}.`] },
      { fn: 'info', args: [`${join(temp, 'gone.key.pem')} was already gone.`] },
    ]);
  });

  it('warns, without failing, when a file cannot be deleted', () => {
    stub.state.set(KEY_FILES_STATE, JSON.stringify([join(temp, 'dir.key.pem')]));
    deleteKeyFiles(() => { throw Object.assign(new Error('EPERM'), { code: 'EPERM' }); });
    expect(calls).toEqual([{ fn: 'warning', args: [`Could not delete ${join(temp, 'dir.key.pem')}: EPERM. It holds a private key; delete it yourself.`] }]);
    expect(existsSync(join(temp, 'dir.key.pem'))).toBe(false);
  });
});
