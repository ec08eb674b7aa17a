// `npm test`: builds what the tests need (the TypeScript, the native parts and their
// sanitizer build), then runs every test with Node's test runner.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reapLeaks, snapshot } from './leaks.mjs';

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
const before = snapshot(root);
// Programs a test starts without a simulated GPU of its own share the suite's (not the
// user's "default" one, which a demo may be using); the suite removes it at the end.
const session = process.env.FAKECUDA_SESSION ?? `suite-${process.pid}`;
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, FAKECUDA_SESSION: session } });
process.exitCode = r.status ?? 1;
if (process.env.FAKECUDA_SESSION === undefined) rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
// Every test cleans up what it started and made, also when it fails: check the suite did.
const leaks = await reapLeaks(root, before);
if (leaks.length > 0) {
  process.stdout.write(`== the tests left ${leaks.length} thing(s) behind (now removed); the test that made each must clean it up:\n${leaks.map((l) => `  ${l}\n`).join('')}`);
  process.exitCode = 1;
} else {
  process.stdout.write('== the tests left no process, shared segment or folder behind\n');
}
