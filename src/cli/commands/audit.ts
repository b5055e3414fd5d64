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

/** The last `count` items of a stream, holding no more than that many at once (a ring). */
async function lastOf<T>(items: AsyncIterable<T>, count: number): Promise<T[]> {
  const ring: T[] = [];
  let seen = 0;
  for await (const item of items) {
    ring[seen % count] = item;
    seen += 1;
  }
  return seen <= count ? ring : [...ring.slice(seen % count), ...ring.slice(0, seen % count)];
}

async function showAudit(args: Args, io: CliIo): Promise<void> {
  const tail = args.string('tail');
  const count = tail === undefined ? undefined : parseInteger(tail, '--tail', { min: 1, max: Number.MAX_SAFE_INTEGER }, 'audit show');
  // As stored: re-serialising a parsed line gives back the same text, field order included.
  const render = args.flag('json') ? (record: AuditRecord): string => JSON.stringify(record) : auditLine;
  // A line that is not a record fails with IntegrityError naming it (without quoting it).
  await withVault(args, io, async (vault) => {
    if (count !== undefined) {
      for (const record of await lastOf(vault.readAudit(), count)) io.writeOut(`${render(record)}\n`);
      return;
    }
    for await (const record of vault.readAudit()) io.writeOut(`${render(record)}\n`);
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
