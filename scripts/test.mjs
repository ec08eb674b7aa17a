// `npm test`: builds what the tests need (the TypeScript, the native parts and their
// sanitizer build), then runs every test with Node's test runner.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (what, cmd, args) => {
  process.stdout.write(`== ${what}\n`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
};
step('typescript', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', root]);
step('native build', 'make', ['-s', '-C', 'native', '-j2', 'all']);
step('native sanitizer build', 'make', ['-s', '-C', 'native', '-j2', 'asan']);
// The test files only: dist/test/helpers holds programs the tests start, not tests.
const files = readdirSync(join(root, 'dist/test')).filter((f) => f.endsWith('.test.js')).map((f) => join(root, 'dist/test', f));
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { cwd: root, stdio: 'inherit' });
process.exitCode = r.status ?? 1;
