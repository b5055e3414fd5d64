// The load generator of the server bench, in its own process so that it does not share the
// server's event loop: autocannon over keep-alive TLS. Prints one JSON line of the figures.
import autocannon from 'autocannon';

const [url, token, connections, seconds, secrets] = process.argv.slice(2);
const count = Number(secrets);
// Each request asks for a random one of the vault's secrets, so a large vault is read all over.
const pathFor = () => `/secrets/secret-${String(Math.floor(Math.random() * count)).padStart(5, '0')}?api-version=7.6`;
const result = await autocannon({
  url, connections: Number(connections), duration: Number(seconds), pipelining: 1,
  headers: token === '-' ? {} : { authorization: `Bearer ${token}` },
  requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: pathFor() }) }],
});
process.stdout.write(`${JSON.stringify({
  rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
  total: result.requests.total,
})}\n`);
