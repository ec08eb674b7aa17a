// API forwarding on the simulated device (issue 12, docs/design/forwarding.md): a program
// whose libcuda.so.1 is Quanta's client library runs its CUDA calls in an executor that
// holds fakecuda, over a Unix socket and over loopback TCP, without loading any driver
// itself; and the failures a production pool meets: a wrong token, an executor that dies,
// a client that dies, malformed frames, and the memory quota of a forwarded session.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { track as trackChild, type Proc } from './helpers/processes.js';
import { fakecudaSession, scratchDir } from './helpers/scratch.js';
import { NATIVE_BUILD, PACKAGE_ROOT, forwardPaths, nativePaths } from '../src/paths.js';
import { request } from '../src/daemon/client.js';
import { FWD, FWD_HELLO_LAYOUT, FwdHelloView } from '../src/gen/layout.js';

const dir = scratchDir('quanta-forward-');
const session = fakecudaSession(`forward-${process.pid}`);
const TOKEN = 'forward-test-token';
const started = new Set<ChildProcess>();
let serial = 0;

after(async () => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  const status = await request(join(dir, 'run/daemon.sock'), 'status').catch(() => undefined);
  if (status) process.kill(Number(status.pid), 'SIGTERM');
});

const track = (child: ChildProcess): Proc => trackChild(started, child);

type Transport = 'unix' | 'tcp' | 'shm';
const TRANSPORT_NAME: Record<Transport, string> = { unix: 'a Unix socket', tcp: 'loopback TCP', shm: 'shared memory' };

/** An executor on fakecuda, listening on a fresh address of `transport` (shm: a Unix
 * socket whose clients ask for shared-memory rings); resolves once it listens, with the
 * address a client is given. `sanitized`: the AddressSanitizer and UBSan build, which
 * exits 99 on an error. */
async function startExecutor(transport: Transport, wrap: string[] = [], sanitized = false, extraEnv: NodeJS.ProcessEnv = {}): Promise<Proc & { address: string }> {
  const asked = transport === 'tcp' ? 'tcp:127.0.0.1:0' : `unix:${join(dir, `exec-${serial++}.sock`)}`;
  const executor = sanitized ? join(NATIVE_BUILD, 'asan/quanta-executor') : forwardPaths().executor;
  const { fakecudaDir } = nativePaths(sanitized);
  const env = { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1:exitcode=99', LD_LIBRARY_PATH: fakecudaDir, FAKECUDA_SESSION: session, FAKECUDA_MEM: '16GiB', QUANTA_REMOTE_TOKEN: TOKEN,
    QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state'), ...extraEnv };
  const argv = [...wrap, executor, '--listen', asked];
  const p = track(spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  for (let i = 0; i < 400 && !p.out().includes('listening on'); i++) await new Promise((r) => setTimeout(r, 25));
  const listening = /listening on (\S+)/.exec(p.out())?.[1];
  assert.ok(listening, p.out());
  return { ...p, address: transport === 'shm' ? listening.replace(/^unix:/, 'shm:') : listening };
}

/** A program as a GPU-less client: its libcuda.so.1 is the forwarding client, nothing else. */
function startClient(argv: string[], address: string, token = TOKEN, extra: NodeJS.ProcessEnv = {}): Proc {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LD_LIBRARY_PATH: forwardPaths().clientDir, QUANTA_REMOTE: address, QUANTA_REMOTE_TOKEN: token, ...extra };
  return track(spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

for (const transport of ['unix', 'tcp', 'shm'] as const) {
  test(`a program runs through an executor over ${TRANSPORT_NAME[transport]}, with right results, and maps no driver`, async () => {
    const ex = await startExecutor(transport);
    const client = startClient([testProgram('fwd_compute')], ex.address);
    const r = await client.exited;
    assert.equal(r.code, 0, client.out());
    assert.match(client.out(), /^PASSED$/m);
    assert.match(client.out(), /^fakecuda mapped: no$/m, 'the client process loaded no driver library');
    assert.match(client.out(), /^ok a \+ b right in every element \(0 wrong\)$/m);
    assert.match(client.out(), /^ok an invalid launch: 0 at once, 1 at the next sync$/m, 'a launch is sent without waiting; its error comes at the next sync');
    assert.match(client.out(), /^ok 300 invalid launches: 0 failed at once, then 1 and 0 at two syncs$/m, 'errors of launches sent as fences come at the next sync, once');
    assert.match(client.out(), /^ok kernel and function names \(quanta_add_f32, quanta_fill_u32\), the same pointer each time$/m, 'strings the driver owns');
    assert.match(client.out(), /cuMemAllocManaged is not forwarded: it returns CUDA_ERROR_NOT_SUPPORTED/, 'a call not forwarded says so');
    const e = await ex.exited;
    assert.equal(e.code, 0, `the executor ends with its session: ${ex.out()}`);
  });
}

test('cudart\'s private driver tables are answered by the client: registered fat binaries load and run on the executor, per-context storage, the integrity check; page-locked host memory; what is not implemented fails loudly', async () => {
  const ex = await startExecutor('unix');
  const client = startClient([testProgram('fwd_export')], ex.address);
  const r = await client.exited;
  assert.equal(r.code, 0, client.out());
  assert.match(client.out(), /^PASSED$/m);
  assert.match(client.out(), /^ok its kernel runs$/m);
  assert.match(client.out(), /export table 01234567-89ab-cdef-0123-456789abcdef is not forwarded: it returns CUDA_ERROR_NOT_SUPPORTED/);
  assert.match(client.out(), /export table cudart interface entry 3 is not forwarded: it returns CUDA_ERROR_NOT_SUPPORTED/);
  assert.match(client.out(), /cuMemHostAlloc with CU_MEMHOSTALLOC_DEVICEMAP: host memory the device reads directly is not forwarded/);
  assert.equal((await ex.exited).code, 0, ex.out());
});

test('the integrity check\'s hash is MD2 as RFC 1319 defines it, keyed as RFC 2104 says', async () => {
  const p = track(spawn(testProgram('md2_vectors'), [], { stdio: ['ignore', 'pipe', 'pipe'] }));
  const r = await p.exited;
  assert.equal(r.code, 0, p.out());
  assert.equal((p.out().match(/^ok /gm) ?? []).length, 8, p.out());
});

test('SHA-256 (for naming module images) gives FIPS 180-4\'s digests, whole and fed in pieces', async () => {
  const p = track(spawn(testProgram('sha256_vectors'), [], { stdio: ['ignore', 'pipe', 'pipe'] }));
  const r = await p.exited;
  assert.equal(r.code, 0, p.out());
  assert.equal((p.out().match(/^ok SHA-256/gm) ?? []).length, 8, p.out());
  assert.match(p.out(), /^ok SHA-256\(a million a\) = cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0$/m);
});

test('a session with the wrong token is refused: the program\'s cuInit fails and both sides say why', async () => {
  const ex = await startExecutor('unix');
  const client = startClient([testProgram('fwd_compute')], ex.address, 'not-the-token');
  const r = await client.exited;
  assert.notEqual(r.code, 0);
  assert.match(client.out(), /refused the session: wrong token/);
  assert.match(client.out(), /^cuInit: 100$/m, 'CUDA_ERROR_NO_DEVICE');
  assert.match(ex.out(), /refused a session: wrong token/);
  assert.equal((await ex.exited).code, 1);
});

test('QUANTA_EXECUTOR_TRACE=1 logs each call with its result; an executor that crashes names the call it was in', async () => {
  const ex = await startExecutor('shm', [], false, { QUANTA_EXECUTOR_TRACE: '1' });
  const client = startClient([testProgram('fwd_compute')], ex.address, TOKEN, { QUANTA_REMOTE_STATS: '1' });
  assert.equal((await client.exited).code, 0, client.out());
  await ex.exited;
  assert.match(ex.out(), /thread \d+: cuMemAlloc_v2 \(\d+ bytes\) -> 0$/m);
  assert.match(ex.out(), /thread \d+: cuLaunchKernel \(\d+ bytes, async\) -> 0$/m, 'launches go without a reply');
  assert.match(ex.out(), /thread \d+: cuMemcpyHtoD_v2 \(\d+ bytes, async\) -> 1$/m, 'the 20 MiB copy into 4 MiB: its first chunk fails');
  // The program asked for the number of SMs 100 times: the client kept the answer.
  assert.match(client.out(), /^ok the same device attribute 100 times/m);
  assert.equal((ex.out().match(/: cuDeviceGetAttribute \(/g) ?? []).length, 1, 'one cuDeviceGetAttribute reached the executor');
  // QUANTA_REMOTE_STATS=1: the client counts its round trips (each a reply line in the trace).
  const stats = /stats: (\d+) round trips, (\d+) calls sent without waiting, (\d+) answered here/.exec(client.out());
  assert.ok(stats, client.out());
  const replies = ex.out().split('\n').filter((l) => /: cu\w+ \(\d+ bytes\) -> /.test(l)).length;
  assert.equal(Number(stats[1]), replies, 'one round trip per call the executor answered');
  assert.ok(Number(stats[3]) >= 99, `kept answers: ${stats[3]}`);
  assert.equal((ex.out().match(/: cuFuncGetAttribute \(/g) ?? []).length, 2, 'the function attribute asked again after it was set');
  // No core file: the signal's default action would write one into the working directory.
  const idle = await startExecutor('unix', ['sh', '-c', 'ulimit -c 0; exec "$0" "$@"']);
  idle.child.kill('SIGSEGV');
  const r = await idle.exited;
  assert.equal(r.signal, 'SIGSEGV', 'the process still ends by its signal');
  assert.match(idle.out(), /crashed \(signal 11\) in no call: the session ends/);
});

test('the module cache: over TCP an image crosses once per host, later sessions name it by its hash; bytes are stored only under their own hash; a bound evicts the least recently used', async () => {
  const cache = join(dir, 'module-cache');
  const env = { QUANTA_EXECUTOR_MODULE_CACHE: cache, QUANTA_EXECUTOR_TRACE: '1' };
  /** One session of fwd_modules through an executor on `transport`; its executor's log. */
  const session = async (transport: Transport, salt = 'A', extra: NodeJS.ProcessEnv = {}): Promise<string> => {
    const ex = await startExecutor(transport, [], true, { ...env, ...extra });
    const client = startClient([testProgram('fwd_modules'), salt], ex.address);
    const r = await client.exited;
    assert.equal(r.code, 0, client.out() + ex.out());
    assert.match(client.out(), /^PASSED$/m);
    assert.equal((await ex.exited).code, 0, ex.out());
    return ex.out();
  };
  const frames = (log: string, call: string): Array<[number, number]> => [...log.matchAll(new RegExp(`: ${call} \\((\\d+) bytes\\) -> (\\d+)$`, 'gm'))].map((m) => [Number(m[1]), Number(m[2])]);
  const stored = () => readdirSync(cache).filter((f) => /^[0-9a-f]{64}$/.test(f));

  let log = await session('tcp');
  const needed = FWD.RESULT_IMAGE_NEEDED as number;
  const load = frames(log, 'cuModuleLoadData');
  assert.equal(load.length, 2, log);
  assert.ok(load[0]![0] < 1024 && load[0]![1] === needed, `the image named first, and asked for: ${JSON.stringify(load)}`);
  assert.ok(load[1]![0] > 200 << 10 && load[1]![1] === 0, `then sent with its bytes: ${JSON.stringify(load)}`);
  const lib = frames(log, 'cuLibraryLoadData');
  assert.ok(lib.length === 1 && lib[0]![0] < 1024 && lib[0]![1] === 0, `the same image again, named only: ${JSON.stringify(lib)}`);
  assert.match(log, /module cache: 1 hits \(\d+ bytes not sent\), 1 images stored/);
  assert.equal(stored().length, 1);
  assert.equal(statSync(cache).mode & 0o777, 0o700, 'the folder is closed to others');
  assert.equal(statSync(join(cache, stored()[0]!)).mode & 0o777, 0o600);

  log = await session('tcp');
  assert.ok(frames(log, 'cuModuleLoadData').every(([n, rc]) => n < 1024 && rc === 0), 'a second session sends no image bytes');
  assert.match(log, /module cache: 2 hits \(\d+ bytes not sent\), 0 images stored/);

  // Over a Unix socket (this host) sending costs less than hashing: inline, as before.
  log = await session('unix');
  assert.ok(frames(log, 'cuModuleLoadData').every(([n]) => n > 200 << 10), log);
  assert.doesNotMatch(log, /module cache:/);

  // A hostile client names an image, then sends other bytes of that length: they run (as
  // any image it sends) but are stored under no name.
  const named = Buffer.alloc(80 << 10, 7);
  const other = Buffer.alloc(80 << 10, 9);
  const call = (image: Buffer, how: number) => {
    const head = Buffer.alloc(4 + 1 + 1 + 8);
    head.writeUInt32LE(callIndex('cuModuleLoadData'), 0);
    head.writeUInt8(1, 4); // want the module
    head.writeUInt8(how, 5);
    head.writeBigUInt64LE(BigInt(image.length), 6);
    return frame(FWD.KIND_CALL as number, Buffer.concat([head, how === FWD.IMAGE_NAMED ? createHash('sha256').update(image).digest() : image]));
  };
  const before = stored().length;
  const r = await sendRaw([hello(), call(named, FWD.IMAGE_NAMED as number), call(other, FWD.IMAGE_INLINE as number)], true, 'tcp', env);
  assert.match(r.log, new RegExp(`cuModuleLoadData \\(\\d+ bytes\\) -> ${needed}$`, 'm'), r.log);
  assert.equal(stored().length, before, 'nothing stored');

  // A bound of 300 kB holds one 200 KiB image: the one used last stays.
  const bound = { QUANTA_EXECUTOR_MODULE_CACHE_BYTES: '300000' };
  await session('tcp', 'B', bound);
  assert.match(await session('tcp', 'C', bound), /1 images stored/);
  assert.equal(stored().length, 1, 'the older images evicted');
  assert.match(await session('tcp', 'C', bound), /module cache: 2 hits \(\d+ bytes not sent\), 0 images stored/);

  // A folder others may write to is not used: images go inline.
  const open = join(dir, 'open-cache');
  mkdirSync(open, { mode: 0o777 });
  chmodSync(open, 0o777);
  log = await session('tcp', 'A', { QUANTA_EXECUTOR_MODULE_CACHE: open });
  assert.match(log, /module cache off: .* must be a folder of this user's, closed to others/);
  assert.ok(frames(log, 'cuModuleLoadData').every(([n]) => n > 200 << 10), log);
});

test('QUANTA_EXECUTOR_PIN_RINGS=1: page-locked rings, and copies stay right (an async copy\'s bytes are taken at the call)', async () => {
  const ex = await startExecutor('shm', [], true, { QUANTA_EXECUTOR_PIN_RINGS: '1' });
  const client = startClient([testProgram('fwd_compute')], ex.address);
  const r = await client.exited;
  assert.equal(r.code, 0, client.out());
  assert.match(client.out(), /^ok a 20 MiB copy in and out, unchanged$/m);
  assert.match(client.out(), /^ok the bytes copied are those at the call, not those written after it \(0 wrong\)$/m);
  assert.equal((await ex.exited).code, 0, ex.out());
  assert.match(ex.out(), /the shared memory is page-locked for the driver's copies/);
});

test('no executor: the program\'s cuInit fails with a message naming the address', async () => {
  const address = `unix:${join(dir, 'nobody.sock')}`;
  const client = startClient([testProgram('fwd_compute')], address);
  const r = await client.exited;
  assert.notEqual(r.code, 0);
  assert.match(client.out(), new RegExp(`cannot reach the executor at ${address}`));
});

for (const transport of ['tcp', 'shm'] as const) {
  test(`an executor that dies gives its program CUDA errors, not a hang (${TRANSPORT_NAME[transport]})`, async () => {
    const ex = await startExecutor(transport);
    const client = startClient([testProgram('gpu_time'), '2000', '20', 'T', '0', '0', '4'], ex.address);
    await new Promise((r) => setTimeout(r, 1500));
    ex.child.kill('SIGKILL');
    const t0 = Date.now();
    const r = await client.exited;
    assert.ok(Date.now() - t0 < 5000, 'the program ended soon after');
    assert.equal(r.code, 1, client.out());
    assert.match(client.out(), /lost the executor .*CUDA_ERROR_DEVICE_UNAVAILABLE/);
    assert.match(client.out(), /T: (launch|synchronize) failed/);
  });
}

for (const transport of ['unix', 'shm', 'tcp'] as const) {
  test(`a program that dies ends its session: the executor exits (and the driver frees its memory with the process) (${TRANSPORT_NAME[transport]})`, async () => {
    const ex = await startExecutor(transport);
    // It launches 2 ms kernels without ever waiting: its launches not yet run must not
    // keep the session (TCP tells of a close only after the data before it).
    const client = startClient([testProgram('gpu_time'), '2000', '20', 'T', '0'], ex.address);
    await new Promise((r) => setTimeout(r, 1500));
    client.child.kill('SIGKILL');
    const t0 = Date.now();
    const e = await ex.exited;
    assert.ok(Date.now() - t0 < 2000, `the executor ended ${Date.now() - t0} ms after its client`);
    assert.equal(e.code, 0, ex.out());
  });
}

/** A raw connection to an executor: sends `frames`, resolves with the executor's exit. */
async function sendRaw(frames: Buffer[], sanitized = false, transport: 'unix' | 'tcp' = 'unix', env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; signal: string | null; log: string }> {
  const ex = await startExecutor(transport, [], sanitized, env);
  const tcp = /^tcp:(.*):(\d+)$/.exec(ex.address);
  const sock = tcp ? createConnection(Number(tcp[2]), tcp[1]) : createConnection(ex.address.slice(5));
  sock.on('error', () => {});
  await new Promise((r) => sock.once('connect', r));
  for (const f of frames) sock.write(f);
  const timer = setTimeout(() => sock.destroy(), 3000); // an executor still waiting for more: end the connection
  const e = await ex.exited;
  clearTimeout(timer);
  sock.destroy();
  return { ...e, log: ex.out() };
}

function frame(kind: number, payload: Buffer, flags = 0, thread = 1): Buffer {
  const h = Buffer.alloc(16);
  h.writeUInt32LE(payload.length, 0);
  h.writeUInt32LE(kind, 4);
  h.writeUInt32LE(flags, 8);
  h.writeUInt32LE(thread, 12);
  return Buffer.concat([h, payload]);
}

function hello(token = TOKEN, transport = FWD.TRANSPORT_SOCKET as number): Buffer {
  const h = new FwdHelloView(Buffer.alloc(FWD_HELLO_LAYOUT.size));
  h.magic = FWD.MAGIC as number;
  h.version = FWD.VERSION as number;
  h.pid = process.pid;
  h.transport = transport;
  h.buf.write(token, FWD_HELLO_LAYOUT.fields.token.offset);
  h.gpu = -1;
  return frame(FWD.KIND_HELLO as number, h.buf);
}

test('malformed frames end only that session, with a log line; the executor never crashes on them', async () => {
  // A length past the cap, before anything is read into memory.
  const huge = Buffer.alloc(16);
  huge.writeUInt32LE(0xffffffff, 0);
  huge.writeUInt32LE(FWD.KIND_CALL as number, 4);
  let r = await sendRaw([hello(), huge]);
  assert.equal(r.code, 1, r.log);
  assert.match(r.log, /ending the session: Protocol error/);
  // A call whose arguments stop short (cuMemAlloc_v2 wants a flag and 8 bytes).
  const index = Buffer.alloc(4);
  index.writeUInt32LE(callIndex('cuMemAlloc_v2'), 0);
  r = await sendRaw([hello(), frame(FWD.KIND_CALL as number, Buffer.concat([index, Buffer.from([1, 2, 3])]))]);
  assert.equal(r.code, 1, r.log);
  assert.match(r.log, /cuMemAlloc_v2's arguments do not match its frame/);
  // An unknown call, a kind the client may not send, a frame before the hello.
  const bad = Buffer.alloc(4);
  bad.writeUInt32LE(60000, 0);
  for (const frames of [[hello(), frame(FWD.KIND_CALL as number, bad)], [hello(), frame(FWD.KIND_REPLY as number, Buffer.alloc(8))], [frame(FWD.KIND_CALL as number, index)]]) {
    r = await sendRaw(frames);
    assert.equal(r.code, 1, r.log);
  }
  // A transport it does not know; shared memory asked for over TCP (it is for this host).
  r = await sendRaw([hello(TOKEN, 7)]);
  assert.equal(r.code, 1, r.log);
  assert.match(r.log, /refused a session: an unknown transport/);
  r = await sendRaw([hello(TOKEN, FWD.TRANSPORT_SHM as number)], false, 'tcp');
  assert.equal(r.code, 1, r.log);
  assert.match(r.log, /refused a session: shared memory is for a client on the GPU host/);
});

test('a client that writes impossible ring positions into the shared memory ends only its session (the ASan executor)', async () => {
  for (const mode of ['tail', 'head']) {
    const ex = await startExecutor('unix', [], true);
    const abuser = track(spawn(testProgram('fwd_ring_abuse'), [ex.address, mode], { env: { ...process.env, QUANTA_REMOTE_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] }));
    const [a, e] = await Promise.all([abuser.exited, ex.exited]);
    assert.equal(a.code, 0, abuser.out());
    assert.equal(e.code, 1, `${mode}: ${ex.out()}`);
    assert.match(ex.out(), /ending the session: Protocol error/, mode);
  }
  // The shared memory is sealed at its size: a client cannot shrink it under the executor.
  const ex = await startExecutor('unix', [], true);
  const shrinker = track(spawn(testProgram('fwd_ring_abuse'), [ex.address, 'shrink'], { env: { ...process.env, QUANTA_REMOTE_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] }));
  const [s] = await Promise.all([shrinker.exited, ex.exited]);
  assert.equal(s.code, 0, shrinker.out());
  assert.match(shrinker.out(), /shrinking refused: Operation not permitted/);
});

test('fuzz: randomly mutated call frames end the session or are answered; never a crash (the ASan executor)', async () => {
  // Valid calls first (the mutations then hit real argument layouts).
  const calls = ['cuInit', 'cuDeviceGetCount', 'cuMemAlloc_v2'].map((name) => {
    const i = Buffer.alloc(4);
    i.writeUInt32LE(callIndex(name), 0);
    const args = name === 'cuInit' ? Buffer.alloc(4) : name === 'cuDeviceGetCount' ? Buffer.from([1]) : Buffer.concat([Buffer.from([1]), Buffer.from([0, 0, 16, 0, 0, 0, 0, 0])]);
    return Buffer.concat([i, args]);
  });
  let seed = 12345;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let round = 0; round < 12; round++) {
    const frames = [hello(), ...calls.map((c) => {
      const m = Buffer.from(c);
      for (let k = 0; k < 1 + rand(3); k++) m[rand(m.length)] = rand(256);
      return frame(FWD.KIND_CALL as number, m.subarray(0, Math.max(1, m.length - rand(3))));
    })];
    const r = await sendRaw(frames, true);
    assert.equal(r.signal, null, `round ${round}: the executor was killed by ${r.signal}: ${r.log}`);
    assert.ok(r.code === 0 || r.code === 1, `round ${round}: exit ${r.code}: ${r.log}`);
  }
});

test('a forwarded session lives in a vGPU: its memory quota holds for the remote program', async () => {
  // The executor runs under quanta run, as quanta serve will start it.
  const ex = await startExecutor('tcp', [process.execPath, QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '256MiB', '--']);
  const over = startClient([testProgram('fwd_compute'), '512'], ex.address);
  await over.exited;
  assert.match(over.out(), /^alloc 512 MiB: CUDA_ERROR_OUT_OF_MEMORY$/m, over.out());
  await ex.exited;
  const ex2 = await startExecutor('tcp', [process.execPath, QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '256MiB', '--']);
  const within = startClient([testProgram('fwd_compute'), '128'], ex2.address);
  await within.exited;
  assert.match(within.out(), /^alloc 128 MiB: CUDA_SUCCESS$/m, within.out());
  await ex2.exited;
  // NVML through the same client sees the vGPU: its total memory is the quota.
  const ex3 = await startExecutor('shm', [process.execPath, QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '256MiB', '--']);
  const nvml = startClient([testProgram('fwd_nvml'), '256'], ex3.address);
  assert.equal((await nvml.exited).code, 0, nvml.out());
  assert.match(nvml.out(), /^ok the total is the vGPU's quota \(256 MiB\)$/m);
  await ex3.exited;
});

for (const transport of ['unix', 'shm'] as const) {
  test(`NVML is forwarded too (${TRANSPORT_NAME[transport]}): the same client library answers as libnvidia-ml.so.1, an NVML call leaves CUDA's pending errors alone`, async () => {
    const ex = await startExecutor(transport);
    const client = startClient([testProgram('fwd_nvml')], ex.address);
    const r = await client.exited;
    assert.equal(r.code, 0, client.out());
    assert.match(client.out(), /^PASSED$/m);
    assert.match(client.out(), /^ok libnvidia-ml\.so\.1 and libcuda\.so\.1 are one library, mapped once/m);
    assert.match(client.out(), /nvmlDeviceGetFanSpeed is not forwarded: it returns NVML_ERROR_NOT_SUPPORTED/);
    assert.equal((await ex.exited).code, 0, ex.out());
  });
}

/** The index of a driver symbol in api/cuda-driver.json's order (what a call frame starts with). */
function callIndex(symbol: string): number {
  const names = FUNCTION_NAMES ??= loadNames();
  const i = names.indexOf(symbol);
  assert.ok(i >= 0, symbol);
  return i;
}
let FUNCTION_NAMES: string[] | undefined;
function loadNames(): string[] {
  const api = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'api/cuda-driver.json'), 'utf8')) as { entryPoints: { symbols: { symbol: string }[] }[] };
  return api.entryPoints.flatMap((e) => e.symbols.map((s) => s.symbol));
}

test('quanta serve gives each session an executor in a vGPU of its own; quanta run --remote runs a program there', async () => {
  const env = { ...process.env, QUANTA_REMOTE_TOKEN: TOKEN, FAKECUDA_SESSION: session, FAKECUDA_MEM: '16GiB', FAKECUDA_CTX_OVERHEAD: '0',
    QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state') };
  const server = track(spawn(process.execPath, [QUANTA_BIN, 'serve', '--simulate', '--listen', 'tcp:127.0.0.1:0', '--gpu', '0', '--mem', '256MiB'], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  for (let i = 0; i < 400 && !/listening on/.test(server.out()); i++) await new Promise((r) => setTimeout(r, 25));
  const address = /listening on (tcp:\S+)/.exec(server.out())?.[1];
  assert.ok(address, server.out());
  const remote = (...argv: string[]) => track(spawn(process.execPath, [QUANTA_BIN, 'run', '--remote', address.slice(4), '--', ...argv],
    { env: { PATH: process.env.PATH, QUANTA_REMOTE_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] }));
  const full = remote(testProgram('fwd_compute'));
  assert.equal((await full.exited).code, 0, full.out() + server.out());
  assert.match(full.out(), /forwarding CUDA calls to the executor at tcp:127\.0\.0\.1:\d+/);
  assert.match(full.out(), /^fakecuda mapped: no$/m);
  // Its executors share a module cache (by default beside the daemon's state): a second
  // session only names the image the first sent.
  assert.ok(server.out().includes(`module cache in ${join(dir, 'state', 'module-cache')}`), server.out());
  for (const line of [/module cache: 1 hits \(\d+ bytes not sent\), 1 images stored/, /module cache: 2 hits \(\d+ bytes not sent\), 0 images stored/]) {
    const m = remote(testProgram('fwd_modules'));
    assert.equal((await m.exited).code, 0, m.out() + server.out());
    for (let i = 0; i < 200 && !line.test(server.out()); i++) await new Promise((r) => setTimeout(r, 25));
    assert.match(server.out(), line);
  }
  // Two sessions at once, each in its own 256 MiB vGPU: 128 MiB fits in each, 512 in neither.
  const fits = [remote(testProgram('fwd_compute'), '128'), remote(testProgram('fwd_compute'), '128')];
  const over = [remote(testProgram('fwd_compute'), '512'), remote(testProgram('fwd_compute'), '512')];
  for (const c of fits) { await c.exited; assert.match(c.out(), /^alloc 128 MiB: CUDA_SUCCESS$/m, c.out() + server.out()); }
  for (const c of over) { await c.exited; assert.match(c.out(), /^alloc 512 MiB: CUDA_ERROR_OUT_OF_MEMORY$/m, c.out() + server.out()); }
  assert.match(server.out(), /session 1 from 127\.0\.0\.1:\d+: executor in vGPU fwd-\d+-1-127\.0\.0\.1-\d+ \(256MiB on GPU 0\) \(pid \d+\)/);
  // Each session ends once its client has gone (its executor, then quanta run, exit).
  for (let i = 0; i < 200 && (server.out().match(/ended \(/g) ?? []).length < 7; i++) await new Promise((r) => setTimeout(r, 50));
  server.child.kill('SIGTERM');
  assert.equal((await server.exited).code, 0, server.out());
  for (let id = 1; id <= 7; id++) assert.match(server.out(), new RegExp(`session ${id} from .* ended \\(exit 0\\)`), 'every session ended, its executor cleanly');
});

test('quanta serve on a Unix socket: quanta run --remote shm: gets shared memory with an executor in a vGPU, its quota holding', async () => {
  const env = { ...process.env, QUANTA_REMOTE_TOKEN: TOKEN, FAKECUDA_SESSION: session, FAKECUDA_MEM: '16GiB', FAKECUDA_CTX_OVERHEAD: '0',
    QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state') };
  const path = join(dir, 'serve-shm.sock');
  const server = track(spawn(process.execPath, [QUANTA_BIN, 'serve', '--simulate', '--listen', `unix:${path}`, '--gpu', '0', '--mem', '256MiB'], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  for (let i = 0; i < 400 && !/listening on/.test(server.out()); i++) await new Promise((r) => setTimeout(r, 25));
  assert.match(server.out(), /listening on unix:/);
  const remote = (...argv: string[]) => track(spawn(process.execPath, [QUANTA_BIN, 'run', '--remote', `shm:${path}`, '--', ...argv],
    { env: { PATH: process.env.PATH, QUANTA_REMOTE_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'pipe'] }));
  const full = remote(testProgram('fwd_compute'));
  assert.equal((await full.exited).code, 0, full.out() + server.out());
  assert.match(full.out(), /^PASSED$/m);
  const over = remote(testProgram('fwd_compute'), '512');
  await over.exited;
  assert.match(over.out(), /^alloc 512 MiB: CUDA_ERROR_OUT_OF_MEMORY$/m, over.out() + server.out());
  for (let i = 0; i < 200 && (server.out().match(/ended \(/g) ?? []).length < 2; i++) await new Promise((r) => setTimeout(r, 50));
  assert.match(server.out(), /\(shared memory\)/, 'the executor served the session over shared memory');
  server.child.kill('SIGTERM');
  assert.equal((await server.exited).code, 0, server.out());
});

test('quanta run --remote and quanta serve refuse bad input before running anything', async () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv = { PATH: process.env.PATH }) => {
    const p = track(spawn(process.execPath, [QUANTA_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
    return p.exited.then((r) => ({ ...r, out: p.out() }));
  };
  const cases: [string[], RegExp][] = [
    [['run', '--remote', 'nowhere', '--', 'true'], /--remote "nowhere" is not an executor's address/],
    [['serve', '--listen', 'shm:/tmp/x.sock'], /--listen "shm:\/tmp\/x.sock" is not an executor's address: write HOST:PORT \(TCP\) or unix:\/PATH/],
    [['run', '--remote', 'localhost:1', '--', 'true'], /no session token/],
    [['run', '--remote', 'localhost:1', '--vgpu', 'x', '--', 'true'], /--remote runs the program's CUDA calls on the GPU host/],
    [['run', '--remote', 'localhost:1', '--gpu', '0,1', '--', 'true'], /with --remote, --gpu asks the server for one GPU by its index there/],
    [['run', '--remote', 'localhost:1,nowhere', '--', 'true'], /--remote "nowhere" is not an executor's address/],
    [['run', '--token-file', '/nonexistent', '--', 'true'], /--token-file goes with --remote/],
    [['serve'], /--listen is needed/],
    [['serve', '--listen', 'localhost:0', '--gpu', '0'], /--gpu and --mem go together/],
    [['serve', '--listen', 'localhost:0', '--max-sessions', 'lots'], /--max-sessions "lots" must be a number/],
    [['serve', '--listen', 'localhost:0', '--module-cache-size', '0'], /--module-cache-size "0" must be more than 0 bytes/],
  ];
  for (const [args, message] of cases) {
    const r = await cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.out}`);
    assert.match(r.out, message);
  }
  // A module cache others may write to would let them plant code: refused at the start.
  const open = join(dir, 'open-module-cache');
  mkdirSync(open, { recursive: true });
  chmodSync(open, 0o777);
  const r = await cli(['serve', '--simulate', '--listen', 'localhost:0', '--module-cache', open], { PATH: process.env.PATH, QUANTA_REMOTE_TOKEN: TOKEN });
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /the module cache folder .* must be a folder of this user's that nobody else may open \(chmod 700 /);
});
