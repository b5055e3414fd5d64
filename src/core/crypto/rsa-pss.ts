/**
 * EMSA-PSS (RFC 8017 §9.1) over a given digest. node:crypto signs with PSS only messages it
 * hashes itself, so the encoding is done here and OpenSSL does the raw, blinded RSA operation
 * (see key-ops.ts). Salt length = hash length, as JWS PS* and Key Vault use. Only public data
 * (the digest, the salt, the encoded message) passes through this code.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type Hash = 'sha1' | 'sha256' | 'sha384' | 'sha512';
export const HASH_BYTES: Readonly<Record<Hash, number>> = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };

/** EMSA-PSS-ENCODE (RFC 8017 §9.1.1) with MGF1 over the same hash and a salt as long as the hash. */
export function pssEncode(mHash: Uint8Array, hash: Hash, emBits: number, salt: Uint8Array): Buffer {
  const hLen = mHash.length;
  const emLen = Math.ceil(emBits / 8);
  // Step 3 (emLen >= hLen + sLen + 2) holds for every key size we accept: 256 >= 130.
  // Steps 5-6: H = Hash(0x00 x 8 || mHash || salt).
  const h = createHash(hash).update(Buffer.alloc(8)).update(mHash).update(salt).digest();
  // Steps 7-8: DB = PS (zeros) || 0x01 || salt.
  const db = Buffer.alloc(emLen - hLen - 1);
  db[db.length - salt.length - 1] = 0x01;
  db.set(salt, db.length - salt.length);
  // Steps 9-10: maskedDB = DB xor MGF1(H).
  xorInto(db, mgf1(hash, h, db.length));
  // Step 11: clear the leftmost 8emLen - emBits bits, so that EM < n.
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
  // Step 12: EM = maskedDB || H || 0xbc.
  return Buffer.concat([db, h, Buffer.of(0xbc)]);
}

/** EMSA-PSS-VERIFY (RFC 8017 §9.1.2), salt length = hash length as JWS PS* requires. */
export function pssVerify(mHash: Uint8Array, em: Uint8Array, hash: Hash, emBits: number): boolean {
  const hLen = mHash.length;
  const sLen = hLen;
  const emLen = Math.ceil(emBits / 8);
  // Steps 3-4: room for the hash and salt; the trailer byte 0xbc.
  if (em.length !== emLen || emLen < hLen + sLen + 2 || em[emLen - 1] !== 0xbc) return false;
  // Step 5: maskedDB || H.
  const db = Buffer.from(em.subarray(0, emLen - hLen - 1));
  const h = em.subarray(emLen - hLen - 1, emLen - 1);
  // Step 6: the bits step 11 of encoding cleared must be clear.
  const topMask = 0xff >> (8 * emLen - emBits);
  if (((db[0] ?? 0) & ~topMask & 0xff) !== 0) return false;
  // Steps 7-9: DB = maskedDB xor MGF1(H), leftmost bits cleared.
  xorInto(db, mgf1(hash, h, db.length));
  db[0] = (db[0] ?? 0) & topMask;
  // Step 10: DB = zeros || 0x01 || salt.
  const psLen = emLen - hLen - sLen - 2;
  if (!db.subarray(0, psLen).every((byte) => byte === 0) || db[psLen] !== 0x01) return false;
  // Steps 11-14: H' = Hash(0x00 x 8 || mHash || salt) must equal H.
  const expected = createHash(hash).update(Buffer.alloc(8)).update(mHash).update(db.subarray(db.length - sLen)).digest();
  return timingSafeEqual(expected, h);
}

/** MGF1 (RFC 8017 §B.2.1): Hash(seed || counter) block after block. */
function mgf1(hash: Hash, seed: Uint8Array, length: number): Buffer {
  const blocks: Buffer[] = [];
  const counter = Buffer.alloc(4);
  for (let i = 0; i * HASH_BYTES[hash] < length; i += 1) {
    counter.writeUInt32BE(i);
    blocks.push(createHash(hash).update(seed).update(counter).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function xorInto(target: Buffer, mask: Buffer): void {
  for (let i = 0; i < target.length; i += 1) target[i] = (target[i] ?? 0) ^ (mask[i] ?? 0);
}
