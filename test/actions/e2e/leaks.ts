/**
 * Canary scanning. A planted value is looked for as itself, as each of its marked lines, and
 * (when long enough that a chance match is impossible) as hex, base64 and base64url. Findings
 * name the canary's label and the form, never the value, so a failing test prints no value.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Planted {
  readonly label: string;
  readonly value: string;
}

/** Values shorter than this are only looked for as they are: a short encoding could match by chance. */
const MIN_ENCODED = 8;
/**
 * A line is looked for on its own only if it carries a random marker (12 hex digits, as every
 * canary line does): generic lines such as `"enabled": true,` occur in the vault file itself.
 */
const DISTINCTIVE = /[0-9a-f]{12}/;

/** Every form in which `value` could leak. */
export function leakForms(value: string): { form: string; text: string }[] {
  const forms = [{ form: 'raw', text: value }];
  const lines = value.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => DISTINCTIVE.test(l) && l !== value);
  for (const line of new Set(lines)) forms.push({ form: 'line', text: line });
  if (value.length >= MIN_ENCODED) {
    const bytes = Buffer.from(value, 'utf8');
    forms.push({ form: 'hex', text: bytes.toString('hex') }, { form: 'base64', text: bytes.toString('base64') }, { form: 'base64url', text: bytes.toString('base64url') });
  }
  return forms;
}

/** Every (label, form) of `planted` found in `text`, described with `where`. */
export function findLeaks(text: string, planted: readonly Planted[], where: string): string[] {
  const found: string[] = [];
  for (const { label, value } of planted) {
    for (const { form, text: needle } of leakForms(value)) {
      if (text.includes(needle)) found.push(`${label} (${form}) in ${where}`);
    }
  }
  return found;
}

export interface FileOnDisk {
  readonly path: string;
  /** The path relative to the folder walked, for messages. */
  readonly name: string;
  readonly mode: number;
  readonly content: Buffer;
}

/** Every regular file under `root`, recursively. */
export function walkFiles(root: string): FileOnDisk[] {
  const files: FileOnDisk[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) files.push({ path, name: relative(root, path), mode: statSync(path).mode & 0o777, content: readFileSync(path) });
    }
  };
  visit(root);
  return files;
}
