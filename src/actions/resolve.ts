/**
 * Turns selections into outcomes through the Vault interface: what to deliver under which name,
 * and what went wrong, per secret. The `missing` and `expired` policies are applied here, so
 * that delivery (or the run action's command) only ever sees secrets that may go ahead.
 *
 * Secrets are fetched in batches (Vault.getSecrets: one transaction for up to MAX_BATCH, one
 * audit record per secret, written by the vault itself). A secret selected twice (by name and
 * by a wildcard) is fetched once. Messages name the secret, its line and the vault, never a value.
 */
import { quote } from '../core/errors.js';
import { validityAt, type Secret, type SecretProperties } from '../core/model.js';
import { nameKey } from '../core/names.js';
import { MAX_BATCH, type SecretRequest, type SecretResult, type Vault } from '../core/vault.js';
import { envNameOfSecret, joinEnvName } from './env-names.js';
import { flattenJson, isContainer, jsonText, parseJson, selectField } from './flatten.js';
import type { ExpiredPolicy, MissingPolicy } from './inputs.js';
import type { Selection } from './selection.js';

/** A secret that expires within this many days is delivered with a warning. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

export interface ResolvePolicy {
  readonly missing: MissingPolicy;
  readonly expired: ExpiredPolicy;
  readonly minMaskLength: number;
  readonly now: Date;
}

/** One name and the text delivered under it. */
export interface Entry {
  readonly name: string;
  readonly value: string;
}

/** A problem with one outcome: `brief` for the summary table, `message` for annotations and errors. */
export interface Issue {
  readonly severity: 'error' | 'warning' | 'ignored';
  readonly brief: string;
  readonly message: string;
}

/** One secret fetched (or a selection that could not be): one row of the summary. */
export interface Outcome {
  readonly selection: Selection;
  /** The secret's name as stored; for a selection that found nothing, as selected. */
  readonly secret: string;
  readonly properties: SecretProperties | undefined;
  readonly issues: readonly Issue[];
  /** What to deliver; empty when the outcome failed or was ignored. */
  readonly entries: readonly Entry[];
  /** The whole value (masked along with its entries); undefined when nothing is delivered. */
  readonly value: string | undefined;
}

export type Result = 'ok' | 'warning' | 'failed' | 'ignored';

/** The outcome's overall result: any error fails it; otherwise ignored, warned, or fine. */
export function resultOf(outcome: Pick<Outcome, 'issues'>): Result {
  const severities = new Set(outcome.issues.map((issue) => issue.severity));
  if (severities.has('error')) return 'failed';
  if (severities.has('ignored')) return 'ignored';
  return severities.has('warning') ? 'warning' : 'ok';
}

/** True when the expiry is past or within EXPIRY_WARNING_DAYS of `now`. */
export function expiresSoon(expiresOn: Date | undefined, now: Date): boolean {
  return expiresOn !== undefined && expiresOn.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;
}

type Fetched = { readonly found: Secret } | { readonly missing: 'not found' | 'disabled' };

interface Get {
  readonly name: string;
  readonly version: string | undefined;
}

const getKey = (get: Get): string => `${nameKey(get.name)}@${get.version ?? ''}`;

const requestOf = (get: Get): SecretRequest => (get.version === undefined ? { name: get.name } : { name: get.name, version: get.version });

/** One batch item: a missing or disabled secret is the selection's problem; any other error is the vault's, and thrown. */
function fetchedOf(result: SecretResult): Fetched {
  if (result.ok) return { found: result.secret };
  const { error } = result;
  if (error.code === 'SecretNotFound') return { missing: 'not found' };
  if (error.innerCode === 'SecretDisabled') return { missing: 'disabled' };
  throw error;
}

/** Fetches every get, in order, MAX_BATCH per getSecrets; the first vault error stops the rest. */
async function fetchAll(vault: Vault, gets: readonly Get[]): Promise<Fetched[]> {
  const fetched: Fetched[] = [];
  for (let start = 0; start < gets.length; start += MAX_BATCH) {
    const results = await vault.getSecrets(gets.slice(start, start + MAX_BATCH).map(requestOf));
    fetched.push(...results.map(fetchedOf));
  }
  return fetched;
}

/** The gets one selection needs; a wildcard's come from the listing (enabled secrets only). */
function getsOf(selection: Selection, listed: readonly SecretProperties[]): Get[] {
  if (selection.kind !== 'wildcard') return [{ name: selection.name, version: selection.version }];
  const prefix = nameKey(selection.prefix);
  return listed.filter((p) => p.enabled && nameKey(p.name).startsWith(prefix)).map((p) => ({ name: p.name, version: undefined }));
}

const where = (selection: Selection): string => `line ${selection.line}`;

function missingIssue(policy: MissingPolicy, brief: string, message: string): Issue {
  const severity = policy === 'fail' ? 'error' : policy === 'warn' ? 'warning' : 'ignored';
  return { severity, brief, message };
}

function missingOutcome(selection: Selection, secret: string, issue: Issue): Outcome {
  return { selection, secret, properties: undefined, issues: [issue], entries: [], value: undefined };
}

function notFetched(selection: Selection, get: Get, reason: 'not found' | 'disabled', location: string, policy: ResolvePolicy): Outcome {
  const what = get.version === undefined ? `Secret ${quote(get.name)}` : `Version ${quote(get.version)} of secret ${quote(get.name)}`;
  const message = reason === 'not found' ? `${what} (${where(selection)}) was not found in ${location}.` : `${what} (${where(selection)}) is disabled in ${location}.`;
  return missingOutcome(selection, get.name, missingIssue(policy.missing, reason, message));
}

function validityIssues(selection: Selection, properties: SecretProperties, policy: ResolvePolicy): Issue[] {
  const name = `Secret ${quote(properties.name)} (${where(selection)})`;
  const severity = policy.expired === 'fail' ? 'error' : 'warning';
  const validity = validityAt(properties, policy.now);
  const { expiresOn, notBefore } = properties;
  if (validity === 'expired' && expiresOn !== undefined) {
    return [{ severity, brief: 'expired', message: `${name} expired on ${isoSeconds(expiresOn)}.` }];
  }
  if (validity === 'not-yet-valid' && notBefore !== undefined) {
    return [{ severity, brief: 'not valid yet', message: `${name} is not valid until ${isoSeconds(notBefore)}.` }];
  }
  if (expiresOn !== undefined && expiresSoon(expiresOn, policy.now)) {
    const days = Math.ceil((expiresOn.getTime() - policy.now.getTime()) / DAY_MS);
    const brief = `expires in ${days} day${days === 1 ? '' : 's'}`;
    return [{ severity: 'warning', brief, message: `${name} expires on ${isoSeconds(expiresOn)}, in ${days} day${days === 1 ? '' : 's'}.` }];
  }
  return [];
}

/** ISO 8601 to the second: what the actions print for dates. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The entries a fetched secret yields for its selection, or the issue that stops it. */
function entriesOf(selection: Selection, secret: Secret, location: string, policy: ResolvePolicy): Entry[] | Issue {
  const { name } = secret.properties;
  const base = envNameOfSecret(name);
  if (selection.kind === 'secret') return [{ name: selection.as ?? base, value: secret.value }];
  if (selection.kind === 'wildcard') return [{ name: base, value: secret.value }];
  const json = parseJson(secret.value);
  if (json === undefined) {
    return { severity: 'error', brief: 'not JSON', message: `Secret ${quote(name)} (${where(selection)}) is not valid JSON: a field or '.*' selection needs a JSON value.` };
  }
  if (selection.kind === 'flatten') {
    if (!isContainer(json)) {
      return { severity: 'error', brief: 'not a JSON object', message: `Secret ${quote(name)} (${where(selection)}) is not a JSON object or array: '.*' flattens objects and arrays.` };
    }
    return flattenJson(json, base);
  }
  const field = selectField(json, selection.path);
  const path = selection.path.join('.');
  if (field === undefined) {
    return missingIssue(policy.missing, `no field '${path}'`, `Secret ${quote(name)} (${where(selection)}) in ${location} has no field ${quote(path)}.`);
  }
  return [{ name: selection.as ?? joinEnvName(base, selection.path), value: jsonText(field) }];
}

function shortIssue(selection: Selection, name: string, entries: readonly Entry[], policy: ResolvePolicy): Issue[] {
  // An empty value has nothing to mask, so nothing to warn about.
  const short = entries.filter((entry) => entry.value.length > 0 && entry.value.length < policy.minMaskLength).map((entry) => entry.name);
  if (short.length === 0) return [];
  const list = short.join(', ');
  const verb = short.length === 1 ? 'is' : 'are';
  return [{
    severity: 'warning', brief: `not masked: shorter than ${policy.minMaskLength}`,
    message: `Secret ${quote(name)} (${where(selection)}): ${list} ${verb} shorter than min-mask-length (${policy.minMaskLength}) and so not masked in logs.`,
  }];
}

function fetchedOutcome(selection: Selection, secret: Secret, location: string, policy: ResolvePolicy): Outcome {
  const { properties } = secret;
  const entries = entriesOf(selection, secret, location, policy);
  const validity = validityIssues(selection, properties, policy);
  const stopped = !Array.isArray(entries) || validity.some((issue) => issue.severity === 'error');
  // A short value is only worth a warning when it is about to be delivered unmasked.
  const issues = [...validity, ...(Array.isArray(entries) ? (stopped ? [] : shortIssue(selection, properties.name, entries, policy)) : [entries])];
  const goesAhead = !stopped && !issues.some((issue) => issue.severity !== 'warning');
  return goesAhead
    ? { selection, secret: properties.name, properties, issues, entries, value: secret.value }
    : { selection, secret: properties.name, properties, issues, entries: [], value: undefined };
}

function outcomesOf(selection: Selection, gets: readonly Get[], fetched: ReadonlyMap<string, Fetched>, location: string, policy: ResolvePolicy): Outcome[] {
  if (selection.kind === 'wildcard' && gets.length === 0) {
    const pattern = `${selection.prefix}*`;
    const message = `No enabled secret in ${location} matches ${quote(pattern)} (${where(selection)}).`;
    return [missingOutcome(selection, pattern, missingIssue(policy.missing, 'no match', message))];
  }
  return gets.map((get) => {
    const result = fetched.get(getKey(get));
    if (result === undefined) throw new Error(`internal: ${getKey(get)} was not fetched`);
    return 'found' in result ? fetchedOutcome(selection, result.found, location, policy) : notFetched(selection, get, result.missing, location, policy);
  });
}

/**
 * The secrets the wildcards may match: one listing per distinct prefix (the vault reads only
 * the names that start with it), or one of everything when `*` is among them.
 */
async function listWildcards(vault: Vault, selections: readonly Selection[]): Promise<SecretProperties[]> {
  const prefixes = new Set(selections.flatMap((s) => (s.kind === 'wildcard' ? [nameKey(s.prefix)] : [])));
  const wanted = prefixes.has('') ? [''] : [...prefixes];
  const listed = new Map<string, SecretProperties>();
  for (const namePrefix of wanted) {
    for (const properties of await vault.listPropertiesOfSecrets({ namePrefix })) listed.set(nameKey(properties.name), properties);
  }
  return [...listed.values()];
}

/**
 * Resolves every selection, in order: wildcards from one listing, each distinct (name, version)
 * fetched once, in batches of MAX_BATCH. Errors other than a missing or disabled secret
 * (integrity, access, storage) are thrown: they are the vault's, not a selection's.
 */
export async function resolveSelections(vault: Vault, selections: readonly Selection[], policy: ResolvePolicy): Promise<Outcome[]> {
  const listed = await listWildcards(vault, selections);
  const plans = selections.map((selection) => ({ selection, gets: getsOf(selection, listed) }));
  const distinct = new Map<string, Get>();
  for (const get of plans.flatMap((plan) => plan.gets)) if (!distinct.has(getKey(get))) distinct.set(getKey(get), get);
  const keys = [...distinct.keys()];
  const results = await fetchAll(vault, [...distinct.values()]);
  const fetched = new Map(keys.map((key, index) => [key, results[index] as Fetched]));
  return plans.flatMap((plan) => outcomesOf(plan.selection, plan.gets, fetched, vault.location, policy));
}
