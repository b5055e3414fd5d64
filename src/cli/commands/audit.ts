/**
 * `coffer audit show` prints the log as stored (it does not verify it: that is `audit
 * verify`, which walks the hash chain and names the first record that breaks it).
 */
import type { AuditRecord } from '../../core/audit/record.js';
import { parseInteger, type Args } from '../args.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { auditLine } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';

/** The last `count` items of a stream, holding no more than that many at once. */
async function lastOf<T>(items: AsyncIterable<T>, count: number): Promise<T[]> {
  const kept: T[] = [];
  for await (const item of items) {
    kept.push(item);
    if (kept.length > count) kept.shift();
  }
  return kept;
}

async function showAudit(args: Args, io: CliIo): Promise<void> {
  const tail = args.string('tail');
  const count = tail === undefined ? undefined : parseInteger(tail, '--tail', { min: 1, max: Number.MAX_SAFE_INTEGER }, 'audit show');
  // As stored: re-serialising a parsed line gives back the same text, field order included.
  const render = args.flag('json') ? (record: AuditRecord): string => JSON.stringify(record) : auditLine;
  await withVault(args, io, async (vault) => {
    try {
      if (count !== undefined) {
        for (const record of await lastOf(vault.readAudit(), count)) io.writeOut(`${render(record)}\n`);
        return;
      }
      for await (const record of vault.readAudit()) io.writeOut(`${render(record)}\n`);
    } catch (error) {
      // readAudit parses each line; a damaged one is the chain's business, which verify reports.
      if (!(error instanceof SyntaxError)) throw error;
      throw new CliError('AuditChainBroken', 'The audit log has a line that is not a JSON record: run \'coffer audit verify\' to locate it.');
    }
  });
}

async function verifyAudit(args: Args, io: CliIo): Promise<void> {
  const verdict = await withVault(args, io, (vault) => vault.verifyAudit());
  if (!verdict.ok) {
    const seq = verdict.seq === undefined ? 'unreadable' : String(verdict.seq);
    throw new CliError('AuditChainBroken', `Audit log broken at line ${verdict.line} (seq ${seq}): ${verdict.reason}.`);
  }
  io.writeOut(`Audit log intact: ${verdict.records} records, head sequence ${verdict.head?.seq ?? 0}.\n`);
}

export const auditShowCommand: Command = {
  name: 'audit show',
  synopsis: 'audit show [--json] [--tail N]',
  summary: 'Print the audit log, oldest first.',
  details: [
    '--json                one record per line (JSON Lines), exactly as stored',
    '--tail N              only the last N records',
  ],
  options: { json: { type: 'boolean' }, tail: { type: 'string' } },
  positionals: [],
  run: showAudit,
};

export const auditVerifyCommand: Command = {
  name: 'audit verify',
  synopsis: 'audit verify',
  summary: 'Check the audit log\'s hash chain; exit 1 naming the first bad record.',
  details: [],
  options: {},
  positionals: [],
  run: verifyAudit,
};
