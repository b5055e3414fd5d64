/**
 * The GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE files read back as actions/runner's
 * SetEnvFileCommand reads them on Linux: `NAME=VALUE` lines, or `NAME<<DELIMITER` followed by
 * the value's lines up to a line equal to DELIMITER (only \n ends a line, so CR stays in the
 * value; the \n before the delimiter line is not part of it). A malformed file throws, as the
 * runner fails the step.
 */

export interface FileEntry {
  readonly name: string;
  readonly value: string;
  /** The heredoc delimiter; undefined for the `NAME=VALUE` form. */
  readonly delimiter: string | undefined;
}

/** Returns the next line (without its \n) and where the one after it starts. */
function readLine(text: string, from: number): { line: string; next: number; newline: number } | undefined {
  if (from >= text.length) return undefined;
  const lf = text.indexOf('\n', from);
  if (lf < 0) return { line: text.slice(from), next: text.length, newline: 0 };
  return { line: text.slice(from, lf), next: lf + 1, newline: 1 };
}

export function parseFileCommands(text: string): FileEntry[] {
  const entries: FileEntry[] = [];
  let at = 0;
  for (let read = readLine(text, at); read !== undefined; read = readLine(text, at)) {
    at = read.next;
    const line = read.line;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      entries.push({ name: line.slice(0, equals), value: line.slice(equals + 1), delimiter: undefined });
      continue;
    }
    if (heredoc < 0) throw new Error(`Invalid file command line ${JSON.stringify(line.slice(0, 40))}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (name === '' || delimiter === '') throw new Error('Invalid file command: empty name or delimiter');
    const start = at;
    let end = at;
    for (;;) {
      const next = readLine(text, at);
      if (next === undefined) throw new Error(`Matching delimiter not found for ${JSON.stringify(name)}`);
      at = next.next;
      if (next.line === delimiter) break;
      end = at - next.newline;
    }
    entries.push({ name, value: end > start ? text.slice(start, end) : '', delimiter });
  }
  return entries;
}

/** The last value written for each name, as the runner keeps it. */
export function entryMap(entries: readonly FileEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.name, e.value]));
}

/**
 * Problems with how entries were written: a value not in heredoc form, a delimiter that is
 * guessable (short, or with too little variety to be random) or that occurs in its value, or a
 * name a runner would misread (newline, `=`, NUL).
 */
export function entryProblems(entries: readonly FileEntry[]): string[] {
  const problems: string[] = [];
  for (const { name, value, delimiter } of entries) {
    if (/[\r\n=\0]/.test(name) || name.includes('<<')) problems.push(`entry name ${JSON.stringify(name.slice(0, 40))} has a forbidden character`);
    if (delimiter === undefined) {
      problems.push(`${name} is written as NAME=VALUE, not in heredoc form`);
      continue;
    }
    if (delimiter.length < 16 || new Set(delimiter).size < 8 || !/[0-9a-fA-F]{8}/.test(delimiter)) {
      problems.push(`${name}: delimiter ${JSON.stringify(delimiter)} does not look random`);
    }
    if (value.includes(delimiter)) problems.push(`${name}: its delimiter occurs in its value`);
  }
  return problems;
}
