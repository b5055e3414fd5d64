/**
 * The `api-version` query parameter, required on every Key Vault request. Accepted: 7.4, 7.5,
 * 7.6, 2025-07-01 (reference, wire rule 5) and 2026-04-01, which @azure/keyvault-secrets 4.12
 * sends by default: it adds only optional members (an `outContentType` query parameter for a
 * certificate's secret, a `previousVersion` answer field), so the wire shapes Coffer serves are
 * the same in all five; the remote client asks for 2025-07-01, which every vault serves.
 * Anything else — a preview, an older version, a second api-version parameter — is a 400 BadParameter in the Key Vault error shape,
 * with Azure's wording: "The specified version (…) is not recognized."
 */
import { BadParameterError, quote } from '../core/errors.js';
import { errorResponse, type WireError } from './errors-wire.js';

export const SUPPORTED_API_VERSIONS = ['7.4', '7.5', '7.6', '2025-07-01', '2026-04-01'] as const;
export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];
/** What the remote client asks for: the newest version that every Key Vault serves. */
export const LATEST_API_VERSION: ApiVersion = '2025-07-01';

const LIST = SUPPORTED_API_VERSIONS.join(', ');

/** The api-version among a request's query values (`URLSearchParams.getAll('api-version')`). */
export function parseApiVersion(values: readonly string[]): ApiVersion {
  if (values.length === 0) {
    throw new BadParameterError(`The api-version query parameter is required: use one of ${LIST}.`);
  }
  if (values.length > 1) {
    throw new BadParameterError(`The api-version query parameter is given ${values.length} times: give it once, one of ${LIST}.`);
  }
  const [value = ''] = values;
  const version = SUPPORTED_API_VERSIONS.find((v) => v === value);
  if (version === undefined) {
    throw new BadParameterError(`The specified version (${quote(value, 32)}) is not recognized. Use one of ${LIST}.`);
  }
  return version;
}

export type ApiVersionCheck = { readonly ok: true; readonly version: ApiVersion } | { readonly ok: false; readonly error: WireError };

/** The server's check: the version, or the 400 to send. */
export function checkApiVersion(query: URLSearchParams): ApiVersionCheck {
  try {
    return { ok: true, version: parseApiVersion(query.getAll('api-version')) };
  } catch (error) {
    return { ok: false, error: errorResponse(error) };
  }
}
