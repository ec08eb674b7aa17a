// fakecuda, the simulated device: its own checks, natively and under Quanta (which must
// change nothing), with a private shared-memory session so runs do not see each other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { runNative, runQuanta, testProgram } from './helpers/native.js';

function session(tag: string): { env: NodeJS.ProcessEnv; cleanup: () => void } {
  const name = `test-${tag}-${process.pid}`;
  return {
    env: { FAKECUDA_DEVICES: '2', FAKECUDA_MEM: '1GiB', FAKECUDA_SESSION: name },
    cleanup: () => rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${name}`, { force: true }),
  };
}

for (const [mode, run] of [['natively', runNative], ['under quanta run', (argv: string[], env: NodeJS.ProcessEnv) => runQuanta(argv, [], env)]] as const) {
  test(`fakecuda simulates a driver (${mode})`, () => {
    const s = session(mode.replace(/\W/g, ''));
    try {
      const r = run([testProgram('fakecuda_check')], s.env);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const m = /selfcheck: (\d+) checks, 0 failures/.exec(r.stdout);
      assert.ok(m && Number(m[1]) > 300, r.stdout);
    } finally {
      s.cleanup();
    }
  });
}
