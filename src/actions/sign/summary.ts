/**
 * The sign action's step summary, as markdown: one row per file (its SHA-256, shortened, the
 * key version and the result), the public key to verify with, and who ran the step. Pure; the
 * key it is given is a SigningKey, which has no private part to show.
 */
import { code, whoRanIt, type RunContext } from '../summary.js';
import type { SignMode } from './inputs.js';
import type { SigningKey } from './signing-key.js';

export type FileResult = 'signed' | 'valid' | 'invalid' | 'missing';

export interface SignSummaryRow {
  readonly file: string;
  readonly sha256: Uint8Array;
  readonly result: FileResult;
}

export interface SignSummaryInput {
  readonly mode: SignMode;
  readonly vault: string;
  readonly key: SigningKey;
  readonly rows: readonly SignSummaryRow[];
  /** The manifest as named in the inputs (sign mode). */
  readonly manifest: string | undefined;
  readonly context: RunContext;
  readonly now: Date;
}

const RESULT: Readonly<Record<FileResult, string>> = {
  signed: '✅ signed', valid: '✅ valid', invalid: '❌ INVALID', missing: '❌ missing',
};
const SHA256_SHOWN = 16;
const VERSION_SHOWN = 8;

/** The first characters of a hex digest, enough to tell files apart at a glance. */
export function shortHex(bytes: Uint8Array, chars: number = SHA256_SHOWN): string {
  return `${Buffer.from(bytes).toString('hex').slice(0, chars)}…`;
}

function heading(input: SignSummaryInput): string {
  const { rows } = input;
  if (input.mode === 'sign') return `### ✍️ Coffer sign: ${rows.length} file${rows.length === 1 ? '' : 's'} signed`;
  const valid = rows.filter((row) => row.result === 'valid').length;
  return `### 🔎 Coffer verify: ${valid} of ${rows.length} signature${rows.length === 1 ? '' : 's'} valid`;
}

function keyLine(input: SignSummaryInput): string {
  const { key } = input;
  const parts = [`Key ${code(key.keyId)}`, `algorithm ${code(key.algorithm)} over ${key.digestAlgorithm.toUpperCase()}`, `vault ${code(input.vault)}`];
  if (input.manifest !== undefined) parts.push(`manifest ${code(input.manifest)}`);
  return parts.join(' · ');
}

/** The whole summary, ending with a newline. */
export function renderSignSummary(input: SignSummaryInput): string {
  const version = code(input.key.version.slice(0, VERSION_SHOWN));
  return [
    heading(input),
    '',
    keyLine(input),
    '',
    '| File | SHA-256 | Key version | Result |',
    '| --- | --- | --- | --- |',
    ...input.rows.map((row) => `| ${code(row.file)} | ${code(shortHex(row.sha256))} | ${version} | ${RESULT[row.result]} |`),
    '',
    '<details><summary>Public key (SPKI PEM)</summary>',
    '',
    '```',
    input.key.publicKeyPem.trim(),
    '```',
    '',
    '</details>',
    '',
    whoRanIt(input.context, input.now),
    '',
  ].join('\n');
}
