/**
 * ECDSA over a given digest, with @noble/curves (node:crypto cannot sign a digest with ECDSA:
 * nodejs/node#60263). The library is loaded on first use, so that processes that never touch an
 * EC key (the fetch and run actions, `coffer secret …`) do not parse it at start-up: call
 * `loadEcdsa()` before any operation that may need it; the executors do.
 */
import type { ECDSA } from '@noble/curves/abstract/weierstrass.js';
import type { CurveName } from './key-types.js';

let curves: Readonly<Record<CurveName, ECDSA>> | undefined;
let loading: Promise<void> | undefined;

export function loadEcdsa(): Promise<void> {
  loading ??= (async () => {
    // One after the other: jest's module loader fails on concurrent imports that share modules.
    const nist = await import('@noble/curves/nist.js');
    const k1 = await import('@noble/curves/secp256k1.js');
    curves = { 'P-256': nist.p256, 'P-384': nist.p384, 'P-521': nist.p521, 'P-256K': k1.secp256k1 };
  })();
  return loading;
}

/** The curve's ECDSA; loadEcdsa() must have finished. */
export function ecdsaOf(curve: CurveName): ECDSA {
  if (curves === undefined) throw new Error('ECDSA is not loaded: await loadEcdsa() before an EC operation.');
  return curves[curve];
}
