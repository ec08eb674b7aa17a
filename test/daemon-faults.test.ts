// Fault injection against the daemon as its own process: a full disk under its state
// (a real ENOSPC, from a small tmpfs in a mount namespace of the test's own) and a daemon
// killed again and again while tenants allocate. Each must end with the ledger exact, no
// tenant stalled, nothing left behind, and `quanta run` never exiting 0 for a program it
// did not run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { request } from '../src/daemon/client.js';
import type { PsResult } from '../src/daemon/protocol.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { place, waitFor } from './helpers/daemon.js';

const MiB = 2 ** 20;
const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;

test('a full disk under the state folder: the launch fails with the reason and a non-zero exit, nothing is left, the daemon goes on', { skip: !canUnshare && 'unshare -rm (a mount namespace for a small tmpfs) is not allowed here' }, (t) => {
  const p = place(t, 'quanta-enospc-');
  // All inside one mount namespace, where the state folder is a 256 KiB tmpfs: start the
  // daemon, fill the tmpfs, launch, report; then make room and launch again.
  const script = `
    set -u
    mkdir -p "$STATE" && mount -t tmpfs -o size=256k tmpfs "$STATE" || { echo "mount failed"; exit 3; }
    node "$QUANTA" daemon --simulate >"$DIR/daemon.log" 2>&1 &
    D=$!
    for i in $(seq 200); do node "$QUANTA" ps >/dev/null 2>&1 && break; sleep 0.05; done
    dd if=/dev/zero of="$STATE/filler" bs=4k >/dev/null 2>&1
    node "$QUANTA" run --simulate --gpu 0 --mem 1GiB -- touch "$DIR/ran" 2>"$DIR/run1.err"; echo "first=$?"
    echo "tmp=$(ls -A "$STATE" "$RUN/vgpus" 2>/dev/null | grep -c '\\.tmp$')"
    node "$QUANTA" ps | grep -c '^vgpu-' | sed 's/^/vgpus=/'
    kill -0 $D && echo alive=1
    rm -f "$STATE/filler"
    node "$QUANTA" run --simulate --gpu 0 --mem 1GiB -- touch "$DIR/ran2" 2>/dev/null; echo "second=$?"
    kill -TERM $D; wait $D
  `;
  const env = { ...process.env, QUANTA: QUANTA_BIN, DIR: p.dir, STATE: join(p.dir, 'state'), RUN: join(p.dir, 'run'), QUANTA_RUNTIME_DIR: join(p.dir, 'run'), QUANTA_STATE_DIR: join(p.dir, 'state'), FAKECUDA_SESSION: `enospc-${process.pid}` };
  // Inside unshare -r the simulated device sees uid 0 and names its segment for it; run as
  // another user, the segment carries 0, not that user's uid (it was left behind each run).
  t.after(() => { for (const uid of new Set([0, userInfo().uid])) rmSync(`/dev/shm/fakecuda-v1-${uid}-enospc-${process.pid}`, { force: true }); });
  const r = spawnSync('unshare', ['-rm', 'bash', '-c', script], { env, encoding: 'utf8', timeout: 120_000, cwd: PACKAGE_ROOT });
  const out = r.stdout;
  const err = existsSync(join(p.dir, 'run1.err')) ? spawnSync('cat', [join(p.dir, 'run1.err')], { encoding: 'utf8' }).stdout : '';
  assert.equal(r.status, 0, out + r.stderr);
  assert.match(out, /^first=1$/m, `quanta run must fail, not exit 0: ${err}`);
  assert.match(err, /the Quanta daemon cannot write .*ledger\.json \(ENOSPC: no space left on device.*\): free some space on that file system/);
  assert.equal(existsSync(join(p.dir, 'ran')), false, 'the program did not run');
  assert.match(out, /^tmp=0$/m, 'no temporary files left');
  assert.match(out, /^vgpus=0$/m, 'the refused vGPU was not kept');
  assert.match(out, /^alive=1$/m, 'the daemon is still running');
  assert.match(out, /^second=0$/m, 'with room again, a launch works');
  assert.ok(existsSync(join(p.dir, 'ran2')));
});

/** Starts `quanta daemon --simulate` detached; it is killed when the test ends. */
function daemon(env: NodeJS.ProcessEnv, logFile: string, all: ChildProcess[]): ChildProcess {
  const fd = openSync(logFile, 'a');
  const d = spawn(process.execPath, [QUANTA_BIN, 'daemon', '--simulate'], { env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  all.push(d);
  return d;
}

test('a daemon killed again and again while tenants allocate: no tenant stalls, and the ledger ends exact', async (t) => {
  const p = place(t, 'quanta-killloop-');
  const session = `killloop-${process.pid}`;
  const env = { ...process.env, QUANTA_RUNTIME_DIR: join(p.dir, 'run'), QUANTA_STATE_DIR: join(p.dir, 'state'), FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: session, FAKECUDA_CTX_OVERHEAD: '0' };
  const daemons: ChildProcess[] = [];
  const tenants: ChildProcess[] = [];
  t.after(() => {
    for (const c of [...tenants, ...daemons]) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
  });
  const socket = join(p.dir, 'run/daemon.sock');
  const log = process.env.QUANTA_TEST_DAEMON_LOG ?? join(p.dir, 'daemons.log'); // kept elsewhere when set
  let d = daemon(env, log, daemons);
  assert.ok(await waitFor(() => request(socket, 'status').then(() => true, () => false), 20_000), 'the first daemon starts');
  // Two tenants of one 2 GiB vGPU churn 64 MiB blocks for 8 s, then hold 3 and 5 blocks
  // for 20 s (while the ledger is checked).
  const outs = ['', ''];
  for (const [i, hold] of [[0, 3], [1, 5]] as const) {
    const c = spawn(process.execPath, [QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '2GiB', '--vgpu', 'churn', '--', testProgram('vgpu_churn'), '8', String(hold), '20'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    c.stdout!.on('data', (b: Buffer) => { outs[i] += b.toString(); });
    c.stderr!.on('data', (b: Buffer) => { outs[i] += b.toString(); });
    tenants.push(c);
  }
  // Both launches answered (each quanta run says so), and both programs joined, before the
  // first kill: a launch the kill interrupts fails, as it must (exit 69), but is not what
  // this test is about (beside another suite, one quanta run was still starting).
  assert.ok(await waitFor(() => outs.every((o) => /vGPU churn: /.test(o)), 20_000), `both launches answered: ${outs.join(' | ')}`);
  assert.ok(await waitFor(async () => (await request(socket, 'ps').then((r) => r.vgpus[0]?.pids.length ?? 0, () => 0)) >= 2, 20_000), 'both tenants joined');
  // Kill the daemon at varied moments (SIGKILL: no clean-up of any kind) while they churn.
  let kills = 0;
  const churning = () => outs.some((o) => !/holding \d+/.test(o));
  for (let k = 0; k < 8 && churning(); k++, kills++) {
    await new Promise((r) => setTimeout(r, 150 + ((k * 97) % 250)));
    const gone = new Promise((r) => (d.exitCode !== null || d.signalCode !== null ? r(null) : d.once('exit', r)));
    d.kill('SIGKILL');
    await gone;
    d = daemon(env, log, daemons);
    assert.ok(await waitFor(() => request(socket, 'status').then(() => true, () => false), 20_000), `daemon ${k + 2} starts`);
  }
  assert.ok(kills >= 3, `the daemon was killed ${kills} times while the tenants allocated`);
  assert.ok(await waitFor(() => outs.every((o) => /holding \d+/.test(o)), 30_000), `both tenants reach their hold: ${outs.join(' | ')}`);
  for (const o of outs) {
    const m = /churned (\d+) cycles in ([\d.]+) s, slowest call ([\d.]+) s, refused (\d+)/.exec(o)!;
    assert.ok(m, o);
    assert.ok(Number(m[2]) < 11, `a tenant churned for ${m[2]} s (8 s asked): it was not held up`);
    assert.ok(Number(m[3]) < 1, `no allocation waited for the daemon (slowest ${m[3]} s)`);
    assert.equal(Number(m[4]), 0, 'nothing refused: 2 x 8 blocks of 64 MiB fit in 2 GiB');
  }
  // While they hold: the ledger says exactly what they hold.
  let ps: PsResult | undefined;
  assert.ok(await waitFor(async () => {
    ps = await request(socket, 'ps').catch(() => undefined);
    return ps?.vgpus[0]?.gpus[0]?.used === 8 * 64 * MiB;
  }, 5000), `the vGPU holds ${ps?.vgpus[0]?.gpus[0]?.used} bytes, not 8 x 64 MiB: ${outs.join(" | ")}`);
  assert.deepEqual(ps!.vgpus.map((v) => v.flags), [[]], 'nothing flagged');
  const codes = await Promise.all(tenants.map((c) => new Promise<number | null>((r) => (c.exitCode !== null ? r(c.exitCode) : c.on('exit', r)))));
  assert.deepEqual(codes, [0, 0], outs.join('\n'));
  assert.ok(await waitFor(async () => (await request(socket, 'ps')).vgpus.length === 0, 5000), 'the vGPU ends with its tenants');
  assert.deepEqual(readdirSync(join(p.dir, 'run/vgpus')), [], 'its segment went too');
});
