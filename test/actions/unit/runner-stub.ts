/**
 * Typed stubs of the runner module (src/actions/runner) the actions call, recording every call
 * in one ordered list, so tests can assert order (every mask before any value is written).
 * Register with jest.unstable_mockModule(RUNNER_MODULE, () => runnerStub(calls).module) before
 * importing the code under test.
 */
import { jest } from '@jest/globals';

/** The runner module as the code under test imports it, from this folder. */
export const RUNNER_MODULE = '../../../src/actions/runner/index.js';

export interface Call {
  readonly fn: string;
  readonly args: readonly unknown[];
}

export interface RunnerStub {
  readonly state: Map<string, string>;
  readonly module: Record<string, unknown>;
}

export function runnerStub(calls: Call[]): RunnerStub {
  const state = new Map<string, string>();
  const record = (fn: string) => jest.fn((...args: unknown[]): undefined => {
    calls.push({ fn, args });
    return undefined;
  });
  const module = {
    setSecret: record('setSecret'),
    // One call per mask, as setSecret would be, so order assertions read the same either way.
    setSecrets: jest.fn((secrets: readonly string[]): undefined => {
      for (const secret of secrets) calls.push({ fn: 'setSecret', args: [secret] });
      return undefined;
    }),
    exportVariable: record('exportVariable'),
    setOutput: record('setOutput'),
    // One call per entry, as exportVariable and setOutput would be, so assertions read the same either way.
    exportVariables: jest.fn((entries: readonly (readonly [string, string])[]): undefined => {
      for (const [name, value] of entries) calls.push({ fn: 'exportVariable', args: [name, value] });
      return undefined;
    }),
    setOutputs: jest.fn((entries: readonly (readonly [string, string])[]): undefined => {
      for (const [name, value] of entries) calls.push({ fn: 'setOutput', args: [name, value] });
      return undefined;
    }),
    saveState: record('saveState'),
    warning: record('warning'),
    error: record('error'),
    info: record('info'),
    debug: record('debug'),
    setFailed: record('setFailed'),
    getInput: jest.fn((): string => ''),
    getState: jest.fn((name: string): string => state.get(name) ?? ''),
    appendSummary: jest.fn(async (): Promise<void> => Promise.resolve()),
  };
  return { state, module };
}
