/**
 * Glob expansion on a real folder: what is selected, skipped and refused, in a fixed order.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILES, compareNames, expandFiles, globEscape, workspaceName, type ExpandOptions } from '../../../src/actions/sign/files.js';
import { parseFilePatterns } from '../../../src/actions/sign/patterns.js';
import { BadParameterError } from '../../../src/core/errors.js';

let root: string;
let workspace: string;

// @actions/glob logs through @actions/core, which writes ::debug:: lines straight to stdout.
const write = process.stdout.write.bind(process.stdout);
beforeAll(() => {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
    String(chunk).startsWith('::debug::') ? true : write(chunk, ...rest));
});
afterAll(() => {
  process.stdout.write = write;
});

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'coffer-sign-files-'));
  // Glob characters in the workspace path itself must be taken literally.
  workspace = join(root, 'work [x]*?');
  for (const dir of ['dist/sub', 'dist/empty-dir', 'docs', 'outside-target']) mkdirSync(join(workspace, dir), { recursive: true });
  for (const file of ['dist/b.tar.gz', 'dist/a.tar.gz', 'dist/a.tar.gz.sig', 'dist/Z.zip', 'dist/app-debug.tar.gz', 'dist/sub/c.tar.gz', 'docs/readme.md', 'signatures.json', 'top.bin']) {
    writeFileSync(join(workspace, file), file);
  }
  symlinkSync(join(workspace, 'outside-target'), join(workspace, 'dist', 'link-to-dir'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const options = (extra: Partial<ExpandOptions> = {}): ExpandOptions => ({ workspace, suffix: '.sig', manifest: join(workspace, 'signatures.json'), ...extra });
const names = async (input: string, extra: Partial<ExpandOptions> = {}): Promise<string[]> =>
  (await expandFiles(parseFilePatterns(input), options(extra))).map((file) => file.name);

async function refusal(input: string, extra: Partial<ExpandOptions> = {}): Promise<string> {
  try {
    await expandFiles(parseFilePatterns(input), options(extra));
  } catch (error) {
    if (error instanceof BadParameterError) return error.message;
    throw error;
  }
  throw new Error('expected a BadParameterError');
}

describe('expandFiles', () => {
  it('selects files only, sorted by name; skips directories, links to directories and signature files', async () => {
    expect(await names('dist/*')).toEqual(['dist/Z.zip', 'dist/a.tar.gz', 'dist/app-debug.tar.gz', 'dist/b.tar.gz']);
  });

  it('reaches into sub-folders with ** only, and gives each file once across patterns', async () => {
    expect(await names('dist/**/*.tar.gz\ndist/a.tar.gz')).toEqual(['dist/a.tar.gz', 'dist/app-debug.tar.gz', 'dist/b.tar.gz', 'dist/sub/c.tar.gz']);
  });

  it('applies every exclusion to every pattern', async () => {
    expect(await names('dist/*.tar.gz\n!dist/*-debug.tar.gz\ntop.bin')).toEqual(['dist/a.tar.gz', 'dist/b.tar.gz', 'top.bin']);
  });

  it('never selects the manifest', async () => {
    expect(await names('*')).toEqual(['top.bin']);
  });

  it('fails naming a pattern that matches nothing, even when others match', async () => {
    expect(await refusal('dist/*.tar.gz\nbuild/*.zip')).toBe(
      "The files pattern 'build/*.zip' (line 2) matched no files in the workspace; directories, '*.sig' signature files and the manifest are skipped.");
    // A pattern whose only matches are skipped matches nothing too.
    expect(await refusal('dist/empty-dir')).toMatch(/^The files pattern 'dist\/empty-dir' \(line 1\) matched no files/);
    expect(await refusal('dist/*.sig')).toMatch(/^The files pattern 'dist\/\*\.sig'/);
    expect(await refusal('dist/*.tar.gz\n!dist/*')).toMatch(/^The files pattern 'dist\/\*\.tar\.gz'/);
  });

  it('refuses more than MAX_FILES files', async () => {
    const many = Array.from({ length: MAX_FILES + 1 }, (_, i) => join(workspace, 'top.bin') + String(i));
    for (const path of many) writeFileSync(path, '');
    try {
      expect(await refusal('top.bin*')).toBe(`The files patterns select ${MAX_FILES + 1 + 1} files: at most ${MAX_FILES} per step.`);
    } finally {
      for (const path of many) rmSync(path);
    }
  });

  it('drops anything a globber returns outside the workspace', async () => {
    const create: ExpandOptions['create'] = () => Promise.resolve({ glob: () => Promise.resolve([join(root, 'elsewhere'), join(workspace, 'top.bin')]) });
    expect(await names('x', { create })).toEqual(['top.bin']);
  });
});

describe('expandFiles: symbolic links', () => {
  // ws/dist -> ../outside (a folder link out), ws/host.txt -> ../etc/hostname (a file link out),
  // ws/sib.bin -> ../ws2/b.bin (a sibling that a string-prefix check would let in), and links that stay inside.
  let base: string;
  let ws: string;
  const CANARY = 'OUTSIDE-CANARY-7f3a';
  const ONLY_INSIDE = 'the sign action reads and writes files inside the workspace only.';

  beforeAll(() => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'coffer-sign-links-')));
    ws = join(base, 'ws');
    for (const dir of [join(ws, 'real'), join(base, 'outside'), join(base, 'etc'), join(base, 'ws2')]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(ws, 'real', 'app.bin'), 'the artifact');
    writeFileSync(join(base, 'outside', 'id_rsa'), CANARY);
    writeFileSync(join(base, 'etc', 'hostname'), CANARY);
    writeFileSync(join(base, 'ws2', 'b.bin'), CANARY);
    symlinkSync('../outside', join(ws, 'dist'));
    symlinkSync('../etc/hostname', join(ws, 'host.txt'));
    symlinkSync('../ws2/b.bin', join(ws, 'sib.bin'));
    symlinkSync('real', join(ws, 'inlink'));
    symlinkSync('real/app.bin', join(ws, 'app-link.bin'));
    symlinkSync(ws, join(base, 'ws-link'));
  });

  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
  });

  const linkOptions = (workspace = ws): ExpandOptions => ({ workspace, suffix: '.sig', manifest: join(workspace, 'signatures.json') });
  async function linkRefusal(input: string): Promise<string> {
    try {
      await expandFiles(parseFilePatterns(input), linkOptions());
    } catch (error) {
      if (error instanceof BadParameterError) return error.message;
      throw error;
    }
    throw new Error('expected a BadParameterError');
  }

  it('refuses a file reached through a folder link to outside, naming it as matched and never its content', async () => {
    const message = await linkRefusal('real/*\ndist/*');
    expect(message).toBe(`The file 'dist/id_rsa' (matched by the files pattern 'dist/*', line 2) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
    expect(message).not.toContain(CANARY);
    expect(message).not.toContain(base);
  });

  it('refuses a file link to outside, and one to a sibling folder sharing the workspace prefix', async () => {
    expect(await linkRefusal('host.txt')).toBe(`The file 'host.txt' (matched by the files pattern 'host.txt', line 1) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
    expect(await linkRefusal('*.bin')).toBe(`The file 'sib.bin' (matched by the files pattern '*.bin', line 1) resolves outside the workspace through a symbolic link: ${ONLY_INSIDE}`);
  });

  it('refuses a ** that reaches through a folder link to outside, rather than skipping it', async () => {
    expect(await linkRefusal('**/id_rsa')).toMatch(/^The file 'dist\/id_rsa' \(matched by the files pattern '\*\*\/id_rsa', line 1\) resolves outside the workspace/);
  });

  it('accepts links that stay inside: named as matched, read from the real path', async () => {
    const files = await expandFiles(parseFilePatterns('app-link.bin\ninlink/*\nreal/*'), linkOptions());
    expect(files).toEqual([
      { name: 'app-link.bin', path: join(ws, 'app-link.bin'), realPath: join(ws, 'real', 'app.bin') },
      { name: 'inlink/app.bin', path: join(ws, 'inlink', 'app.bin'), realPath: join(ws, 'real', 'app.bin') },
      { name: 'real/app.bin', path: join(ws, 'real', 'app.bin'), realPath: join(ws, 'real', 'app.bin') },
    ]);
  });

  it('accepts a workspace given through a link, comparing real paths', async () => {
    const files = await expandFiles(parseFilePatterns('real/*'), linkOptions(join(base, 'ws-link')));
    expect(files).toEqual([{ name: 'real/app.bin', path: join(base, 'ws-link', 'real', 'app.bin'), realPath: join(ws, 'real', 'app.bin') }]);
    expect(readdirSync(join(base, 'outside'))).toEqual(['id_rsa']);
  });
});

describe('helpers', () => {
  it('globEscape escapes glob characters as @actions/glob does', () => {
    expect(globEscape('/w/a[b]/c*?/d\\e', 'linux')).toBe('/w/a[[]b]/c[*][?]/d\\\\e');
    expect(globEscape('C:\\w\\a*', 'win32')).toBe('C:\\w\\a[*]');
  });

  it('workspaceName: forward slashes, undefined outside', () => {
    expect(workspaceName('/w', '/w/dist/a.bin')).toBe('dist/a.bin');
    expect([workspaceName('/w', '/w'), workspaceName('/w', '/x/a'), workspaceName('/w', '/w/../a'), workspaceName('/w', '/w2/a')]).toEqual([undefined, undefined, undefined, undefined]);
    expect(workspaceName('/w', '/w/..a')).toBe('..a');
  });

  it('compareNames orders by code unit, whatever the locale', () => {
    expect(['b', 'B', 'a', 'é', 'Z'].sort(compareNames)).toEqual(['B', 'Z', 'a', 'b', 'é']);
  });
});
