// Bundles each entry point with ncc into dist/<entry>/index.js. Runs on the compiled lib/
// (npm run build first), so the bundle is built by the same tsc as the type check.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';

const entries = {
  cli: 'lib/cli/main.js',
  fetch: 'lib/actions/fetch/index.js',
  run: 'lib/actions/run/index.js',
  sign: 'lib/actions/sign/index.js',
};

// Entries that run key operations: the key worker pool starts `key-worker.js` from beside the
// importing script (see keyWorkerUrl in src/core/crypto/key-executor.ts), so each of these gets
// a bundled copy of the worker as dist/<entry>/key-worker.js.
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
    const scratch = `dist/.key-worker-${name}`;
    ncc(KEY_WORKER, scratch);
    // The worker's chunks (lazily loaded modules such as @noble/curves) are the entry's own
    // chunks, byte for byte: share them. Anything else would be lost, so refuse it.
    for (const file of readdirSync(scratch).filter((f) => f !== 'index.js' && f !== 'package.json')) {
      const shared = `${out}/${file}`;
      if (!existsSync(shared)) throw new Error(`The key worker bundle emitted ${file}, which ${out} lacks: move it beside ${out}/key-worker.js too.`);
      if (!readFileSync(shared).equals(readFileSync(`${scratch}/${file}`))) throw new Error(`The key worker's ${file} differs from ${shared}.`);
    }
    renameSync(`${scratch}/index.js`, `${out}/key-worker.js`);
    rmSync(scratch, { recursive: true, force: true });
  }
}
