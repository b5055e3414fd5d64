// Stands in for the bundled CLI (dist/cli/index.js) until it exists, with the same arguments for
// the two commands the bench times:
//   cli-stand-in.mjs secret get NAME --vault PATH     prints the value
//   cli-stand-in.mjs secret set NAME --vault PATH     the value comes from stdin
// It does what `coffer` does for them — COFFER_KEY → MasterKey, openVault as user@host, one
// operation — over the compiled lib/, without the CLI's argument parsing and messages.
import { hostname, userInfo } from 'node:os';
import { text } from 'node:stream/consumers';
import { openVault } from '../lib/open-vault.js';
import { MasterKey } from '../lib/core/crypto/master-key.js';
import { principal } from '../lib/core/access/principal.js';

function parse(argv) {
  const [group, command, name, flag, vault] = argv;
  if (group !== 'secret' || (command !== 'get' && command !== 'set') || name === undefined || flag !== '--vault' || vault === undefined) {
    throw new Error('usage: cli-stand-in.mjs secret get|set NAME --vault PATH (COFFER_KEY in the environment)');
  }
  return { command, name, vault };
}

async function main() {
  const { command, name, vault: location } = parse(process.argv.slice(2));
  const masterKey = MasterKey.parse(process.env.COFFER_KEY ?? '', 'COFFER_KEY');
  const user = userInfo().username;
  const vault = openVault(location, { masterKey, principal: principal(`${user}@${hostname()}`, { user, host: hostname() }) });
  if (command === 'get') process.stdout.write((await vault.getSecret(name)).value);
  else await vault.setSecret(name, await text(process.stdin));
  await vault.close();
}

main().catch((error) => {
  process.stderr.write(`cli-stand-in: ${error?.message ?? String(error)}\n`);
  process.exitCode = 1;
});
