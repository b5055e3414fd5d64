/**
 * Typed stubs of the @actions/core functions the actions call, recording every call in one
 * ordered list, so tests can assert order (every mask before any value is written). Register
 * with jest.unstable_mockModule('@actions/core', () => coreStub(calls)) before importing.
 */
import { jest } from '@jest/globals';

export interface Call {
  readonly fn: string;
  readonly args: readonly unknown[];
}

export interface CoreStub {
  readonly state: Map<string, string>;
  readonly module: Record<string, unknown>;
}

export function coreStub(calls: Call[]): CoreStub {
  const state = new Map<string, string>();
  const record = (fn: string) => jest.fn((...args: unknown[]): undefined => {
    calls.push({ fn, args });
    return undefined;
  });
  const module = {
    setSecret: record('setSecret'),
    exportVariable: record('exportVariable'),
    setOutput: record('setOutput'),
    saveState: record('saveState'),
    warning: record('warning'),
    info: record('info'),
    debug: record('debug'),
    setFailed: record('setFailed'),
    getInput: jest.fn((): string => ''),
    getState: jest.fn((name: string): string => state.get(name) ?? ''),
    summary: { addRaw: jest.fn(() => ({ write: jest.fn(async () => Promise.resolve()) })) },
  };
  return { state, module };
}
