// Bundles each entry point with ncc into dist/<entry>/index.js. Runs on the compiled lib/
// (npm run build first), so the bundle is built by the same tsc as the type check.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const entries = {
  cli: 'lib/cli/main.js',
  fetch: 'lib/actions/fetch/index.js',
  run: 'lib/actions/run/index.js',
};

for (const [name, entry] of Object.entries(entries)) {
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], { stdio: 'inherit' });
  chmodSync(`${out}/index.js`, 0o755);
}
