/**
 * The security properties every step is held to, as functions that return a list of problems
 * (empty when the property holds). Problems name canaries by label, never by value, so a
 * failing `expect(problems).toEqual([])` prints no secret.
 */
import { findLeaks, walkFiles, type Planted } from './leaks.js';
import { parseFileCommands } from './file-commands.js';
import type { SimulatedRunner, StepResult } from './runner.js';

export interface MaskPolicy {
  /** `min-mask-length`: shorter values (and lines) are not masked. */
  readonly minLength: number;
  /** `mask-encodings`: hex and base64url of each value, and each JSON leaf, are masked too. */
  readonly encodings: boolean;
}

export const DEFAULT_POLICY: MaskPolicy = { minLength: 4, encodings: true };

export interface MaskTarget extends Planted {
  /** The leaves of a JSON value, as strings (numbers and booleans as JSON writes them). */
  readonly leaves?: readonly string[];
}

export interface RequiredMask {
  readonly label: string;
  readonly kind: string;
  readonly mask: string;
}

/** What must be masked for one value: the value, each line, and (with encodings) its encodings and leaves. */
export function requiredMasks(target: MaskTarget, policy: MaskPolicy): RequiredMask[] {
  const { label, value } = target;
  if (value.length < policy.minLength) return [];
  const masks: RequiredMask[] = [{ label, kind: 'value', mask: value }];
  const lines = value.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length >= policy.minLength && l !== value);
  for (const line of new Set(lines)) masks.push({ label, kind: 'line', mask: line });
  if (policy.encodings) {
    const bytes = Buffer.from(value, 'utf8');
    masks.push({ label, kind: 'hex', mask: bytes.toString('hex') }, { label, kind: 'base64url', mask: bytes.toString('base64url') });
    for (const leaf of new Set(target.leaves ?? [])) if (leaf.length >= policy.minLength) masks.push({ label, kind: 'leaf', mask: leaf });
  }
  return masks;
}

/** Property 1a: the first line of stdout masks the `key` input; no output comes before it. */
export function keyMaskedFirst(step: StepResult, key: string): string[] {
  const first = step.commands[0];
  if (first?.index === 0 && first.name === 'add-mask' && first.data === key) return [];
  const at = step.commands.find((c) => c.name === 'add-mask' && c.data === key)?.index;
  return [at === undefined ? 'the key input is never masked' : `the key input is masked at stdout line ${at}, not first`];
}

/**
 * Property 1b: every required mask is registered, and the masks form one block: once the first
 * value is masked, no other line is written until the last required mask is. A line that could
 * carry a value therefore always comes after every mask.
 */
export function maskOrderProblems(step: StepResult, targets: readonly MaskTarget[], policy: MaskPolicy = DEFAULT_POLICY): string[] {
  const problems: string[] = [];
  const indexes: number[] = [];
  for (const required of targets.flatMap((t) => requiredMasks(t, policy))) {
    const at = step.maskedAt.get(required.mask);
    if (at === undefined) problems.push(`${required.label}: its ${required.kind} is never masked`);
    else indexes.push(at);
  }
  if (indexes.length === 0) return problems;
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const masking = new Set(step.commands.filter((c) => c.name === 'add-mask').map((c) => c.index));
  for (let i = first + 1; i < last; i += 1) {
    if (!masking.has(i)) problems.push(`stdout line ${i} is written between the first value mask (line ${first}) and the last (line ${last})`);
  }
  return problems;
}

/** Property 2 for one step: no planted value in the log (after masking) or on stderr. */
export function logLeaks(step: StepResult, planted: readonly Planted[]): string[] {
  const found = step.log.flatMap((line) => findLeaks(line.text, planted, `${step.post ? 'post' : step.action} stdout line ${line.index}${line.command === undefined ? '' : ` (::${line.command}::)`}`));
  return [...found, ...findLeaks(step.stderr, planted, `${step.post ? 'post' : step.action} stderr`)];
}

/**
 * Property 2 for the disk: no planted value in any file under the runner's root, except as the
 * value of a GITHUB_ENV / GITHUB_OUTPUT entry (their names and delimiters are checked) and in
 * `allowedFiles`, which must have mode 0600.
 */
export function fileLeaks(runner: SimulatedRunner, planted: readonly Planted[], allowedFiles: ReadonlySet<string> = new Set()): string[] {
  const valueFiles = new Set(runner.steps.flatMap((s) => [s.files.env, s.files.output]));
  const problems: string[] = [];
  for (const file of walkFiles(runner.root)) {
    if (valueFiles.has(file.path)) {
      const entries = parseFileCommands(file.content.toString('utf8'));
      for (const e of entries) problems.push(...findLeaks(`${e.name}\n${e.delimiter ?? ''}`, planted, `an entry name or delimiter in ${file.name}`));
      continue;
    }
    if (allowedFiles.has(file.path)) {
      if (file.mode !== 0o600) problems.push(`${file.name} holds a value with mode 0${file.mode.toString(8)}, not 0600`);
      continue;
    }
    problems.push(...findLeaks(file.content.toString('utf8'), planted, file.name));
  }
  return problems;
}

/** Every value of the env and output files of a step that is not in `expected`, by name. */
export function unexpectedEntries(step: StepResult, expected: ReadonlyMap<string, string>): string[] {
  const extra: string[] = [];
  for (const [kind, map] of [['env', step.env], ['output', step.outputs]] as const) {
    for (const name of map.keys()) if (!expected.has(name) && name !== 'names') extra.push(`${kind} ${name}`);
  }
  return extra;
}

/** Names whose value differs from the expected one, byte for byte, or that are missing. */
export function roundTripProblems(actual: ReadonlyMap<string, string>, expected: ReadonlyMap<string, string>, kind: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of expected) {
    const got = actual.get(name);
    if (got === undefined) problems.push(`${kind} ${name} is missing`);
    else if (!Buffer.from(got, 'utf8').equals(Buffer.from(value, 'utf8'))) problems.push(`${kind} ${name} differs (${Buffer.byteLength(got)} bytes, expected ${Buffer.byteLength(value)})`);
  }
  return problems;
}
