/**
 * The runner's side of an action, in one import, as `@actions/core` offers it — but only what
 * the Coffer actions use. In-house because @actions/core 3.x loads its OIDC client (and with it
 * @actions/http-client and undici) on import: ~1.1 MB of bundle and ~70 ms of start-up on every
 * run, for a feature these actions do not use. Tests stub this module, not the files behind it.
 */
export { getInput, type InputOptions } from './inputs.js';
export { debug, error, info, setFailed, setSecret, setSecrets, warning } from './log.js';
export { exportVariable, exportVariables, setOutput, setOutputs } from './variables.js';
export { getState, saveState } from './state.js';
export { appendSummary } from './summary.js';
