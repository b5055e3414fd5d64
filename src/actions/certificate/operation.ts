/**
 * Seeing a create or renewal through. A local vault, and a `coffer serve` server, finish issuing
 * within the request (issuer Self or a vault CA); Azure Key Vault answers 202 with an operation
 * in progress, even for Self, and finishes it moments later (or, with a CA provider, minutes
 * later). So an operation in progress is polled, with backoff, for up to a minute — unless its
 * issuer is Unknown: that one waits for a person to have its CSR signed and the chain merged,
 * which no amount of polling brings about, and the step says what to do instead.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { UNKNOWN_ISSUER, type CertificateOperation, type CertificateVault } from '../../core/certificates/model.js';
import { VaultError, quote } from '../../core/errors.js';

/** How long and how the step waits; injected so tests need not sleep. */
export interface Waiting {
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  readonly timeoutMs: number;
}

export const DEFAULT_WAITING: Waiting = { sleep: (ms) => delay(ms), now: Date.now, timeoutMs: 60_000 };
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 10_000;

const waitsForAPerson = (operation: CertificateOperation): boolean => operation.issuerName.toLowerCase() === UNKNOWN_ISSUER.toLowerCase();

/** Throws unless the operation completed: pending (waiting for a person, or for longer than the step waits), cancelled or failed. */
export function checkCompleted(operation: CertificateOperation, name: string, what: string, waitedMs = 0): void {
  if (operation.status === 'completed') return;
  if (operation.status === 'inProgress' && waitsForAPerson(operation)) {
    throw new VaultError('Conflict', `Certificate ${quote(name)}: the ${what} is pending with issuer Unknown: the vault made a certificate signing request that a CA must sign before the new version exists, and this action cannot wait for that. `
      + `Have the CSR signed (coffer certificate pending ${name}) and merge the chain (coffer certificate merge ${name} --file chain.pem), then run the step again; or use issuer Self or a vault CA issuer.`);
  }
  if (operation.status === 'inProgress') {
    throw new VaultError('Conflict', `Certificate ${quote(name)}: the ${what} with issuer ${quote(operation.issuerName)} is still in progress after ${Math.round(waitedMs / 1000)} s, and the step stopped waiting. Run it again once the vault has issued the certificate (renew: never writes it without making another version).`);
  }
  const detail = operation.error === undefined ? operation.statusDetails ?? '' : `${operation.error.code}: ${operation.error.message}`;
  throw new VaultError('Conflict', `Certificate ${quote(name)}: the ${what} ended ${operation.status}${detail === '' ? '' : ` (${detail.slice(0, 300)})`}.`);
}

/** Polls an operation in progress (not one waiting for a person) until it ends or the time is up, then checks it completed. */
export async function settle(certificates: Pick<CertificateVault, 'getCertificateOperation'>, operation: CertificateOperation, what: string, waiting: Waiting = DEFAULT_WAITING): Promise<void> {
  const started = waiting.now();
  let current = operation;
  for (let attempt = 0; current.status === 'inProgress' && !waitsForAPerson(current); attempt += 1) {
    const left = waiting.timeoutMs - (waiting.now() - started);
    if (left <= 0) break;
    await waiting.sleep(Math.min(FIRST_DELAY_MS * 2 ** attempt, MAX_DELAY_MS, left));
    current = await certificates.getCertificateOperation(operation.name);
  }
  checkCompleted(current, operation.name, what, waiting.now() - started);
}
