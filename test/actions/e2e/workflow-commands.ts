/**
 * A step's stdout as the GitHub runner reads it: lines split as .NET's StreamReader splits them
 * (\n, \r\n or a lone \r), `::name props::data` workflow commands parsed and unescaped as
 * actions/runner's ActionCommand.TryParseV2 does, masks registered as its add-mask handler does,
 * and each later line masked as its SecretMasker masks: every occurrence of every mask known
 * so far, overlapping ranges merged, replaced by `***`. A mask applies to output after it only.
 *
 * Deliberately stricter than the runner in one way: the runner also masks the base64, JSON-,
 * URI- and XML-escaped forms of each mask by itself; this model does not credit those, so a
 * test fails if an encoded value reaches a line at all.
 */

export interface WorkflowCommand {
  /** The index of the stdout line that carried it. */
  readonly index: number;
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  /** The message, unescaped (%25 → %, %0D → CR, %0A → LF). */
  readonly data: string;
}

/** What the log shows for one stdout line, after masking; add-mask lines show nothing. */
export interface LogLine {
  readonly index: number;
  /** The workflow command's name, for an annotation or other command line. */
  readonly command?: string;
  readonly text: string;
}

/** A mask the runner knows, and the stdout line index that registered it. */
export interface RegisteredMask {
  readonly mask: string;
  readonly index: number;
}

/** Splits output into lines the way the runner's reader does: \r\n, \n and a lone \r end a line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses one line as a workflow command, or returns undefined for plain output. */
export function parseCommand(line: string, index: number): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!/^[a-z][a-z-]*$/.test(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { index, name, properties, data: unescapeData(text.slice(end + 2)) };
}

/**
 * The masks one add-mask command registers: the value itself and each of its lines, trimmed,
 * unless blank (actions/runner AddMaskCommandExtension; an all-blank value registers nothing).
 */
export function masksOf(data: string): string[] {
  if (data.trim() === '') return [];
  const pieces = data.split(/[\r\n]/).map((line) => line.trim()).filter((line) => line !== '');
  return [data, ...pieces.filter((piece) => piece !== data)];
}

/** Replaces every occurrence of every mask with `***`, merging overlaps, as SecretMasker does. */
export function maskText(text: string, masks: Iterable<string>): string {
  const ranges: [number, number][] = [];
  for (const mask of masks) {
    if (mask === '') continue;
    for (let at = text.indexOf(mask); at >= 0; at = text.indexOf(mask, at + 1)) ranges.push([at, at + mask.length]);
  }
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  let current: [number, number] | undefined;
  for (const range of ranges) {
    if (current !== undefined && range[0] <= current[1]) {
      current[1] = Math.max(current[1], range[1]);
      continue;
    }
    if (current !== undefined) {
      out += `${text.slice(cursor, current[0])}***`;
      cursor = current[1];
    }
    current = [range[0], range[1]];
  }
  if (current !== undefined) {
    out += `${text.slice(cursor, current[0])}***`;
    cursor = current[1];
  }
  return out + text.slice(cursor);
}

/** The commands on a list of lines, the masks they registered, and the log a reader would see. */
export interface CommandStream {
  readonly commands: readonly WorkflowCommand[];
  readonly masks: readonly RegisteredMask[];
  /** mask → index of the line that first registered it. */
  readonly maskedAt: ReadonlyMap<string, number>;
  readonly log: readonly LogLine[];
}

export function readCommandStream(lines: readonly string[]): CommandStream {
  const commands: WorkflowCommand[] = [];
  const masks: RegisteredMask[] = [];
  const maskedAt = new Map<string, number>();
  const log: LogLine[] = [];
  lines.forEach((line, index) => {
    const command = parseCommand(line, index);
    if (command !== undefined) commands.push(command);
    if (command?.name === 'add-mask') {
      for (const mask of masksOf(command.data)) {
        if (maskedAt.has(mask)) continue;
        maskedAt.set(mask, index);
        masks.push({ mask, index });
      }
      return;
    }
    const known = [...maskedAt.keys()];
    if (command === undefined) {
      log.push({ index, text: maskText(line, known) });
      return;
    }
    const props = Object.entries(command.properties).map(([k, v]) => `${k}=${v}`).join(',');
    log.push({ index, command: command.name, text: maskText(`${props} ${command.data}`, known) });
  });
  return { commands, masks, maskedAt, log };
}
