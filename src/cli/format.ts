/**
 * Pure rendering of vault results: the stable JSON shapes that `--json` promises (documented
 * in README, "JSON shapes"; change them only with a version bump) and the aligned text tables. Nothing
 * here writes anywhere; the one place that prints a value is `secret get`.
 */
import type { AuditRecord } from '../core/audit/record.js';
import { validityAt, type DeletedSecret, type RecoveryLevel, type Secret, type SecretProperties, type VersionProperties } from '../core/model.js';

/** A version's properties as `--json` prints them; this key order is part of the contract. */
export interface PropertiesJson {
  readonly name: string;
  readonly version: string;
  readonly enabled: boolean;
  readonly notBefore: string | null;
  readonly expiresOn: string | null;
  readonly createdOn: string;
  readonly updatedOn: string;
  readonly contentType: string | null;
  readonly tags: Readonly<Record<string, string>>;
  readonly managed: boolean;
  readonly recoverableDays: number;
  readonly recoveryLevel: RecoveryLevel;
}

/** A deleted secret as `--json` prints it: its latest properties and the deletion's dates. */
export interface DeletedJson extends PropertiesJson {
  readonly deletedOn: string;
  readonly scheduledPurgeDate: string;
}

export const isoOrNull = (date: Date | undefined): string | null => (date === undefined ? null : date.toISOString());

/** Properties in the documented shape and order. */
export function propertiesJson(p: SecretProperties): PropertiesJson {
  return {
    name: p.name,
    version: p.version,
    enabled: p.enabled,
    notBefore: isoOrNull(p.notBefore),
    expiresOn: isoOrNull(p.expiresOn),
    createdOn: p.createdOn.toISOString(),
    updatedOn: p.updatedOn.toISOString(),
    contentType: p.contentType ?? null,
    tags: { ...p.tags },
    managed: p.managed,
    recoverableDays: p.recoverableDays,
    recoveryLevel: p.recoveryLevel,
  };
}

/** `secret get --json`: name, version, the value, then the remaining properties. */
export function bundleJson(secret: Secret): Record<string, unknown> {
  const { name, version, ...rest } = propertiesJson(secret.properties);
  return { name, version, value: secret.value, ...rest };
}

export function deletedJson(deleted: DeletedSecret): DeletedJson {
  return {
    ...propertiesJson(deleted.properties),
    deletedOn: deleted.deletedOn.toISOString(),
    scheduledPurgeDate: deleted.scheduledPurgeDate.toISOString(),
  };
}

/** Pretty JSON (two spaces) and a final newline, for one object or a list. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Rows as columns two spaces apart, each as wide as its widest cell; no trailing spaces. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [header, ...rows].map(line).join('\n') + '\n';
}

/** An expiry as the tables show it: `-` if none, marked when it has passed. */
export function expiryCell(expiresOn: Date | undefined, now: Date): string {
  if (expiresOn === undefined) return '-';
  return expiresOn.getTime() <= now.getTime() ? `${expiresOn.toISOString()} (expired)` : expiresOn.toISOString();
}

/** What the list tables show of a version, for secrets and keys alike. */
type VersionRow = Pick<VersionProperties, 'name' | 'version' | 'enabled' | 'expiresOn' | 'updatedOn'>;

const propertyCells = (p: VersionRow, now: Date): string[] =>
  [p.name, p.version, String(p.enabled), expiryCell(p.expiresOn, now), p.updatedOn.toISOString()];

const PROPERTY_HEADER = ['NAME', 'VERSION', 'ENABLED', 'EXPIRES', 'UPDATED'] as const;

/** `secret list`, `secret versions`, `key list` and `key versions` as text. */
export function propertiesTable(list: readonly VersionRow[], now: Date, empty: string): string {
  if (list.length === 0) return `${empty}\n`;
  return renderTable(PROPERTY_HEADER, list.map((p) => propertyCells(p, now)));
}

/** `secret deleted` and `key deleted` as text: the latest version's row, and the deletion's dates. */
export function deletedTable(list: readonly { properties: VersionRow; deletedOn: Date; scheduledPurgeDate: Date }[], now: Date, empty = 'No deleted secrets.'): string {
  if (list.length === 0) return `${empty}\n`;
  return renderTable([...PROPERTY_HEADER, 'DELETED', 'PURGE'], list.map((d) =>
    [...propertyCells(d.properties, now), d.deletedOn.toISOString(), d.scheduledPurgeDate.toISOString()]));
}

/** One audit record as a text line: time, seq, operation, result, who, object. */
export function auditLine(record: AuditRecord): string {
  const cell = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '-');
  const name: unknown = (record.identity as Partial<AuditRecord['identity']> | undefined)?.claim?.name;
  const id: unknown = (record.properties as Partial<AuditRecord['properties']> | undefined)?.id;
  return [record.time, record.seq, record.operationName, record.resultSignature, name, id].map(cell).join('  ');
}

/** A one-line account of a version's dates, for warnings when `secret get` serves it anyway. */
export function validityWarning(p: SecretProperties, now: Date): string | undefined {
  switch (validityAt(p, now)) {
    case 'expired': return `Secret '${p.name}' version ${p.version} expired on ${p.expiresOn?.toISOString() ?? ''}.`;
    case 'not-yet-valid': return `Secret '${p.name}' version ${p.version} is not valid before ${p.notBefore?.toISOString() ?? ''}.`;
    case 'valid': return undefined;
  }
}
