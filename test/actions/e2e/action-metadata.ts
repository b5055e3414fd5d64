/**
 * Reads what the runner needs from an action.yml: `runs` and each input's default. A small
 * reader for the flat shape action.yml files have (block mappings, scalar values), so that the
 * tests do not depend on a YAML package the project has not chosen.
 */
import { readFileSync } from 'node:fs';

export interface ActionInput {
  readonly description: string | undefined;
  readonly required: boolean;
  readonly default: string | undefined;
}

export interface ActionMetadata {
  readonly name: string | undefined;
  readonly inputs: ReadonlyMap<string, ActionInput>;
  readonly outputs: readonly string[];
  readonly runs: Readonly<Record<string, string>>;
  readonly branding: Readonly<Record<string, string>>;
}

/** A YAML scalar: quoted forms unquoted, a trailing ` # comment` dropped from plain ones. */
function scalar(raw: string): string {
  const text = raw.trim();
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1).replace(/''/g, "'");
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) return JSON.parse(text) as string;
  return text.replace(/\s+#.*$/, '');
}

interface Node {
  readonly key: string;
  readonly value: string;
  readonly children: Node[];
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Parses block mappings by indentation; block scalars (`|`, `>`) become their folded text. */
function parseTree(text: string): Node[] {
  const root: Node = { key: '', value: '', children: [] };
  const stack: { indent: number; node: Node }[] = [{ indent: -1, node: root }];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = /^( *)([^\s:][^:]*):(?:\s+(.*))?$/.exec(line);
    if (match === null) continue;
    const indent = (match[1] ?? '').length;
    let value = match[3] ?? '';
    if (value === '|' || value === '>' || value === '|-' || value === '>-') {
      const block: string[] = [];
      while (i + 1 < lines.length) {
        const next = lines[i + 1] ?? '';
        if (next.trim() !== '' && indentOf(next) <= indent) break;
        i += 1;
        block.push(next.trim());
      }
      value = block.join(value.startsWith('|') ? '\n' : ' ').trim();
    } else {
      value = scalar(value);
    }
    while ((stack[stack.length - 1]?.indent ?? -1) >= indent) stack.pop();
    const node: Node = { key: scalar(match[2] ?? ''), value, children: [] };
    stack[stack.length - 1]?.node.children.push(node);
    stack.push({ indent, node });
  }
  return root.children;
}

const child = (nodes: readonly Node[], key: string): Node | undefined => nodes.find((n) => n.key === key);
const flat = (node: Node | undefined): Record<string, string> => Object.fromEntries((node?.children ?? []).map((n) => [n.key, n.value]));

export function readActionMetadata(path: string): ActionMetadata {
  const tree = parseTree(readFileSync(path, 'utf8'));
  const inputs = new Map<string, ActionInput>();
  for (const input of child(tree, 'inputs')?.children ?? []) {
    const fields = flat(input);
    inputs.set(input.key, { description: fields.description, required: fields.required === 'true', default: fields.default });
  }
  return {
    name: child(tree, 'name')?.value,
    inputs,
    outputs: (child(tree, 'outputs')?.children ?? []).map((n) => n.key),
    runs: flat(child(tree, 'runs')),
    branding: flat(child(tree, 'branding')),
  };
}
