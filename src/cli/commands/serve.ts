/**
 * `coffer serve`: the Azure Key Vault–compatible HTTPS server over the data dir's vault. It
 * runs until SIGINT or SIGTERM, then drains requests being answered and closes the vault.
 */
import { BadParameterError } from '../../core/errors.js';
import type { Args } from '../args.js';
import type { Command } from '../command.js';
import type { CliIo } from '../io.js';
import { callerPrincipal } from '../../caller.js';
import { dataDirKey } from '../data-dir-key.js';
import { quotePath } from '../files.js';
import { DEFAULT_DATA_DIR, dataDirPaths } from '../../server/data-dir-paths.js';
import { serverFactories } from './serve-setup.js';

async function serve(args: Args, io: CliIo): Promise<void> {
  // The server's code (TLS, JWT, X.509) loads only for this command: other commands start faster.
  const { parseListen, startServer, authenticatorFor } = await serverFactories();
  const { host, port } = parseListen(args.string('listen') ?? '127.0.0.1:8443');
  const dir = args.string('data-dir') ?? DEFAULT_DATA_DIR;
  const paths = dataDirPaths(dir, io.cwd);
  const certFile = args.string('tls-cert');
  const keyFile = args.string('tls-key');
  if ((certFile === undefined) !== (keyFile === undefined)) throw new BadParameterError('--tls-cert and --tls-key go together: give both or neither.');
  const authenticator = authenticatorFor({
    audience: args.string('oidc-audience'), issuer: args.string('oidc-issuer'), jwks: args.string('oidc-jwks'), adminToken: io.env.COFFER_ADMIN_TOKEN,
  });
  const { key, created } = dataDirKey(args, io, paths, true);
  if (created !== undefined) io.writeErr(`coffer: created master key ${quotePath(created)} (mode 0600): keep a copy somewhere safe; without it the vault cannot be opened.\n`);
  const store = args.string('store');
  const resource = args.string('resource');
  const running = await startServer({
    dataDir: dir, masterKey: key, principal: callerPrincipal(io.env), host, port, cwd: io.cwd, authenticator,
    names: args.strings('name'), ...(store === undefined ? {} : { store }), ...(resource === undefined ? {} : { resource }),
    ...(certFile === undefined || keyFile === undefined ? {} : { tlsCertFile: certFile, tlsKeyFile: keyFile }),
    log: (line) => { io.writeErr(`${new Date().toISOString()} ${line}\n`); },
  });
  io.writeOut(`Coffer vault at ${running.url} (store ${running.dataDir.store}).\n`);
  if (running.caPath !== undefined) io.writeOut(`Its TLS certificate is signed by the CA in ${quotePath(running.caPath)}: give clients NODE_EXTRA_CA_CERTS=${quotePath(running.caPath)}.\n`);
  if ((io.env.COFFER_ADMIN_TOKEN ?? '') === '') io.writeOut('No COFFER_ADMIN_TOKEN is set: callers need a token from `coffer token create` or a GitHub OIDC token that a role assignment matches.\n');
  io.writeOut('Press Ctrl-C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.writeErr('coffer: stopping: finishing requests in progress…\n');
      void running.stop().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.writeOut('Stopped.\n');
}

export const serveCommand: Command = {
  name: 'serve',
  synopsis: 'serve [--listen HOST:PORT] [--store sqlite:PATH|file:PATH] [--data-dir DIR] [--name HOST]... [--resource URL] [--oidc-audience AUD [--oidc-issuer URL] [--oidc-jwks URL|FILE]] [--tls-cert FILE --tls-key FILE]',
  summary: 'Serve the vault over HTTPS with the Azure Key Vault REST API.',
  details: [
    '--listen HOST:PORT    where to listen (default 127.0.0.1:8443; port 0 picks a free one)',
    `--data-dir DIR        the server's state: master key, vault.db, access.json, TLS (default ${DEFAULT_DATA_DIR})`,
    '--store LOCATION      sqlite:PATH or file:PATH instead of DIR/vault.db',
    '--name HOST           another host name clients use (the certificate names it); repeatable',
    '--resource URL        the challenge resource (default https://localhost; see README)',
    '--oidc-audience AUD   accept GitHub Actions OIDC tokens with this audience',
    '--oidc-issuer URL     their issuer (default https://token.actions.githubusercontent.com)',
    '--oidc-jwks URL|FILE  the issuer keys: a URL, or a local JWKS file for air-gapped use',
    '--tls-cert/--tls-key  serve this certificate instead of the server\'s own',
    'The master key: COFFER_KEY, --key-file or COFFER_KEY_FILE, else DIR/master.key (created on first start).',
    'COFFER_ADMIN_TOKEN (32+ characters) is a bootstrap bearer token with the Administrator role.',
  ],
  options: {
    listen: { type: 'string' }, 'data-dir': { type: 'string' }, store: { type: 'string' }, name: { type: 'string', multiple: true },
    resource: { type: 'string' }, 'oidc-audience': { type: 'string' }, 'oidc-issuer': { type: 'string' }, 'oidc-jwks': { type: 'string' },
    'tls-cert': { type: 'string' }, 'tls-key': { type: 'string' },
  },
  positionals: [],
  run: serve,
};
