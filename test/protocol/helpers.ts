import { VaultError } from '../../src/core/errors.js';

export const ORIGIN = 'https://myvault.vault.azure.net';
export const VERSION = 'b595353d9c39413d80626575b3b5d865';

/** The code and message of what `fn` throws; fails the test if it returns. */
export function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof VaultError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A BadParameter refusal's message. */
export function badParameter(fn: () => unknown): string {
  const { code, message } = refusal(fn);
  if (code !== 'BadParameter') throw new Error(`expected BadParameter, got ${code}: ${message}`);
  return message;
}
