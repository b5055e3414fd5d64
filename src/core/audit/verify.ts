/**
 * Walks an audit chain and names the first record that breaks it. Edits break a record's MAC;
 * removals and reorderings break `seq` and `prev`; a truncated tail is caught by the anchor,
 * the record the store's own data points at (for a vault file: its last change's record). A
 * record after the anchor with a newer generation shows the store itself was rolled back.
 */
import { GENESIS_HASH, recordIsAuthentic, type AuditRecord } from './record.js';

export type ChainVerdict =
  | { readonly ok: true; readonly records: number; readonly head: AuditRecord | undefined }
  | { readonly ok: false; readonly records: number; readonly line: number; readonly seq: number | undefined; readonly reason: string };

function parseRecord(text: string): AuditRecord | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as AuditRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies records in order. `mac` is the vault's audit MAC; `anchor` the record the store
 * anchors. Stops at the first fault: later records cannot be trusted past a break.
 */
export async function verifyChain(lines: AsyncIterable<string>, mac: (text: string) => string, anchor: AuditRecord | undefined): Promise<ChainVerdict> {
  let previous: AuditRecord | undefined;
  let line = 0;
  let anchorSeen = anchor === undefined;
  for await (const text of lines) {
    line += 1;
    const fail = (seq: number | undefined, reason: string): ChainVerdict => ({ ok: false, records: line - 1, line, seq, reason });
    const record = parseRecord(text);
    if (record === undefined) return fail(undefined, 'not a JSON record');
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (record.seq !== expectedSeq) {
      return fail(record.seq, `sequence ${String(record.seq)} where ${expectedSeq} was expected: a record was removed or reordered`);
    }
    if (!recordIsAuthentic(record, mac)) return fail(record.seq, 'its MAC does not match: the record was edited');
    if (record.prev !== (previous?.hash ?? GENESIS_HASH)) return fail(record.seq, 'it does not link to the record before it');
    if (previous !== undefined && record.generation < previous.generation) {
      return fail(record.seq, `generation ${record.generation} is older than ${previous.generation}: the vault was rolled back`);
    }
    if (anchor !== undefined && record.seq === anchor.seq) {
      if (record.hash !== anchor.hash) return fail(record.seq, 'it differs from the record the vault anchors');
      anchorSeen = true;
    }
    if (anchor !== undefined && record.seq > anchor.seq && record.generation > anchor.generation) {
      // Records after the anchor are reads and failures; a newer generation is a change the vault no longer holds.
      return fail(record.seq, `generation ${record.generation} is newer than the vault's ${anchor.generation}: the vault file was rolled back`);
    }
    previous = record;
  }
  if (!anchorSeen && anchor !== undefined) {
    return { ok: false, records: line, line: line + 1, seq: (previous?.seq ?? 0) + 1, reason: `the log ends at sequence ${previous?.seq ?? 0} but the vault anchors sequence ${anchor.seq}: records were truncated` };
  }
  return { ok: true, records: line, head: previous };
}
