/**
 * A simulated GitHub runner for the bundled actions (dist/<action>/index.js; `npm run bundle`
 * first). Each step runs the bundle as the runner does: `node` with an environment built from
 * nothing but PATH and HOME, the GITHUB_* context, RUNNER_TEMP, INPUT_<NAME> for every input
 * given or defaulted in the action.yml, fresh file-command files per step, and the workspace as
 * the working folder. A post step is the same bundle again with STATE_<name> from what the
 * main step wrote to GITHUB_STATE. Every file and output stays readable for the assertions.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readActionMetadata, type ActionMetadata } from './action-metadata.js';
import { entryMap, parseFileCommands, type FileEntry } from './file-commands.js';
import { readCommandStream, splitLines, type CommandStream } from './workflow-commands.js';

export const ACTIONS = {
  fetch: { bundle: resolve('dist/fetch/index.js'), metadata: resolve('action.yml') },
  run: { bundle: resolve('dist/run/index.js'), metadata: resolve('actions/run/action.yml') },
  sign: { bundle: resolve('dist/sign/index.js'), metadata: resolve('actions/sign/action.yml') },
  certificate: { bundle: resolve('dist/certificate/index.js'), metadata: resolve('actions/certificate/action.yml') },
} as const;
export type ActionName = keyof typeof ACTIONS;

export type Inputs = Readonly<Record<string, string>>;

/** The GitHub context of every simulated run; tests compare summaries and audit claims to it. */
export const CONTEXT = {
  GITHUB_REPOSITORY: 'octo-org/octo-app',
  GITHUB_REPOSITORY_ID: '700123456',
  GITHUB_REPOSITORY_OWNER: 'octo-org',
  GITHUB_REPOSITORY_OWNER_ID: '9919',
  GITHUB_ACTOR: 'mona-e2e',
  GITHUB_ACTOR_ID: '583231',
  GITHUB_TRIGGERING_ACTOR: 'mona-e2e',
  GITHUB_WORKFLOW: 'Deploy e2e',
  GITHUB_WORKFLOW_REF: 'octo-org/octo-app/.github/workflows/deploy.yml@refs/heads/main',
  GITHUB_RUN_ID: '8812345678',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_JOB: 'deploy',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF_TYPE: 'branch',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
  GITHUB_RETENTION_DAYS: '90',
  GITHUB_ACTIONS: 'true',
  CI: 'true',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'GitHub Actions 7',
  RUNNER_ENVIRONMENT: 'github-hosted',
} as const;

/** The run's page, as a summary should link it. */
export const RUN_URL = `${CONTEXT.GITHUB_SERVER_URL}/${CONTEXT.GITHUB_REPOSITORY}/actions/runs/${CONTEXT.GITHUB_RUN_ID}`;

export interface StepFiles {
  readonly env: string;
  readonly output: string;
  readonly state: string;
  readonly summary: string;
  readonly path: string;
}

export interface StepResult extends CommandStream {
  readonly action: ActionName;
  readonly post: boolean;
  readonly inputs: Inputs;
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly ms: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: readonly string[];
  readonly files: StepFiles;
  readonly envEntries: readonly FileEntry[];
  readonly outputEntries: readonly FileEntry[];
  readonly stateEntries: readonly FileEntry[];
  readonly env: ReadonlyMap<string, string>;
  readonly outputs: ReadonlyMap<string, string>;
  readonly state: ReadonlyMap<string, string>;
  readonly summary: string;
  readonly pathFile: string;
  /** Inputs given that the action.yml does not declare (the runner warns and passes them). */
  readonly unexpectedInputs: readonly string[];
  /** Annotations (`::warning::`, `::error::`, `::notice::`) as the log shows them, masked. */
  readonly annotations: readonly { readonly level: string; readonly text: string }[];
}

export interface StepOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

const STEP_TIMEOUT_MS = 20_000;

export class SimulatedRunner {
  readonly root: string;
  readonly workspace: string;
  readonly temp: string;
  readonly home: string;
  readonly commandDir: string;
  readonly steps: StepResult[] = [];
  readonly #metadata = new Map<ActionName, ActionMetadata>();

  constructor(label = 'e2e') {
    for (const { bundle } of Object.values(ACTIONS)) {
      if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run 'npm run bundle' first.`);
    }
    this.root = mkdtempSync(join(tmpdir(), `coffer-${label}-`));
    this.workspace = join(this.root, 'workspace');
    this.temp = join(this.root, 'runner-temp');
    this.home = join(this.root, 'home');
    this.commandDir = join(this.root, '_runner_file_commands');
    for (const dir of [this.workspace, this.temp, this.home, this.commandDir]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(this.root, 'event.json'), JSON.stringify({ ref: CONTEXT.GITHUB_REF, repository: { full_name: CONTEXT.GITHUB_REPOSITORY } }));
  }

  metadata(action: ActionName): ActionMetadata {
    let metadata = this.#metadata.get(action);
    if (metadata === undefined) {
      metadata = readActionMetadata(ACTIONS[action].metadata);
      this.#metadata.set(action, metadata);
    }
    return metadata;
  }

  /** The INPUT_* variables the runner sets: given values, else the action.yml defaults. */
  #inputEnv(action: ActionName, inputs: Inputs): { env: Record<string, string>; unexpected: string[] } {
    const declared = this.metadata(action).inputs;
    const env: Record<string, string> = {};
    const key = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    for (const [name, input] of declared) if (input.default !== undefined && !input.default.includes('${{')) env[key(name)] = input.default;
    for (const [name, value] of Object.entries(inputs)) env[key(name)] = value;
    return { env, unexpected: Object.keys(inputs).filter((name) => !declared.has(name)) };
  }

  #newFiles(): StepFiles {
    const id = randomUUID();
    const file = (prefix: string): string => {
      const path = join(this.commandDir, `${prefix}${id}`);
      writeFileSync(path, '');
      return path;
    };
    return { env: file('set_env_'), output: file('set_output_'), state: file('save_state_'), summary: file('step_summary_'), path: file('add_path_') };
  }

  /** Runs the action's main step. */
  step(action: ActionName, inputs: Inputs, options: StepOptions = {}): StepResult {
    return this.#run(action, inputs, false, {}, options);
  }

  /** Runs the post step of `main`: the same bundle and inputs, with the state it saved. */
  post(main: StepResult, options: StepOptions = {}): StepResult {
    const state: Record<string, string> = {};
    for (const [name, value] of main.state) state[`STATE_${name}`] = value;
    return this.#run(main.action, main.inputs, true, state, options);
  }

  /**
   * SimulatedRunner.step without blocking the event loop, for a bundle that talks to a server
   * living in this test's own process (spawnSync would freeze that server while the step runs).
   */
  async stepAsync(action: ActionName, inputs: Inputs, options: StepOptions = {}): Promise<StepResult> {
    const prepared = this.#prepare(action, inputs, {}, options);
    const started = performance.now();
    const child = await spawnBundle(ACTIONS[action].bundle, this.workspace, prepared.env, options.timeoutMs ?? STEP_TIMEOUT_MS);
    return this.#collect(prepared, child, performance.now() - started, action, inputs, false);
  }

  #run(action: ActionName, inputs: Inputs, post: boolean, state: Record<string, string>, options: StepOptions): StepResult {
    const prepared = this.#prepare(action, inputs, state, options);
    const started = performance.now();
    const child = spawnSync(process.execPath, [ACTIONS[action].bundle], {
      cwd: this.workspace, env: prepared.env, input: '', encoding: 'utf8', maxBuffer: 64 << 20,
      timeout: options.timeoutMs ?? STEP_TIMEOUT_MS, killSignal: 'SIGKILL',
    });
    return this.#collect(prepared, child, performance.now() - started, action, inputs, post);
  }

  /** The step's fresh file-command files and its environment, as the runner makes them. */
  #prepare(action: ActionName, inputs: Inputs, state: Record<string, string>, options: StepOptions): PreparedStep {
    const files = this.#newFiles();
    const { env: inputEnv, unexpected } = this.#inputEnv(action, inputs);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: this.home,
      ...CONTEXT,
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_EVENT_PATH: join(this.root, 'event.json'),
      GITHUB_ACTION: `__coffer_${action}`,
      RUNNER_TEMP: this.temp,
      GITHUB_ENV: files.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_PATH: files.path,
      ...inputEnv,
      ...state,
      ...options.env,
    };
    return { files, env, unexpected };
  }

  /** What the step left: its output, parsed, and the files it wrote. */
  #collect(prepared: PreparedStep, child: ChildOutcome, ms: number, action: ActionName, inputs: Inputs, post: boolean): StepResult {
    const { files, unexpected } = prepared;
    const lines = splitLines(child.stdout);
    const stream = readCommandStream(lines);
    const read = (path: string): string => readFileSync(path, 'utf8');
    const envEntries = parseFileCommands(read(files.env));
    const outputEntries = parseFileCommands(read(files.output));
    const stateEntries = parseFileCommands(read(files.state));
    const levels = new Set(['warning', 'error', 'notice']);
    const result: StepResult = {
      ...stream, action, post, inputs, status: child.status, signal: child.signal, ms,
      stdout: child.stdout, stderr: child.stderr, lines, files,
      envEntries, outputEntries, stateEntries,
      env: entryMap(envEntries), outputs: entryMap(outputEntries), state: entryMap(stateEntries),
      summary: read(files.summary), pathFile: read(files.path), unexpectedInputs: unexpected,
      annotations: stream.log.filter((l) => l.command !== undefined && levels.has(l.command)).map((l) => ({ level: l.command ?? '', text: l.text })),
    };
    this.steps.push(result);
    return result;
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

interface PreparedStep {
  readonly files: StepFiles;
  readonly env: Record<string, string>;
  readonly unexpected: string[];
}

interface ChildOutcome {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a bundle to its end with spawn (not spawnSync), killed after `timeoutMs`. */
function spawnBundle(bundle: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** A short description of a step for failure messages: status and annotations, already masked. */
export function describeStep(step: StepResult): string {
  const notes = step.annotations.map((a) => `${a.level}: ${a.text}`).join(' | ');
  return `exit ${String(step.status)}${step.signal === null ? '' : ` (${step.signal})`}; ${notes === '' ? 'no annotations' : notes}`;
}
