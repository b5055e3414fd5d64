/**
 * Builds the vault a test fetches from, with the core itself (src/, compiled by ts-jest): a new
 * master key, secrets with the versions, dates and states a test needs.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createVault, openVault } from '../../../src/open-vault.js';
import { MasterKey } from '../../../src/core/crypto/master-key.js';
import { principal } from '../../../src/core/access/principal.js';
import type { AuditRecord } from '../../../src/core/audit/record.js';

export const DAY_MS = 86_400_000;

export interface SecretSpec {
  readonly name: string;
  readonly value: string;
  readonly expiresOn?: Date;
  readonly enabled?: boolean;
  /** Soft-delete the secret after setting it. */
  readonly deleted?: boolean;
}

export interface Fixture {
  readonly path: string;
  /** The master key's base64 text: the `key` input. */
  readonly key: string;
  /** Each name's versions, oldest first. */
  readonly versions: ReadonlyMap<string, readonly string[]>;
}

const SETUP = principal('e2e-setup');

/** Creates `path` holding `specs`, in order; a name given twice gets two versions. */
export async function writeVault(path: string, specs: readonly SecretSpec[]): Promise<Fixture> {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const masterKey = MasterKey.generate();
  const vault = await createVault(path, { masterKey, principal: SETUP });
  const versions = new Map<string, string[]>();
  try {
    for (const spec of specs) {
      const secret = await vault.setSecret(spec.name, spec.value, {
        ...(spec.expiresOn === undefined ? {} : { expiresOn: spec.expiresOn }),
        ...(spec.enabled === undefined ? {} : { enabled: spec.enabled }),
      });
      versions.set(spec.name, [...(versions.get(spec.name) ?? []), secret.properties.version]);
    }
    for (const spec of specs) if (spec.deleted === true) await vault.deleteSecret(spec.name);
  } finally {
    await vault.close();
  }
  return { path, key: masterKey.toBase64(), versions };
}

/** The vault's audit records, oldest first, read through the core (which checks the key). */
export async function readAudit(fixture: Fixture): Promise<AuditRecord[]> {
  const vault = openVault(fixture.path, { masterKey: MasterKey.parse(fixture.key), principal: SETUP });
  const records: AuditRecord[] = [];
  try {
    for await (const record of vault.readAudit()) records.push(record);
  } finally {
    await vault.close();
  }
  return records;
}

/** The latest version of `name`. */
export function latest(fixture: Fixture, name: string): string {
  const versions = fixture.versions.get(name);
  const version = versions?.[versions.length - 1];
  if (version === undefined) throw new Error(`no version of ${name} in the fixture`);
  return version;
}
