/**
 * Seeing an operation through: one that completed passes; one in progress is polled with
 * backoff until it ends or a minute has passed (as Azure Key Vault's create needs, which no
 * local vault or coffer serve does: the operations below are what such a vault answers, played
 * back in order); one waiting for a person (issuer Unknown) fails at once with what to do;
 * cancelled and failed ones fail with the vault's reason.
 */
import { describe, it, expect } from '@jest/globals';
import type { CertificateOperation } from '../../../src/core/certificates/model.js';
import { checkCompleted, settle, type Waiting } from '../../../src/actions/certificate/operation.js';
import { VaultError } from '../../../src/core/errors.js';

const BASE: CertificateOperation = {
  name: 'api-tls', status: 'inProgress', statusDetails: undefined, issuerName: 'Self', csr: new Uint8Array(), cancellationRequested: false,
  requestId: 'r1', error: undefined, target: undefined,
};
const op = (changes: Partial<CertificateOperation>): CertificateOperation => ({ ...BASE, ...changes });

/** A clock that moves only when the step sleeps, and the sleeps it was asked for. */
function waiting(timeoutMs = 60_000): Waiting & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, timeoutMs, now: () => now, sleep: (ms) => { slept.push(ms); now += ms; return Promise.resolve(); } };
}

/** The vault's answers to getCertificateOperation, in order, and how often it was asked. */
function answers(...sequence: CertificateOperation[]): { getCertificateOperation: (name: string) => Promise<CertificateOperation>; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    getCertificateOperation: (name) => {
      asked.push(name);
      const next = sequence.shift();
      return next === undefined ? Promise.reject(new Error('asked once too often')) : Promise.resolve(next);
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<VaultError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('settle', () => {
  it('passes a completed operation without asking the vault again', async () => {
    const vault = answers();
    const wait = waiting();
    await settle(vault, op({ status: 'completed' }), 'creation', wait);
    expect([vault.asked, wait.slept]).toEqual([[], []]);
  });

  it('polls an operation in progress with backoff until it completes', async () => {
    const vault = answers(op({}), op({}), op({ status: 'completed' }));
    const wait = waiting();
    await settle(vault, op({}), 'creation', wait);
    expect(vault.asked).toEqual(['api-tls', 'api-tls', 'api-tls']);
    expect(wait.slept).toEqual([1000, 2000, 4000]);
  });

  it('gives up after the timeout, capping each wait at 10 s and the last at what is left', async () => {
    const vault = answers(...Array.from({ length: 20 }, () => op({ issuerName: 'DigiCert' })));
    const wait = waiting(30_000);
    const error = await failure(settle(vault, op({ issuerName: 'DigiCert' }), 'creation', wait));
    expect(wait.slept).toEqual([1000, 2000, 4000, 8000, 10_000, 5000]);
    expect(error.code).toBe('Conflict');
    expect(error.message).toBe("Certificate 'api-tls': the creation with issuer 'DigiCert' is still in progress after 30 s, and the step stopped waiting. Run it again once the vault has issued the certificate (renew: never writes it without making another version).");
  });

  it('fails at once, without polling, when the operation waits for a person (issuer Unknown)', async () => {
    const vault = answers();
    const wait = waiting();
    const error = await failure(settle(vault, op({ issuerName: 'Unknown' }), 'renewal', wait));
    expect([vault.asked, wait.slept]).toEqual([[], []]);
    expect(error.message).toBe("Certificate 'api-tls': the renewal is pending with issuer Unknown: the vault made a certificate signing request that a CA must sign before the new version exists, and this action cannot wait for that. Have the CSR signed (coffer certificate pending api-tls) and merge the chain (coffer certificate merge api-tls --file chain.pem), then run the step again; or use issuer Self or a vault CA issuer.");
  });

  it('fails with the vault\'s reason when the operation ends failed or cancelled', async () => {
    const failed = await failure(settle(answers(op({ status: 'failed', error: { code: 'CertificateIssuerError', message: 'the CA refused' } })), op({}), 'creation', waiting()));
    expect(failed.message).toBe("Certificate 'api-tls': the creation ended failed (CertificateIssuerError: the CA refused).");
    expect(() => { checkCompleted(op({ status: 'cancelled', statusDetails: 'Cancelled by request.' }), 'api-tls', 'renewal'); }).toThrow("Certificate 'api-tls': the renewal ended cancelled (Cancelled by request.).");
  });
});
