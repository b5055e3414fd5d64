import { describe, it, expect } from '@jest/globals';
import { BadParameterError, IntegrityError, VaultError, type VaultErrorCode } from '../../src/core/errors.js';
import { INTERNAL_ERROR_MESSAGE, errorResponse, preconditionFailedError, statusOf, unauthorizedError, wireError } from '../../src/protocol/errors-wire.js';
import { LATEST_API_VERSION, checkApiVersion, parseApiVersion } from '../../src/protocol/api-version.js';
import { badParameter } from './helpers.js';

describe('errors-wire', () => {
  it('maps a BadParameter to 400 with its message', () => {
    expect(errorResponse(new BadParameterError("Invalid field 'value': expected a string."))).toEqual({
      status: 400, body: { error: { code: 'BadParameter', message: "Invalid field 'value': expected a string." } },
    });
  });

  it('maps soft-delete conflicts to 409 Conflict with innererror ObjectIsDeletedButRecoverable', () => {
    const error = new VaultError('ObjectIsDeletedButRecoverable', "Secret 's' is deleted but recoverable.", { innerCode: 'ObjectIsDeletedButRecoverable' });
    expect(errorResponse(error)).toEqual({
      status: 409, body: { error: { code: 'Conflict', message: "Secret 's' is deleted but recoverable.", innererror: { code: 'ObjectIsDeletedButRecoverable' } } },
    });
  });

  it('maps Forbidden to 403 and carries the inner code (reference rule 11)', () => {
    const error = new VaultError('Forbidden', 'Operation get is not allowed on a disabled secret.', { innerCode: 'SecretDisabled' });
    expect(errorResponse(error)).toEqual({
      status: 403, body: { error: { code: 'Forbidden', message: 'Operation get is not allowed on a disabled secret.', innererror: { code: 'SecretDisabled' } } },
    });
    expect(errorResponse(new VaultError('Forbidden', 'denied', { innerCode: 'ForbiddenByRbac' })).body.error.innererror).toEqual({ code: 'ForbiddenByRbac' });
  });

  it.each<[VaultErrorCode, number, string]>([
    ['BadParameter', 400, 'BadParameter'], ['SecretNotFound', 404, 'SecretNotFound'], ['KeyNotFound', 404, 'KeyNotFound'],
    ['CertificateNotFound', 404, 'CertificateNotFound'], ['Conflict', 409, 'Conflict'], ['Forbidden', 403, 'Forbidden'],
    ['Throttled', 429, 'Throttled'], ['LockTimeout', 503, 'ServiceUnavailable'], ['IntegrityError', 500, 'InternalServerError'],
    ['AuditWriteFailed', 500, 'InternalServerError'], ['StorageError', 500, 'InternalServerError'], ['KeyMismatch', 500, 'InternalServerError'],
    ['UnsupportedFormat', 500, 'InternalServerError'],
  ])('maps %s to %d %s', (code, status, wireCode) => {
    const response = errorResponse(new VaultError(code, 'm'));
    expect(response.status).toBe(status);
    expect(statusOf(code)).toBe(status);
    expect(response.body.error.code).toBe(wireCode);
  });

  it('reveals nothing internal in a 500 or 503', () => {
    const internal = errorResponse(new IntegrityError('Record /secrets/s at /var/lib/coffer/vault.json failed its MAC.'));
    expect(internal).toEqual({ status: 500, body: { error: { code: 'InternalServerError', message: INTERNAL_ERROR_MESSAGE } } });
    expect(errorResponse(new TypeError('boom at /srv/x.js'))).toEqual(internal);
    expect(errorResponse('a string')).toEqual(internal);
    expect(JSON.stringify(errorResponse(new VaultError('LockTimeout', 'lock /var/lib/coffer/vault.lock held')))).not.toContain('/var/lib');
  });

  it('builds 401 and 412 bodies', () => {
    expect(unauthorizedError()).toEqual({ status: 401, body: { error: { code: 'Unauthorized', message: 'Authentication is required: send a bearer token.' } } });
    expect(preconditionFailedError().status).toBe(412);
    expect(preconditionFailedError().body.error.code).toBe('PreconditionFailed');
    expect(wireError(404, 'NotFound', 'x'.repeat(5000)).body.error.message).toHaveLength(1025);
  });
});

describe('api-version', () => {
  it.each(['7.4', '7.5', '7.6', '2025-07-01', '2026-04-01'])('accepts %s', (version) => {
    expect(parseApiVersion([version])).toBe(version);
    expect(checkApiVersion(new URLSearchParams({ 'api-version': version }))).toEqual({ ok: true, version });
  });

  it('defaults nothing: a missing api-version is a 400 in the error shape', () => {
    expect(checkApiVersion(new URLSearchParams(''))).toEqual({
      ok: false,
      error: { status: 400, body: { error: { code: 'BadParameter', message: 'The api-version query parameter is required: use one of 7.4, 7.5, 7.6, 2025-07-01, 2026-04-01.' } } },
    });
  });

  it.each([
    ['7.3', "The specified version ('7.3') is not recognized. Use one of 7.4, 7.5, 7.6, 2025-07-01, 2026-04-01."],
    ['7.6-preview.2', "The specified version ('7.6-preview.2') is not recognized. Use one of 7.4, 7.5, 7.6, 2025-07-01, 2026-04-01."],
    ['', "The specified version ('') is not recognized. Use one of 7.4, 7.5, 7.6, 2025-07-01, 2026-04-01."],
  ])('refuses %s', (version, message) => {
    expect(badParameter(() => parseApiVersion([version]))).toBe(message);
  });

  it('refuses a repeated api-version', () => {
    const check = checkApiVersion(new URLSearchParams('api-version=7.5&api-version=7.4'));
    expect(check).toEqual({ ok: false, error: { status: 400, body: { error: { code: 'BadParameter', message: 'The api-version query parameter is given 2 times: give it once, one of 7.4, 7.5, 7.6, 2025-07-01, 2026-04-01.' } } } });
    expect(LATEST_API_VERSION).toBe('2025-07-01');
  });
});
