/**
 * Keeping reads and writes inside the real workspace, on a real folder with planted links:
 * `ws/out -> ../outside`, `ws/inlink -> real`, a sibling `ws2` that a string prefix would let in.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realPathInside, realWorkspace, relativeInside, writablePathInside } from '../../../src/actions/sign/workspace-paths.js';
import { checkWriteTargets, manifestTarget, signatureTarget, writeInsideWorkspace } from '../../../src/actions/sign/signature-file.js';
import { BadParameterError } from '../../../src/core/errors.js';

const ONLY_INSIDE = 'the sign action reads and writes files inside the workspace only.';
let root: string;
let ws: string;
let outside: string;

beforeAll(() => {
  // Real paths throughout (tmpdir may itself be a link, as on macOS), so expected paths compare exactly.
  root = realpathSync(mkdtempSync(join(tmpdir(), 'coffer-sign-paths-')));
  ws = join(root, 'ws');
  outside = join(root, 'outside');
  for (const dir of [join(ws, 'real'), outside, join(root, 'ws2')]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(ws, 'real', 'a.bin'), 'inside');
  writeFileSync(join(outside, 'id_rsa'), 'OUTSIDE-CANARY');
  writeFileSync(join(root, 'ws2', 'b.bin'), 'sibling');
  symlinkSync('../outside', join(ws, 'out'));
  symlinkSync('real', join(ws, 'inlink'));
  symlinkSync('../ws2', join(ws, 'sib'));
  symlinkSync(join(root, 'nowhere'), join(ws, 'broken'));
  symlinkSync(ws, join(root, 'ws-link'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function refusal(action: () => Promise<unknown>): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof BadParameterError) return error.message;
    throw error;
  }
  throw new Error('expected a BadParameterError');
}

describe('relativeInside', () => {
  it('compares whole segments: /ws2 and /ws/../x are not inside /ws; /ws itself is ""', () => {
    expect(relativeInside('/ws', '/ws/dist/a')).toBe(join('dist', 'a'));
    expect(relativeInside('/ws', '/ws')).toBe('');
    expect(relativeInside('/ws', '/ws/..a')).toBe('..a');
    expect([relativeInside('/ws', '/ws2/a'), relativeInside('/ws', '/ws2'), relativeInside('/ws', '/'), relativeInside('/ws', '/ws/../x')]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('realWorkspace', () => {
  it('resolves a workspace given through a link, and names a missing one', async () => {
    expect(await realWorkspace(join(root, 'ws-link'))).toBe(ws);
    expect(await refusal(() => realWorkspace(join(root, 'none')))).toBe(`The workspace '${join(root, 'none')}' (GITHUB_WORKSPACE) does not exist.`);
  });
});

describe('realPathInside', () => {
  it('gives the real path of a file reached through a link inside the workspace; undefined when missing', async () => {
    expect(await realPathInside(ws, join(ws, 'inlink', 'a.bin'), 'X')).toBe(join(ws, 'real', 'a.bin'));
    expect(await realPathInside(ws, join(ws, 'inlink', 'none.bin'), 'X')).toBeUndefined();
    expect(await realPathInside(ws, join(ws, 'broken'), 'X')).toBeUndefined();
  });

  it('refuses a file reached through a link to outside, or to a sibling folder sharing the prefix', async () => {
    expect(await refusal(() => realPathInside(ws, join(ws, 'out', 'id_rsa'), "The file 'out/id_rsa'"))).toBe(
      `The file 'out/id_rsa' resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
    expect(await refusal(() => realPathInside(ws, join(ws, 'sib', 'b.bin'), "The file 'sib/b.bin'"))).toMatch(/^The file 'sib\/b\.bin' resolves outside the workspace/);
  });
});

describe('writablePathInside', () => {
  it('rebuilds the path on the real folder, so a link inside the workspace is written through to its target', async () => {
    expect(await writablePathInside(ws, join(ws, 'inlink', 'a.bin.sig'), 'X')).toBe(join(ws, 'real', 'a.bin.sig'));
    expect(await writablePathInside(ws, join(ws, 'signatures.json'), 'X')).toBe(join(ws, 'signatures.json'));
    expect(await writablePathInside(ws, join(root, 'ws-link', 'signatures.json'), 'X')).toBe(join(ws, 'signatures.json'));
  });

  it('checks missing folders by their deepest existing one, and creates them only when asked', async () => {
    const target = join(ws, 'inlink', 'new', 'deeper', 'm.json');
    expect(await writablePathInside(ws, target, 'X')).toBe(join(ws, 'real', 'new', 'deeper', 'm.json'));
    expect(existsSync(join(ws, 'real', 'new'))).toBe(false);
    expect(await writablePathInside(ws, target, 'X', true)).toBe(join(ws, 'real', 'new', 'deeper', 'm.json'));
    expect(lstatSync(join(ws, 'real', 'new', 'deeper')).isDirectory()).toBe(true);
  });

  it('refuses a folder that resolves outside (directly, below missing folders, or a sibling prefix), creating nothing', async () => {
    const message = (subject: string): string => `${subject} would be written into a folder that resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`;
    expect(await refusal(() => writablePathInside(ws, join(ws, 'out', 'id_rsa.sig'), "The signature file 'out/id_rsa.sig'"))).toBe(message("The signature file 'out/id_rsa.sig'"));
    expect(await refusal(() => writablePathInside(ws, join(ws, 'out', 'sub', 'm.json'), "The manifest 'out/sub/m.json'", true))).toBe(message("The manifest 'out/sub/m.json'"));
    expect(await refusal(() => writablePathInside(ws, join(ws, 'sib', 'm.json'), "The manifest 'sib/m.json'"))).toBe(message("The manifest 'sib/m.json'"));
    expect(await refusal(() => writablePathInside(ws, join(ws, 'broken', 'm.json'), "The manifest 'broken/m.json'", true))).toBe(
      `The manifest 'broken/m.json' would be written through a symbolic link that leads nowhere: ${ONLY_INSIDE}`);
    expect(readdirSync(outside)).toEqual(['id_rsa']);
    expect(readdirSync(join(root, 'ws2'))).toEqual(['b.bin']);
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });
});

describe('writing the signature files and the manifest', () => {
  it('checkWriteTargets refuses the first target outside; writeInsideWorkspace writes nothing there', async () => {
    const inside = signatureTarget({ path: join(ws, 'real', 'a.bin'), name: 'real/a.bin' }, '.sig');
    const escaping = signatureTarget({ path: join(ws, 'out', 'id_rsa'), name: 'out/id_rsa' }, '.sig');
    expect(escaping.subject).toBe("The signature file 'out/id_rsa.sig'");
    expect(await refusal(() => checkWriteTargets(ws, [inside, escaping]))).toMatch(/^The signature file 'out\/id_rsa\.sig' would be written into a folder that resolves outside/);
    expect(await refusal(() => writeInsideWorkspace(ws, escaping, 'AQID\n'))).toMatch(/^The signature file 'out\/id_rsa\.sig' would be written/);
    expect(await refusal(() => writeInsideWorkspace(ws, manifestTarget(ws, 'out/m.json'), '{}\n'))).toMatch(/^The manifest 'out\/m\.json' would be written/);
    expect(readdirSync(outside)).toEqual(['id_rsa']);
    expect(existsSync(join(ws, 'real', 'a.bin.sig'))).toBe(false);
  });

  it('writes into the real folder, creating the manifest folder, and replaces a planted .sig link', async () => {
    symlinkSync(join(outside, 'id_rsa'), join(ws, 'real', 'a.bin.sig'));
    await writeInsideWorkspace(ws, signatureTarget({ path: join(ws, 'inlink', 'a.bin'), name: 'inlink/a.bin' }, '.sig'), 'AQID\n');
    await writeInsideWorkspace(ws, manifestTarget(ws, 'inlink/m/sigs.json'), '{}\n');
    expect(lstatSync(join(ws, 'real', 'a.bin.sig')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(ws, 'real', 'a.bin.sig'), 'utf8')).toBe('AQID\n');
    expect(readFileSync(join(ws, 'real', 'm', 'sigs.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(outside, 'id_rsa'), 'utf8')).toBe('OUTSIDE-CANARY');
  });
});
