// Bundles each entry point with ncc into dist/<entry>/index.js. Runs on the compiled lib/
// (npm run build first), so the bundle is built by the same tsc as the type check.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';

const entries = {
  cli: 'lib/cli/main.js',
  fetch: 'lib/actions/fetch/index.js',
  run: 'lib/actions/run/index.js',
  sign: 'lib/actions/sign/index.js',
};

// Entries that run key operations: the key worker pool starts `key-worker.js` from beside the
// importing script (see keyWorkerUrl in src/core/crypto/key-executor.ts), so each of these gets
// a bundled copy of the worker in dist/<entry>/key-worker/ and that small loader.
const withKeyWorker = ['cli'];
const KEY_WORKER = 'lib/core/crypto/key-worker.js';

function ncc(entry, out) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
}

for (const [name, entry] of Object.entries(entries)) {
  const out = `dist/${name}`;
  ncc(entry, out);
  chmodSync(`${out}/index.js`, 0o755);
  if (withKeyWorker.includes(name)) {
    // The worker is bundled on its own, with its own chunks (its module numbering differs from
    // the entry's), into dist/<entry>/key-worker/; key-worker.js beside the entry loads it.
    ncc(KEY_WORKER, `${out}/key-worker`);
    writeFileSync(`${out}/key-worker.js`, "// The key worker pool's script (see keyWorkerUrl): the bundled worker is in ./key-worker/.\nimport './key-worker/index.js';\n");
  }
}
