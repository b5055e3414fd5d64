/**
 * What `coffer role` and `coffer token` share: the server's data dir (--data-dir, default
 * `.coffer/server`) opened with its master key (COFFER_KEY, --key-file, COFFER_KEY_FILE, else
 * the dir's own master.key), its access file, and the caller's principal for the audit record.
 * Every change is audited in the server vault's log; the vault is closed however work ends.
 */
import { callerPrincipal } from '../../caller.js';
import { inlineKeyExecutor } from '../../core/crypto/key-executor.js';
import { DEFAULT_DATA_DIR, dataDirPaths, openDataDir, type DataDir } from '../../server/data-dir.js';
import { AccessFile, type ChangeContext } from '../../server/auth/access-file.js';
import type { Args } from '../args.js';
import type { CliIo } from '../io.js';
import { dataDirKey } from '../data-dir-key.js';

export interface AccessSession {
  readonly dataDir: DataDir;
  readonly access: AccessFile;
  readonly context: ChangeContext;
}

export { DATA_DIR_DETAIL, DATA_DIR_OPTION } from './data-dir-options.js';

export async function withAccess<T>(args: Args, io: CliIo, work: (session: AccessSession) => Promise<T>): Promise<T> {
  const dir = args.string('data-dir') ?? DEFAULT_DATA_DIR;
  const { key } = dataDirKey(args, io, dataDirPaths(dir, io.cwd), false);
  const who = callerPrincipal(io.env);
  const dataDir = await openDataDir(dir, { masterKey: key, principal: who, cwd: io.cwd, keyExecutor: inlineKeyExecutor });
  try {
    const access = AccessFile.load(dataDir.paths.access, dataDir.accessMacKey, { clock: () => io.now() });
    return await work({ dataDir, access, context: { who, record: (entry) => dataDir.vault.record(entry) } });
  } finally {
    await dataDir.close();
  }
}
