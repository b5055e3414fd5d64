/**
 * The shapes of vault keys and of the operations done with them, shared by the key material
 * code (key-material.ts), the operations (key-ops.ts), the executors that run them off the
 * event loop (key-executor.ts) and the Vault. Names and values follow Azure Key Vault and the
 * JOSE registries (RFC 7517/7518): `kty`, `crv`, `key_ops` as `keyOps`, algorithm names.
 */

export type KeyType = 'RSA' | 'EC' | 'oct';
export type CurveName = 'P-256' | 'P-384' | 'P-521' | 'P-256K';
export type RsaKeySize = 2048 | 3072 | 4096;
export type OctKeySize = 128 | 192 | 256;

export type KeyOperationName = 'sign' | 'verify' | 'encrypt' | 'decrypt' | 'wrapKey' | 'unwrapKey';
export const KEY_OPERATIONS: readonly KeyOperationName[] = ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];

export type SignatureAlgorithm =
  | 'RS256' | 'RS384' | 'RS512'
  | 'PS256' | 'PS384' | 'PS512'
  | 'ES256' | 'ES384' | 'ES512' | 'ES256K';
export type EncryptionAlgorithm = 'RSA-OAEP' | 'RSA-OAEP-256' | 'A128GCM' | 'A192GCM' | 'A256GCM';
export type KeyWrapAlgorithm = 'RSA-OAEP' | 'RSA-OAEP-256' | 'A128KW' | 'A192KW' | 'A256KW';

export const SIGNATURE_ALGORITHMS: readonly SignatureAlgorithm[] =
  ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'ES256K'];
export const ENCRYPTION_ALGORITHMS: readonly EncryptionAlgorithm[] = ['RSA-OAEP', 'RSA-OAEP-256', 'A128GCM', 'A192GCM', 'A256GCM'];
export const KEY_WRAP_ALGORITHMS: readonly KeyWrapAlgorithm[] = ['RSA-OAEP', 'RSA-OAEP-256', 'A128KW', 'A192KW', 'A256KW'];

/** What a new key is made of: a type and its size or curve. */
export interface KeySpec {
  readonly kty: KeyType;
  /** RSA: 2048, 3072 or 4096 bits; oct: 128, 192 or 256 bits. Absent for EC. */
  readonly size?: number;
  /** EC only. */
  readonly curve?: CurveName;
}

/**
 * A key with its private parts, as a JWK (binary fields base64url without padding). It exists
 * only inside the core: sealed at rest, in memory while an operation runs, and never in any
 * output unless the key is exportable and the caller asked to export it.
 */
export interface PrivateJwk {
  readonly kty: KeyType;
  // RSA
  readonly n?: string;
  readonly e?: string;
  readonly d?: string;
  readonly p?: string;
  readonly q?: string;
  readonly dp?: string;
  readonly dq?: string;
  readonly qi?: string;
  // EC
  readonly crv?: CurveName;
  readonly x?: string;
  readonly y?: string;
  // oct
  readonly k?: string;
}

/** The public parts of a key: RSA n and e, EC crv, x and y; nothing for oct. */
export interface PublicJwk {
  readonly kty: KeyType;
  readonly n?: string;
  readonly e?: string;
  readonly crv?: CurveName;
  readonly x?: string;
  readonly y?: string;
}

/** A request to use a key. Binary fields are raw bytes; the caller has checked key_ops and dates. */
export type KeyRequest =
  | { readonly op: 'sign'; readonly algorithm: SignatureAlgorithm; readonly digest: Uint8Array }
  | { readonly op: 'verify'; readonly algorithm: SignatureAlgorithm; readonly digest: Uint8Array; readonly signature: Uint8Array }
  /** AES-GCM: the vault always picks the iv itself (random, 96 bits): a caller-chosen iv could repeat one and expose the key stream. */
  | { readonly op: 'encrypt'; readonly algorithm: EncryptionAlgorithm; readonly plaintext: Uint8Array; readonly aad?: Uint8Array | undefined }
  | { readonly op: 'decrypt'; readonly algorithm: EncryptionAlgorithm; readonly ciphertext: Uint8Array; readonly iv?: Uint8Array | undefined; readonly aad?: Uint8Array | undefined; readonly tag?: Uint8Array | undefined }
  | { readonly op: 'wrapKey'; readonly algorithm: KeyWrapAlgorithm; readonly key: Uint8Array }
  | { readonly op: 'unwrapKey'; readonly algorithm: KeyWrapAlgorithm; readonly wrapped: Uint8Array };

/** What an operation returns. `encrypt` with AES-GCM also returns the iv it chose and the tag. */
export type KeyResult =
  | { readonly op: 'sign'; readonly signature: Uint8Array }
  | { readonly op: 'verify'; readonly valid: boolean }
  | { readonly op: 'encrypt'; readonly ciphertext: Uint8Array; readonly iv?: Uint8Array; readonly tag?: Uint8Array }
  | { readonly op: 'decrypt'; readonly plaintext: Uint8Array }
  | { readonly op: 'wrapKey'; readonly wrapped: Uint8Array }
  | { readonly op: 'unwrapKey'; readonly key: Uint8Array };

/**
 * A key as an executor receives it: an id that changes whenever the material could (the
 * version plus a digest of its sealed form), so that executors may cache parsed keys by it.
 */
export interface KeyHandle {
  readonly id: string;
  readonly jwk: PrivateJwk;
}

/** Runs key operations; the pool runs them on worker threads, off the event loop. */
export interface KeyExecutor {
  run(key: KeyHandle, request: KeyRequest): Promise<KeyResult>;
  close(): Promise<void>;
}
