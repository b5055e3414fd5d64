import { describe, it, expect, jest } from '@jest/globals';
import { coreStub, type Call } from './core-stub.js';
import { mapBounded } from '../../../src/actions/pool.js';
import type { Outcome } from '../../../src/actions/resolve.js';
import { parseSelectionLine } from '../../../src/actions/selection.js';

const calls: Call[] = [];
const stub = coreStub(calls);
jest.unstable_mockModule('@actions/core', () => stub.module);
const { announce, failureMessage, failureOf, writeSummary } = await import('../../../src/actions/report.js');

const tick = async (): Promise<void> => new Promise((r) => setTimeout(r, 1));

describe('mapBounded', () => {
  it('keeps at most `limit` in flight and the results in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapBounded(Array.from({ length: 25 }, (_, i) => i), 4, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await tick();
      inFlight -= 1;
      return n * 2;
    });
    expect([peak, results]).toEqual([4, Array.from({ length: 25 }, (_, i) => i * 2)]);
  });

  it('rejects with the first failure and starts nothing after it', async () => {
    const started: number[] = [];
    await expect(mapBounded([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('boom');
      return n;
    })).rejects.toThrow('boom');
    await tick();
    expect(started).toEqual([0, 1, 2]);
  });

  it('handles no items, and refuses a bad limit', async () => {
    expect(await mapBounded([], 8, async () => Promise.resolve(1))).toEqual([]);
    await expect(mapBounded([1], 0, async () => Promise.resolve(1))).rejects.toThrow('mapBounded: limit must be a whole number of at least 1, not 0.');
  });
});

const outcome = (line: number, issues: Outcome['issues']): Outcome =>
  ({ selection: parseSelectionLine(line, 'x'), secret: 'x', properties: undefined, issues, entries: [], value: undefined });

describe('report', () => {
  it('announce: one ::warning per warning issue, nothing for errors or ignored ones', () => {
    calls.length = 0;
    announce([outcome(1, [{ severity: 'warning', brief: '', message: 'w1' }, { severity: 'error', brief: '', message: 'e1' }]), outcome(2, [{ severity: 'ignored', brief: '', message: 'i1' }, { severity: 'warning', brief: '', message: 'w2' }])]);
    expect(calls).toEqual([{ fn: 'warning', args: ['w1'] }, { fn: 'warning', args: ['w2'] }]);
  });

  it('failureOf: undefined when nothing failed; one message, or every message listed', () => {
    expect(failureOf([outcome(1, [{ severity: 'warning', brief: '', message: 'w' }])])).toBeUndefined();
    expect(failureOf([outcome(1, [{ severity: 'error', brief: '', message: 'Secret x failed.' }])])?.message).toBe('Secret x failed. Nothing was delivered.');
    expect(failureOf([outcome(1, [{ severity: 'error', brief: '', message: 'A.' }]), outcome(2, [{ severity: 'error', brief: '', message: 'B.' }])])?.message)
      .toBe('2 selections failed; nothing was delivered:\n- A.\n- B.');
  });

  it('writeSummary writes only where the runner gave a summary file', async () => {
    calls.length = 0;
    await writeSummary('# hi', {});
    expect(stub.module.summary).toBeDefined();
    expect(calls).toEqual([{ fn: 'debug', args: ['GITHUB_STEP_SUMMARY is not set: no step summary was written.'] }]);
    const addRaw = (stub.module.summary as { addRaw: jest.Mock }).addRaw;
    addRaw.mockClear();
    await writeSummary('# hi', { GITHUB_STEP_SUMMARY: '/x' });
    expect(addRaw.mock.calls).toEqual([['# hi']]);
  });

  it('failureMessage: an error\'s message, or the thrown thing as text', () => {
    expect([failureMessage(new Error('m')), failureMessage('s')]).toEqual(['m', 's']);
  });
});
