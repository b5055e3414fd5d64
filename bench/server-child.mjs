// One side of the server bench, in its own process: `coffer` (the real server over a data dir,
// with a vault token minted for the load) or `bare` (node:https answering a fixed JSON body of
// the same size, with the same TLS certificate). Prints one JSON line {url, token?, body?} and
// serves until SIGTERM.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { principal } from '../lib/core/access/principal.js';
import { startServer } from '../lib/server/serve.js';
import { serverFactories } from '../lib/cli/commands/serve-setup.js';
import { mintToken, vaultTokenAudience } from '../lib/server/auth/vault-token.js';

const [mode, dataDir, bodyFile] = process.argv.slice(2);

if (mode === 'bare') {
  const body = readFileSync(bodyFile);
  const tls = join(dataDir, 'tls');
  const server = createServer({ cert: readFileSync(join(tls, 'server.pem')), key: readFileSync(join(tls, 'server-key.pem')), keepAliveTimeout: 5_000 }, (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => { process.stdout.write(`${JSON.stringify({ url: `https://127.0.0.1:${server.address().port}` })}\n`); });
  process.on('SIGTERM', () => { server.close(); server.closeAllConnections(); });
} else {
  const { authenticatorFor } = await serverFactories();
  const running = await startServer({
    dataDir, masterKey: MasterKey.parse(readFileSync(join(dataDir, 'master.key'), 'utf8')), principal: principal('coffer-bench'),
    host: '127.0.0.1', port: 0, authenticator: authenticatorFor({ audience: undefined, issuer: undefined, jwks: undefined, adminToken: undefined }),
  });
  const { token } = await mintToken({ principal: 'bench', role: 'Secrets User', scope: '/secrets', ttlSeconds: 3600, audience: vaultTokenAudience(running.dataDir.vault.vaultId) },
    running.dataDir.tokenKey, new Date());
  process.stdout.write(`${JSON.stringify({ url: running.url, token })}\n`);
  process.on('SIGTERM', () => { void running.stop(); });
}
