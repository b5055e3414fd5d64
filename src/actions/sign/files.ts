/**
 * Which files a step signs or verifies: each pattern of the `files` input expanded by
 * @actions/glob (the runner's own glob semantics, as in `hashFiles()`) under the workspace,
 * less the exclusions, directories and special files, the signature files themselves and the
 * manifest. A pattern that matches nothing fails the step by name: a release job whose build
 * silently produced no artifact must not pass as "signed". A match whose real path is outside
 * the workspace (a link, or a link among its folders) fails the step before anything is read:
 * a repository must not be able to have a host's files hashed, published and signed.
 */
import { statSync } from 'node:fs';
import { sep } from 'node:path';
import * as glob from '@actions/glob';
import { BadParameterError, quote } from '../../core/errors.js';
import type { FilePattern } from './patterns.js';
import { realPathInside, realWorkspace, relativeInside } from './workspace-paths.js';

/** A file to sign: where it was matched, what is read, and its name in the manifest and the summary. */
export interface WorkspaceFile {
  /** As matched, under the workspace: its signature file is written beside it. */
  readonly path: string;
  /** Where the content is read: the real path, inside the workspace (a link's target). */
  readonly realPath: string;
  /** The matched path relative to the workspace, with forward slashes on every platform. */
  readonly name: string;
}

/** @actions/glob's `create`, injected so tests can count or fake its calls. */
export type CreateGlobber = (patterns: string, options: glob.GlobOptions) => Promise<{ glob(): Promise<string[]> }>;

export interface ExpandOptions {
  readonly workspace: string;
  /** Files ending with it are signatures: never signed or verified themselves. */
  readonly suffix: string;
  /** The manifest's absolute path: it is written by the step, so it is not one of its inputs. */
  readonly manifest?: string;
  readonly create?: CreateGlobber;
  readonly platform?: NodeJS.Platform;
}

/** Bounds a step: each file is one audited key operation in the vault. */
export const MAX_FILES = 1000;

/**
 * Only files: no directories (with or without implicit descendants: `dist/*` does not reach into
 * `dist/sub/`, write `dist/**` for that), following symbolic links as the runner's glob does, so
 * that a link leading outside is seen and refused by name rather than skipped in silence.
 */
const GLOB_OPTIONS: glob.GlobOptions = { followSymbolicLinks: true, implicitDescendants: false, matchDirectories: false, omitBrokenSymbolicLinks: true };

/** Escapes a literal path for @actions/glob, as its own Pattern.globEscape does. */
export function globEscape(path: string, platform: NodeJS.Platform = process.platform): string {
  return (platform === 'win32' ? path : path.replace(/\\/g, '\\\\'))
    .replace(/(\[)(?=[^/]+\])/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]');
}

/** Orders names by UTF-16 code units: the same on every machine, whatever its locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The workspace-relative name of `path`, or undefined when it lies outside the workspace. */
export function workspaceName(workspace: string, path: string): string | undefined {
  const rel = relativeInside(workspace, path);
  if (rel === undefined || rel === '') return undefined;
  return rel.split(sep).join('/');
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The files one include pattern selects, with every exclusion applied. */
async function matchesOf(pattern: FilePattern, exclusions: readonly FilePattern[], options: ExpandOptions, root: string): Promise<WorkspaceFile[]> {
  const escaped = globEscape(options.workspace, options.platform);
  const lines = [`${escaped}/${pattern.pattern}`, ...exclusions.map((exclusion) => `!${escaped}/${exclusion.pattern}`)];
  const globber = await (options.create ?? glob.create)(lines.join('\n'), GLOB_OPTIONS);
  const files: WorkspaceFile[] = [];
  for (const path of await globber.glob()) {
    const name = workspaceName(options.workspace, path);
    if (name === undefined || name.endsWith(options.suffix) || path === options.manifest) continue;
    const subject = `The file ${quote(name)} (matched by the files pattern ${quote(pattern.pattern)}, line ${pattern.line})`;
    const realPath = await realPathInside(root, path, subject);
    if (realPath === undefined || !isRegularFile(realPath)) continue;
    files.push({ path, realPath, name });
  }
  return files;
}

/**
 * Every file the patterns select, once each, sorted by name. Throws naming a pattern that
 * selects none, or a file whose real path is outside the workspace.
 */
export async function expandFiles(patterns: readonly FilePattern[], options: ExpandOptions): Promise<WorkspaceFile[]> {
  const root = await realWorkspace(options.workspace);
  const exclusions = patterns.filter((pattern) => pattern.negate);
  const byName = new Map<string, WorkspaceFile>();
  for (const pattern of patterns.filter((p) => !p.negate)) {
    const files = await matchesOf(pattern, exclusions, options, root);
    if (files.length === 0) {
      throw new BadParameterError(`The files pattern ${quote(pattern.pattern)} (line ${pattern.line}) matched no files in the workspace; directories, ${quote(`*${options.suffix}`)} signature files and the manifest are skipped.`);
    }
    for (const file of files) byName.set(file.name, file);
  }
  if (byName.size > MAX_FILES) throw new BadParameterError(`The files patterns select ${byName.size} files: at most ${MAX_FILES} per step.`);
  return [...byName.values()].sort((a, b) => compareNames(a.name, b.name));
}
