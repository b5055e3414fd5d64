/**
 * The action.yml files as the runner reads them: node24, the committed bundles (post: for the
 * fetch action's cleanup), and every input of the contract, documented, with its default.
 */
import { describe, it, expect } from '@jest/globals';
import { dirname, resolve } from 'node:path';
import { ACTIONS } from './runner.js';
import { readActionMetadata } from './action-metadata.js';

const FETCH_DEFAULTS: Readonly<Record<string, string | undefined>> = {
  vault: undefined, key: undefined, secrets: undefined,
  'export-env': 'true', outputs: 'true', files: 'false', missing: 'fail', expired: 'warn',
  'mask-encodings': 'true', 'min-mask-length': '4', 'cleanup-files': 'true', 'cleanup-env': 'false',
};

describe('action.yml', () => {
  it('fetch: runs dist/fetch/index.js on node24, main and post', () => {
    const meta = readActionMetadata(ACTIONS.fetch.metadata);
    expect(meta.runs.using).toBe('node24');
    expect(resolve(dirname(ACTIONS.fetch.metadata), meta.runs.main ?? '')).toBe(ACTIONS.fetch.bundle);
    expect(resolve(dirname(ACTIONS.fetch.metadata), meta.runs.post ?? '')).toBe(ACTIONS.fetch.bundle);
    expect(Object.keys(meta.branding).sort()).toEqual(['color', 'icon']);
  });

  it('fetch: declares every input of the contract, documented, with its default; vault and secrets required', () => {
    const meta = readActionMetadata(ACTIONS.fetch.metadata);
    const declared = Object.fromEntries([...meta.inputs].filter(([name]) => name in FETCH_DEFAULTS).map(([name, input]) => [name, input.default]));
    expect(declared).toEqual(FETCH_DEFAULTS);
    expect([...meta.inputs].filter(([, input]) => (input.description ?? '') === '').map(([name]) => name)).toEqual([]);
    expect([meta.inputs.get('vault')?.required, meta.inputs.get('secrets')?.required]).toEqual([true, true]);
    expect(meta.outputs).toContain('names');
  });

  it('run: runs dist/run/index.js on node24 with vault, key, secrets, run and shell (bash by default)', () => {
    const meta = readActionMetadata(ACTIONS.run.metadata);
    expect(meta.runs.using).toBe('node24');
    expect(resolve(dirname(ACTIONS.run.metadata), meta.runs.main ?? '')).toBe(ACTIONS.run.bundle);
    for (const name of ['vault', 'key', 'secrets', 'run', 'shell']) expect({ name, declared: meta.inputs.has(name) }).toEqual({ name, declared: true });
    expect(meta.inputs.get('shell')?.default).toBe('bash');
    expect([...meta.inputs].filter(([, input]) => (input.description ?? '') === '').map(([name]) => name)).toEqual([]);
  });
});
