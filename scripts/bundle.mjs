// Bundles each entry point with ncc into dist/<entry>/index.js. Runs on the compiled lib/
// (npm run build first), so the bundle is built by the same tsc as the type check.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, renameSync, rmSync } from 'node:fs';

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
    // Only index.js is moved: an asset the worker bundle needed would be lost, so refuse one.
    const extra = readdirSync(scratch).filter((file) => file !== 'index.js' && file !== 'package.json');
    if (extra.length > 0) throw new Error(`The key worker bundle emitted ${extra.join(', ')}: move it beside ${out}/key-worker.js too.`);
    renameSync(`${scratch}/index.js`, `${out}/key-worker.js`);
    rmSync(scratch, { recursive: true, force: true });
  }
}
