/**
 * A certificate's policy and the vault's certificate contacts: `certificate policy get|set`
 * (the policy file is Key Vault's wire shape — key_props, secret_props, x509_props,
 * lifetime_actions, issuer — which `policy get --json` prints, so get, edit, set round-trips)
 * and `certificate contacts get|set|delete` (who EmailContacts lifetime actions are for).
 * The wire module is loaded only when a policy file is read or printed.
 */
import { resolve } from 'node:path';
import type { CertificateContact, CertificatePolicy, CertificatePolicyInput } from '../../core/certificates/model.js';
import type { Args } from '../args.js';
import { UsageError } from '../cli-error.js';
import type { Command } from '../command.js';
import { renderJson, renderTable } from '../format.js';
import type { CliIo } from '../io.js';
import { withVault } from '../vault-context.js';
import { readPolicyFile } from './certificate-files.js';
import { labelled, sansText } from './certificate-format.js';
import { ekuLabel } from './certificate-options.js';

const wire = (): Promise<typeof import('../../protocol/certificate-policy-wire.js')> => import('../../protocol/certificate-policy-wire.js');

/**
 * A policy in Key Vault's shape without its `id`: that names the policy's URL on a server, and a
 * vault file has none (certificatePolicyWire needs an origin only to build it).
 */
async function policyWire(name: string, policy: CertificatePolicy): Promise<Record<string, unknown>> {
  const { id: _id, ...rest } = (await wire()).certificatePolicyWire('https://vault.invalid', name, policy);
  return rest;
}

const POLICY_SHAPE = '{"key_props": {"kty": "EC", "crv": "P-256"}, "x509_props": {"subject": "CN=…"}, "issuer": {"name": "Self"}}';

/** A policy file in Key Vault's wire shape, as the fields it sets. */
export async function readPolicyInput(path: string): Promise<CertificatePolicyInput> {
  const json = readPolicyFile(path, POLICY_SHAPE);
  return (await wire()).parseCertificatePolicyInput(json);
}

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');

function keyText(policy: CertificatePolicy): string {
  const kind = policy.keyType === 'EC' ? `EC ${policy.curve ?? ''}` : `RSA ${policy.keySize ?? ''}`;
  return `${kind}; exportable: ${yesNo(policy.exportable)}; reuse on renewal: ${yesNo(policy.reuseKey)}`;
}

function lifetimeText(policy: CertificatePolicy): string {
  if (policy.lifetimeActions.length === 0) return '-';
  return policy.lifetimeActions.map((a) => (a.lifetimePercentage === undefined
    ? `${a.action} ${a.daysBeforeExpiry ?? ''} days before expiry`
    : `${a.action} at ${a.lifetimePercentage}% of the validity`)).join('; ');
}

/** `certificate policy get` as text: one field a line. */
export function policyText(name: string, policy: CertificatePolicy): string {
  const origin = policy.updatedOn === undefined ? '' : ` (updated ${policy.updatedOn.toISOString()})`;
  return `Policy of certificate ${name}${origin}:\n${labelled([
    ['Issuer', policy.issuerName],
    ['Subject', policy.subject || '-'],
    ['SANs', sansText(policy.subjectAlternativeNames)],
    ['CA', yesNo(policy.ca)],
    ['Key', keyText(policy)],
    ['Key usage', policy.keyUsage.join(', ') || '-'],
    ['EKUs', policy.enhancedKeyUsage.map(ekuLabel).join(', ') || '-'],
    ['Validity', `${policy.validityInMonths} months`],
    ['Content type', policy.contentType],
    ['Lifetime', lifetimeText(policy)],
    ['Enabled', String(policy.enabled)],
  ])}`;
}

async function printPolicy(name: string, policy: CertificatePolicy, args: Args, io: CliIo): Promise<void> {
  io.writeOut(args.flag('json') ? renderJson(await policyWire(name, policy)) : policyText(name, policy));
}

async function getPolicy(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const policy = await withVault(args, io, (vault) => vault.certificates.getCertificatePolicy(name));
  await printPolicy(name, policy, args, io);
}

async function setPolicy(args: Args, io: CliIo): Promise<void> {
  const name = args.positional(0);
  const file = args.string('file');
  if (file === undefined) throw new UsageError('\'coffer certificate policy set\' needs --file POLICY.json.', 'certificate policy set');
  const input = await readPolicyInput(resolve(io.cwd, file));
  const policy = await withVault(args, io, (vault) => vault.certificates.updateCertificatePolicy(name, input));
  if (args.flag('json')) await printPolicy(name, policy, args, io);
  else io.writeOut(`Set the policy of certificate ${name}; it applies from the next version.\n`);
}

function contactsOutput(contacts: readonly CertificateContact[], args: Args): string {
  if (args.flag('json')) return renderJson(contacts.map((c) => ({ email: c.email ?? null, name: c.name ?? null, phone: c.phone ?? null })));
  if (contacts.length === 0) return 'No certificate contacts.\n';
  return renderTable(['EMAIL', 'NAME', 'PHONE'], contacts.map((c) => [c.email ?? '-', c.name ?? '-', c.phone ?? '-']));
}

async function getContacts(args: Args, io: CliIo): Promise<void> {
  const contacts = await withVault(args, io, (vault) => vault.certificates.getContacts());
  io.writeOut(contactsOutput(contacts, args));
}

async function setContacts(args: Args, io: CliIo): Promise<void> {
  const emails = args.strings('email');
  if (emails.length === 0) throw new UsageError('\'coffer certificate contacts set\' needs --email E (repeat for more).', 'certificate contacts set');
  const contacts = await withVault(args, io, (vault) => vault.certificates.setContacts(emails.map((email) => ({ email }))));
  io.writeOut(args.flag('json') ? contactsOutput(contacts, args) : `Set ${contacts.length} certificate contact${contacts.length === 1 ? '' : 's'}.\n`);
}

async function deleteContacts(args: Args, io: CliIo): Promise<void> {
  const contacts = await withVault(args, io, (vault) => vault.certificates.deleteContacts());
  io.writeOut(args.flag('json') ? contactsOutput(contacts, args) : `Deleted ${contacts.length} certificate contact${contacts.length === 1 ? '' : 's'}.\n`);
}

const JSON_OPTION = { json: { type: 'boolean' } } as const;
const POLICY_JSON = '--json                print the policy in Key Vault\'s shape (what policy set --file takes)';
const CONTACTS_JSON = '--json                print the contacts as a JSON array of {email, name, phone}';

export const certificatePolicyGetCommand: Command = {
  name: 'certificate policy get',
  synopsis: 'certificate policy get NAME [--json]',
  summary: 'Show a certificate\'s policy: how its next version is made and when it is renewed.',
  details: [POLICY_JSON],
  options: JSON_OPTION,
  positionals: ['NAME'],
  run: getPolicy,
};

export const certificatePolicySetCommand: Command = {
  name: 'certificate policy set',
  synopsis: 'certificate policy set NAME --file POLICY.json [--json]',
  summary: 'Change a certificate\'s policy from a JSON file; fields left out keep their value.',
  details: [
    '--file F              the policy in Key Vault\'s shape, for example',
    `                      ${POLICY_SHAPE}`,
    '                      with "lifetime_actions": [{"trigger": {"lifetime_percentage": 80}, "action": {"action_type": "AutoRenew"}}]',
    POLICY_JSON,
  ],
  options: { ...JSON_OPTION, file: { type: 'string' } },
  positionals: ['NAME'],
  run: setPolicy,
};

export const certificateContactsGetCommand: Command = {
  name: 'certificate contacts get',
  synopsis: 'certificate contacts get [--json]',
  summary: 'Show the vault\'s certificate contacts (whom EmailContacts lifetime actions concern).',
  details: [CONTACTS_JSON],
  options: JSON_OPTION,
  positionals: [],
  run: getContacts,
};

export const certificateContactsSetCommand: Command = {
  name: 'certificate contacts set',
  synopsis: 'certificate contacts set --email E... [--json]',
  summary: 'Replace the vault\'s certificate contacts.',
  details: ['--email E             a contact\'s email address; repeat for more (1 to 32)', CONTACTS_JSON],
  options: { ...JSON_OPTION, email: { type: 'string', multiple: true } },
  positionals: [],
  run: setContacts,
};

export const certificateContactsDeleteCommand: Command = {
  name: 'certificate contacts delete',
  synopsis: 'certificate contacts delete [--json]',
  summary: 'Remove all certificate contacts.',
  details: ['--json                print the contacts as they were, as JSON'],
  options: JSON_OPTION,
  positionals: [],
  run: deleteContacts,
};
