import { describe, it, expect, jest } from '@jest/globals';
import { RUNNER_MODULE, runnerStub, type Call } from './runner-stub.js';
import type { Outcome } from '../../../src/actions/resolve.js';
import { parseSelectionLine } from '../../../src/actions/selection.js';

const calls: Call[] = [];
const stub = runnerStub(calls);
jest.unstable_mockModule(RUNNER_MODULE, () => stub.module);
const { announce, failureMessage, failureOf, writeSummary } = await import('../../../src/actions/report.js');

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
    const appendSummary = stub.module.appendSummary as jest.Mock;
    appendSummary.mockClear();
    await writeSummary('# hi', {});
    expect(appendSummary).not.toHaveBeenCalled();
    expect(calls).toEqual([{ fn: 'debug', args: ['GITHUB_STEP_SUMMARY is not set: no step summary was written.'] }]);
    const env = { GITHUB_STEP_SUMMARY: '/x' };
    await writeSummary('# hi', env);
    expect(appendSummary.mock.calls).toEqual([['# hi', env]]);
  });

  it('failureMessage: an error\'s message, or the thrown thing as text', () => {
    expect([failureMessage(new Error('m')), failureMessage('s')]).toEqual(['m', 's']);
  });
});
