/**
 * Every string to register with the runner (`::add-mask::`) for a value. Pure: deliver.ts
 * issues them, before anything else is written.
 *
 * The runner itself masks what it is given, each of its lines, and the value's base64 (three
 * alignments), JSON-, URI- and XML-escaped forms. It does not mask hex, base64url, or base64
 * wrapped into lines (PEM and MIME wrap at 64 and 76 columns) — the encodings a script is most
 * likely to print — nor the leaves of a JSON secret once a script has picked one out. Those
 * are added here when `encodings` is on.
 *
 * Strings shorter than `minLength` are left out: a mask of "ab" turns every "ab" in the log
 * into *** and makes the log useless, while hiding little.
 */
import { jsonLeaves, parseJsonContainer } from './flatten.js';

export interface MaskOptions {
  /** Also mask hex, base64url, wrapped base64 and JSON leaves (`mask-encodings`). */
  readonly encodings: boolean;
  /** Strings shorter than this (UTF-16 code units, as the runner compares) are not masked. */
  readonly minLength: number;
}

/** Base64 wrap widths: 64 (PEM, RFC 7468) and 76 (MIME, RFC 2045). */
const WRAP_WIDTHS = [64, 76] as const;

/**
 * The value's lines (split at \n, \r\n or a lone \r, as a terminal shows them), each as it is
 * and trimmed of surrounding whitespace: a script that prints one line of a PEM or a config
 * often indents it or strips it.
 */
export function linesOf(value: string): string[] {
  if (!LINE_BREAK.test(value)) return [value, value.trim()];
  return value.split(/\r\n|\r|\n/).flatMap((line) => [line, line.trim()]);
}

const LINE_BREAK = /[\r\n]/;

function chunks(text: string, width: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += width) out.push(text.slice(at, at + width));
  return out;
}

/** The encodings of the value's UTF-8 bytes that the runner does not mask by itself. */
export function encodingsOf(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const hex = bytes.toString('hex');
  const base64 = bytes.toString('base64');
  const encodings = [hex, hex.toUpperCase(), bytes.toString('base64url')];
  for (const width of WRAP_WIDTHS) for (const line of chunks(base64, width)) encodings.push(line);
  return encodings;
}

/**
 * Every mask for one value, in a fixed order (value, lines, encodings, JSON leaves), without
 * repeats. A value too short to mask gets none at all: masking the hex of "ab" would hide the
 * four characters 6162 everywhere while the value itself still shows.
 */
export function masksFor(value: string, options: MaskOptions): string[] {
  const masks = new Set<string>();
  addMasks(masks, value, options);
  return [...masks];
}

/** Adds the masks of one value to `masks` (a Set keeps the first of any repeat, in order). */
function addMasks(masks: Set<string>, value: string, options: MaskOptions): void {
  if (tooShortToMask(value, options)) return;
  const candidates = [value, ...linesOf(value)];
  if (options.encodings) {
    candidates.push(...encodingsOf(value));
    const json = parseJsonContainer(value);
    if (json !== undefined) for (const leaf of jsonLeaves(json)) candidates.push(leaf, ...linesOf(leaf));
  }
  // Judged by the trimmed length: a mask of spaces (or of spaces around one letter) is refused by the runner or garbles the log.
  for (const candidate of candidates) if (candidate.trim().length >= options.minLength) masks.add(candidate);
}

/** The masks of several values, in order, without repeats. */
export function masksForAll(values: Iterable<string>, options: MaskOptions): string[] {
  const masks = new Set<string>();
  for (const value of values) addMasks(masks, value, options);
  return [...masks];
}

/** True when the value itself is too short to mask (and so is delivered unmasked). */
export function tooShortToMask(value: string, options: Pick<MaskOptions, 'minLength'>): boolean {
  return value.length < options.minLength;
}
