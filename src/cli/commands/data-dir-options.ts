/**
 * The `--data-dir` option of `coffer role` and `coffer token`, apart from what opens the data
 * dir, so that listing the commands loads none of the server's code.
 */
import { DEFAULT_DATA_DIR } from '../../server/data-dir-paths.js';

export const DATA_DIR_OPTION = { 'data-dir': { type: 'string' } } as const;
export const DATA_DIR_DETAIL = `--data-dir DIR         the server's data dir (default ${DEFAULT_DATA_DIR})`;

/** Loads what opens the data dir (the vault, the access file), when a command runs. */
export const accessContext = (): Promise<typeof import('./access-context.js')> => import('./access-context.js');
