/**
 * Glob expansion on a real folder: what is selected, skipped and refused, in a fixed order.
 */
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('helpers', () => {
  it('globEscape escapes glob characters as @actions/glob does', () => {
    expect(globEscape('/w/a[b]/c*?/d\\e', 'linux')).toBe('/w/a[[]b]/c[*][?]/d\\\\e');
    expect(globEscape('C:\\w\\a*', 'win32')).toBe('C:\\w\\a[*]');
  });

  it('workspaceName: forward slashes, undefined outside', () => {
    expect(workspaceName('/w', '/w/dist/a.bin')).toBe('dist/a.bin');
    expect([workspaceName('/w', '/w'), workspaceName('/w', '/x/a'), workspaceName('/w', '/w/../a')]).toEqual([undefined, undefined, undefined]);
    expect(workspaceName('/w', '/w/..a')).toBe('..a');
  });

  it('compareNames orders by code unit, whatever the locale', () => {
    expect(['b', 'B', 'a', 'é', 'Z'].sort(compareNames)).toEqual(['B', 'Z', 'a', 'b', 'é']);
  });
});
