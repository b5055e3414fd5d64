/**
 * Reading a step's inputs as the runner passes them: `with: { secret-names: … }` arrives as
 * the variable `INPUT_SECRET-NAMES` (spaces become `_`, the name is upper-cased, dashes stay),
 * as actions/toolkit's packages/core `getInput` reads it. The mains hand it to src/actions/inputs.ts,
 * which alone reads inputs.
 */

export interface InputOptions {
  /** Throw when the input is empty or not set. */
  readonly required?: boolean;
}

/** The variable the runner passes input `name` in. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The input's value, trimmed of surrounding whitespace (YAML block scalars end in a newline);
 * '' when it is not set. A required input that is empty or not set throws.
 */
export function getInput(name: string, options: InputOptions = {}, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[inputVariable(name)] ?? '';
  if (options.required === true && value === '') throw new Error(`Input required and not supplied: ${name}`);
  return value.trim();
}
