/**
 * Starting `coffer serve`: the data dir (vault, key, access file), the TLS certificate, the
 * authenticator and the HTTPS server, put together from one settings object. The CLI command
 * parses its flags into ServeSettings and calls startServer; tests call it directly.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { BadParameterError, quote } from '../core/errors.js';
import type { MasterKey } from '../core/crypto/master-key.js';
import type { Principal } from '../core/access/principal.js';
import { openDataDir, type DataDir } from './data-dir.js';
import { VaultServer, type Authenticator, type VaultServerOptions } from './server.js';
import { AccessFile } from './auth/access-file.js';
import { ensureServerTls, serverNames } from './tls.js';

export interface ServeSettings {
  readonly dataDir: string;
  readonly masterKey: MasterKey;
  /** Who the server acts as when it records its own events (start, stop). */
  readonly principal: Principal;
  readonly host: string;
  readonly port: number;
  /** `sqlite:PATH` or `file:PATH`; the data dir's vault.db by default. */
  readonly store?: string;
  /** More host names the certificate names and ids may be built on. */
  readonly names?: readonly string[];
  /** The challenge's resource URL (default https://localhost). */
  readonly resource?: string;
  /** A certificate and key to serve instead of the server's own. */
  readonly tlsCertFile?: string;
  readonly tlsKeyFile?: string;
  /** Builds the authenticator over the data dir and its access file (the one the server's role routes change). */
  readonly authenticator: (dataDir: DataDir, access: AccessFile) => Authenticator;
  readonly log?: (line: string) => void;
  readonly cwd?: string;
  /** See VaultServerOptions.limits (tests). */
  readonly limits?: VaultServerOptions['limits'];
}

export interface RunningServer {
  readonly url: string;
  /** Where the CA that clients should trust is, when the server issued its own certificate. */
  readonly caPath: string | undefined;
  readonly dataDir: DataDir;
  readonly server: VaultServer;
  stop(): Promise<void>;
}

/** `HOST:PORT`, `[::1]:PORT`, or a bare port; the port 0–65535 (0: any free port). */
export function parseListen(text: string): { host: string; port: number } {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text) ?? /^()()(\d{1,5})$/.exec(text);
  const port = match === null ? NaN : Number(match[3]);
  const host = match === null ? '' : (match[1] ?? match[2] ?? '') || '127.0.0.1';
  if (match === null || port > 65535 || (match[1] !== undefined && isIP(host) !== 6)) {
    throw new BadParameterError(`Invalid --listen ${quote(text)}: expected HOST:PORT, [IPv6]:PORT or PORT.`);
  }
  return { host, port };
}

export async function startServer(settings: ServeSettings): Promise<RunningServer> {
  const dataDir = await openDataDir(settings.dataDir, {
    masterKey: settings.masterKey, principal: settings.principal, create: true,
    ...(settings.store === undefined ? {} : { store: settings.store }), ...(settings.cwd === undefined ? {} : { cwd: settings.cwd }),
  });
  try {
    const extra = settings.names ?? [];
    const own = settings.tlsCertFile === undefined ? await ensureServerTls(dataDir.paths, settings.host, extra) : undefined;
    const cert = own?.cert ?? readFileSync(settings.tlsCertFile ?? '', 'utf8');
    const key = own?.key ?? readFileSync(settings.tlsKeyFile ?? '', 'utf8');
    const names = serverNames(settings.host, extra);
    const access = AccessFile.load(dataDir.paths.access, dataDir.accessMacKey);
    const server = new VaultServer({
      vault: dataDir.vault, authenticator: settings.authenticator(dataDir, access), access, cert, key, host: settings.host, port: settings.port,
      names: [...names.dns, ...names.ip], resource: settings.resource ?? 'https://localhost',
      ...(settings.log === undefined ? {} : { log: settings.log }),
      ...(settings.limits === undefined ? {} : { limits: settings.limits }),
    });
    const url = await server.listen();
    return { url, caPath: own?.caPath, dataDir, server, stop: () => server.stop() };
  } catch (error) {
    await dataDir.close();
    throw error;
  }
}
