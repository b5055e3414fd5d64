/**
 * RemoteVault: the Vault interface over the Azure Key Vault REST API, as `coffer serve` and
 * Azure Key Vault itself speak it. Each method is one request (lists: one per page) built and
 * read with src/protocol; access, audit and validation of what is stored are the server's.
 * Names, versions and values are still checked here first, so that bad input fails before it
 * is sent, with the same message a local vault gives.
 *
 * Lists carry base ids (reference, rule 12): the entries of listPropertiesOfSecrets and
 * listPropertiesOfKeys have version '' — the latest version, unnamed.
 */
import { BadParameterError, VaultError } from '../core/errors.js';
import type {
  CreateKeyOptions, DeletedKey, DeletedSecret, KeyOperationResult, KeyProperties, KeyRotationOutcome, KeyRotationPolicy, Secret,
  SecretProperties, SetSecretOptions, UpdateKeyOptions, UpdateSecretOptions, VaultKey,
} from '../core/model.js';
import { validateName, validateSecretValue, validateVersion } from '../core/names.js';
import { checkKeySpec } from '../core/crypto/key-material.js';
import type { CertificateVault } from '../core/certificates/model.js';
import { lazyCertificates } from '../core/certificates/lazy.js';
import type { EncryptionAlgorithm, KeySpec, KeyWrapAlgorithm, SignatureAlgorithm } from '../core/crypto/key-types.js';
import { MAX_BATCH, type KeyMaterial, type ListSecretsOptions, type SecretRequest, type SecretResult, type Vault } from '../core/vault.js';
import { MAX_BACKUP_CHARS } from '../core/object-backup.js';
import { parseBackupResult } from '../protocol/backup-wire.js';
import { checkBase64urlText, decodeBase64url, encodeBase64url } from '../protocol/base64url.js';
import { readObject } from '../protocol/body-fields.js';
import { OPERATION_LIMITS, parseKeyOperationResult } from '../protocol/key-operations-wire.js';
import { parseDeletedKeyBundle, parseKeyBundle, parseKeyItem, type ListedKeyProperties } from '../protocol/keys-wire.js';
import {
  parseDeletedSecretBundle, parseSecretBundle, parseSecretProperties, secretSetParametersWire, secretUpdateParametersWire, type ListedSecretProperties,
} from '../protocol/secrets-wire.js';
import { KeyVaultHttp, type KeyVaultHttpOptions } from './key-vault-http.js';
import {
  confidentialMembers, keyCreateWire, keyImportWire, keyOperationWire, keyUpdateWire, parseRotationPolicyAnswer, privateJwkOf, rotationPolicyRequestWire,
} from './key-requests.js';
import { mapBounded } from './map-bounded.js';

export type RemoteVaultOptions = KeyVaultHttpOptions;

const secretPath = (name: string): string => `/secrets/${encodeURIComponent(validateName(name, 'secret'))}`;
const keyPath = (name: string): string => `/keys/${encodeURIComponent(validateName(name, 'key'))}`;
/** `…/{version}`, or `…/` for the latest: the empty segment the SDKs send (reference, rule 4). */
const versioned = (path: string, version: string | undefined): string => `${path}/${version === undefined ? '' : validateVersion(version)}`;

function withVersion<P extends { readonly version: string | undefined }>(properties: P): Omit<P, 'version'> & { readonly version: string } {
  return { ...properties, version: properties.version ?? '' };
}

function mustHaveVersion<P extends { readonly version: string | undefined }>(properties: P): Omit<P, 'version'> & { readonly version: string } {
  if (properties.version === undefined) throw new BadParameterError("Invalid field 'id': expected the id of a version.");
  return { ...properties, version: properties.version };
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0);
const oldestFirst = (a: { createdOn: Date }, b: { createdOn: Date }): number => a.createdOn.getTime() - b.createdOn.getTime();

export class RemoteVault implements Vault {
  readonly location: string;
  readonly #http: KeyVaultHttp;
  #certificates: CertificateVault | undefined;

  constructor(url: string, options: RemoteVaultOptions) {
    this.#http = new KeyVaultHttp(url, options);
    this.location = this.#http.origin;
  }

  /**
   * Certificates over the same connection, retries and bounds; their code (X.509 parsing, the
   * certificate wire format) is loaded by the first certificate call, not with the vault.
   */
  get certificates(): CertificateVault {
    this.#certificates ??= lazyCertificates(async () => new (await import('./remote-certificates.js')).RemoteCertificates(this.#http));
    return this.#certificates;
  }

  async #read<T>(method: string, path: string, parse: (body: unknown) => T, options: { body?: unknown; confidential?: readonly string[] } = {}): Promise<T> {
    return this.#http.parse(await this.#http.call(method, path, options), parse, path);
  }

  // Secrets

  async setSecret(name: string, value: string, options?: SetSecretOptions): Promise<Secret> {
    const path = secretPath(name);
    validateSecretValue(value);
    return await this.#read('PUT', path, parseSecretBundle, { body: secretSetParametersWire(value, options), confidential: [value] });
  }

  async getSecret(name: string, version?: string): Promise<Secret> {
    return await this.#read('GET', versioned(secretPath(name), version), parseSecretBundle);
  }

  /** One GET per request, at most maxParallel at once; each fails on its own. */
  async getSecrets(requests: readonly SecretRequest[]): Promise<SecretResult[]> {
    if (requests.length > MAX_BATCH) throw new BadParameterError(`Too many secrets in one batch (${requests.length}): at most ${MAX_BATCH}.`);
    return mapBounded(requests, this.#http.maxParallel, async (request): Promise<SecretResult> => {
      try {
        return { ok: true, secret: await this.getSecret(request.name, request.version) };
      } catch (error) {
        if (error instanceof VaultError) return { ok: false, error };
        throw error;
      }
    });
  }

  async updateSecretProperties(name: string, version: string | undefined, options: UpdateSecretOptions): Promise<SecretProperties> {
    const parse = (body: unknown): SecretProperties => mustHaveVersion(parseSecretProperties(body));
    return await this.#read('PATCH', versioned(secretPath(name), version), parse, { body: secretUpdateParametersWire(options) });
  }

  /** GET /secrets, every page; the prefix is applied here, as the REST API has no filter. */
  async listPropertiesOfSecrets(options: ListSecretsOptions = {}): Promise<SecretProperties[]> {
    const prefix = (options.namePrefix ?? '').toLowerCase();
    const items = await this.#http.list('/secrets', (item): SecretProperties => withVersion(parseSecretProperties(item)));
    return items.filter((item) => item.name.toLowerCase().startsWith(prefix)).sort(byName);
  }

  async listPropertiesOfSecretVersions(name: string): Promise<SecretProperties[]> {
    const items = await this.#http.list(`${secretPath(name)}/versions`, (item): SecretProperties => mustHaveVersion(parseSecretProperties(item)));
    return items.sort(oldestFirst);
  }

  async deleteSecret(name: string): Promise<DeletedSecret> {
    return await this.#read('DELETE', secretPath(name), parseDeletedSecretBundle);
  }

  /** The list names each deleted secret; each is then read whole (its latest version's id is not in the list). */
  async listDeletedSecrets(): Promise<DeletedSecret[]> {
    const names = await this.#http.list('/deletedsecrets', (item): ListedSecretProperties => parseSecretProperties(item));
    return (await mapBounded(names, this.#http.maxParallel, (item) => this.getDeletedSecret(item.name))).sort((a, b) => byName(a.properties, b.properties));
  }

  async getDeletedSecret(name: string): Promise<DeletedSecret> {
    return await this.#read('GET', `/deletedsecrets/${encodeURIComponent(validateName(name, 'secret'))}`, parseDeletedSecretBundle);
  }

  async recoverDeletedSecret(name: string): Promise<SecretProperties> {
    const parse = (body: unknown): SecretProperties => mustHaveVersion(parseSecretProperties(body));
    return await this.#read('POST', `/deletedsecrets/${encodeURIComponent(validateName(name, 'secret'))}/recover`, parse);
  }

  async purgeDeletedSecret(name: string): Promise<void> {
    await this.#http.call('DELETE', `/deletedsecrets/${encodeURIComponent(validateName(name, 'secret'))}`);
  }

  async backupSecret(name: string): Promise<string> {
    return await this.#read('POST', `${secretPath(name)}/backup`, parseBackupResult);
  }

  async restoreSecretBackup(blob: string): Promise<SecretProperties> {
    const value = checkBase64urlText(blob, 'backup', MAX_BACKUP_CHARS);
    const parse = (body: unknown): SecretProperties => mustHaveVersion(parseSecretProperties(body));
    return await this.#read('POST', '/secrets/restore', parse, { body: { value } });
  }

  // Keys

  async createKey(name: string, spec: KeySpec, options?: CreateKeyOptions): Promise<VaultKey> {
    const path = `${keyPath(name)}/create`;
    checkKeySpec(spec);
    return await this.#read('POST', path, parseKeyBundle, { body: keyCreateWire(spec, options) });
  }

  async importKey(name: string, material: KeyMaterial, options?: CreateKeyOptions): Promise<VaultKey> {
    const path = keyPath(name);
    const jwk = privateJwkOf(material);
    return await this.#read('PUT', path, parseKeyBundle, { body: keyImportWire(jwk, options), confidential: confidentialMembers(jwk) });
  }

  async getKey(name: string, version?: string): Promise<VaultKey> {
    return await this.#read('GET', versioned(keyPath(name), version), parseKeyBundle);
  }

  async updateKeyProperties(name: string, version: string | undefined, options: UpdateKeyOptions): Promise<VaultKey> {
    return await this.#read('PATCH', versioned(keyPath(name), version), parseKeyBundle, { body: keyUpdateWire(options) });
  }

  async listPropertiesOfKeys(): Promise<KeyProperties[]> {
    return (await this.#http.list('/keys', (item): KeyProperties => withVersion(parseKeyItem(item)))).sort(byName);
  }

  async listPropertiesOfKeyVersions(name: string): Promise<KeyProperties[]> {
    return (await this.#http.list(`${keyPath(name)}/versions`, (item): KeyProperties => mustHaveVersion(parseKeyItem(item)))).sort(oldestFirst);
  }

  async deleteKey(name: string): Promise<DeletedKey> {
    return await this.#read('DELETE', keyPath(name), parseDeletedKeyBundle);
  }

  /** As for secrets: a deleted key's list entry has no public key, so each is read whole. */
  async listDeletedKeys(): Promise<DeletedKey[]> {
    const names = await this.#http.list('/deletedkeys', (item): ListedKeyProperties => parseKeyItem(item));
    return (await mapBounded(names, this.#http.maxParallel, (item) => this.getDeletedKey(item.name))).sort((a, b) => byName(a.key, b.key));
  }

  async getDeletedKey(name: string): Promise<DeletedKey> {
    return await this.#read('GET', `/deletedkeys/${encodeURIComponent(validateName(name, 'key'))}`, parseDeletedKeyBundle);
  }

  async recoverDeletedKey(name: string): Promise<VaultKey> {
    return await this.#read('POST', `/deletedkeys/${encodeURIComponent(validateName(name, 'key'))}/recover`, parseKeyBundle);
  }

  async purgeDeletedKey(name: string): Promise<void> {
    await this.#http.call('DELETE', `/deletedkeys/${encodeURIComponent(validateName(name, 'key'))}`);
  }

  async backupKey(name: string): Promise<string> {
    return await this.#read('POST', `${keyPath(name)}/backup`, parseBackupResult);
  }

  async restoreKeyBackup(blob: string): Promise<VaultKey> {
    const value = checkBase64urlText(blob, 'backup', MAX_BACKUP_CHARS);
    return await this.#read('POST', '/keys/restore', parseKeyBundle, { body: { value } });
  }

  async rotateKey(name: string): Promise<VaultKey> {
    return await this.#read('POST', `${keyPath(name)}/rotate`, parseKeyBundle);
  }

  async getKeyRotationPolicy(name: string): Promise<KeyRotationPolicy> {
    return await this.#read('GET', `${keyPath(name)}/rotationpolicy`, parseRotationPolicyAnswer);
  }

  async updateKeyRotationPolicy(name: string, policy: unknown): Promise<KeyRotationPolicy> {
    const path = `${keyPath(name)}/rotationpolicy`;
    return await this.#read('PUT', path, parseRotationPolicyAnswer, { body: rotationPolicyRequestWire(policy) });
  }

  /**
   * Not over the wire: deciding and rotating must be one transaction, or two runners could both
   * find a key due and make two versions. A remote vault applies its policies itself (Azure
   * rotates on its own schedule); rotateKey rotates unconditionally.
   */
  async rotateKeyIfDue(name: string): Promise<KeyRotationOutcome> {
    validateName(name, 'key');
    return Promise.reject(new BadParameterError(`Rotating a key only if due needs a local vault (a file or sqlite: path); ${this.location} applies rotation policies itself. Use rotateKey to rotate now.`));
  }

  // Key operations: `…/{version}/op`, or `…//op` for the latest version, as the SDKs send it.

  async sign(name: string, version: string | undefined, algorithm: SignatureAlgorithm, digest: Uint8Array): Promise<KeyOperationResult> {
    const path = `${versioned(keyPath(name), version)}/sign`;
    return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, digest) });
  }

  /** `keyId` names the version asked for: the verify answer does not say which one checked. */
  async verify(name: string, version: string | undefined, algorithm: SignatureAlgorithm, digest: Uint8Array, signature: Uint8Array): Promise<KeyOperationResult & { readonly valid: boolean }> {
    const path = `${versioned(keyPath(name), version)}/verify`;
    const body = { alg: algorithm, digest: encodeBase64url(digest), value: encodeBase64url(signature) };
    const valid = await this.#read('POST', path, parseVerifyAnswer, { body });
    const keyId = version === undefined ? `/keys/${name}` : `/keys/${name}/${version}`;
    return { keyId, algorithm, result: Uint8Array.of(valid ? 1 : 0), valid };
  }

  async encrypt(name: string, version: string | undefined, algorithm: EncryptionAlgorithm, plaintext: Uint8Array, options: { aad?: Uint8Array | undefined } = {}): Promise<KeyOperationResult> {
    const path = `${versioned(keyPath(name), version)}/encrypt`;
    const body = keyOperationWire(algorithm, plaintext, { aad: options.aad });
    return await this.#read('POST', path, (answer) => parseKeyOperationResult(answer, algorithm), { body, confidential: [encodeBase64url(plaintext)] });
  }

  async decrypt(name: string, version: string | undefined, algorithm: EncryptionAlgorithm, ciphertext: Uint8Array, options: { iv?: Uint8Array | undefined; aad?: Uint8Array | undefined; tag?: Uint8Array | undefined } = {}): Promise<KeyOperationResult> {
    const path = `${versioned(keyPath(name), version)}/decrypt`;
    return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, ciphertext, options) });
  }

  async wrapKey(name: string, version: string | undefined, algorithm: KeyWrapAlgorithm, key: Uint8Array): Promise<KeyOperationResult> {
    const path = `${versioned(keyPath(name), version)}/wrapkey`;
    return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, key), confidential: [encodeBase64url(key)] });
  }

  async unwrapKey(name: string, version: string | undefined, algorithm: KeyWrapAlgorithm, wrapped: Uint8Array): Promise<KeyOperationResult> {
    const path = `${versioned(keyPath(name), version)}/unwrapkey`;
    return await this.#read('POST', path, (body) => parseKeyOperationResult(body, algorithm), { body: keyOperationWire(algorithm, wrapped) });
  }

  async getRandomBytes(count: number): Promise<Uint8Array> {
    const max = OPERATION_LIMITS.randomBytes;
    if (!Number.isInteger(count) || count < 1 || count > max) throw new BadParameterError(`Invalid count ${count}: expected a whole number from 1 to ${max}.`);
    const parse = (body: unknown): Uint8Array => decodeBase64url(readObject(body, 'random bytes').value, 'value', { min: count, max: count });
    return await this.#read('POST', '/rng', parse, { body: { count } });
  }

  close(): Promise<void> {
    this.#http.close();
    return Promise.resolve();
  }
}

function parseVerifyAnswer(body: unknown): boolean {
  const value = readObject(body, 'verify result').value;
  if (typeof value !== 'boolean') throw new BadParameterError("Invalid field 'value': expected true or false.");
  return value;
}

/** Opens a remote vault at `url` (https://host[:port]); nothing is sent until the first call. */
export function openRemoteVault(url: string, options: RemoteVaultOptions): RemoteVault {
  return new RemoteVault(url, options);
}
