// Runs after `npm install` (the "prepare" script): builds the web interface into web/dist.
// Skipped with a note when the build tools are not installed (npm install --omit=dev).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

try {
  createRequire(import.meta.url).resolve('vite');
} catch {
  process.stdout.write('jaavi: vite is not installed (dev dependencies omitted): web/dist was not rebuilt\n');
  process.exit(0);
}
const result = spawnSync('npm', ['run', '-s', 'build:web'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
