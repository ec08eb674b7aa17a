// The wire formats C and TypeScript share, as generated from api/wire/*.json: the layouts
// agree byte for byte between the compiler and the TypeScript views, and the interposer's
// protocol codec encodes what the daemon accepts and refuses every answer it must not
// trust (truncated, mistyped, too long, missing fields, garbage), under ASan too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NATIVE_BUILD, nativePaths } from '../src/paths.js';
import { Daemon } from '../src/daemon/server.js';
import { testProgram } from './helpers/native.js';
import { WIRE_CONSTANTS, WIRE_STRUCTS, SEG, SEG_LAYOUT, SegView } from '../src/gen/layout.js';
import { HelloAnswerSchema } from '../src/gen/protocol.js';
import { parseRequest } from '../src/daemon/protocol.js';
import { fakecudaSession, scratchDir } from './helpers/scratch.js';

test('every struct, field and constant lies where the compiler puts it (C and TypeScript layouts agree)', () => {
  const r = spawnSync(testProgram('wire_layout'), { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const fromC = new Map(r.stdout.trim().split('\n').map((l) => { const [kind, name, ...rest] = l.split(' '); return [`${kind} ${name}`, rest.join(' ')]; }));
  const fromTs = new Map<string, string>();
  for (const s of WIRE_STRUCTS) {
    fromTs.set(`struct ${s.name}`, String(s.size));
    for (const [f, l] of Object.entries(s.fields)) fromTs.set(`field ${s.name}.${f}`, `${l.offset} ${l.size}`);
  }
  for (const [name, v] of Object.entries(WIRE_CONSTANTS)) fromTs.set(`const ${name}`, BigInt(v).toString());
  assert.ok(fromC.size > 40, 'the C side lists the layouts');
  assert.deepEqual(Object.fromEntries(fromTs), Object.fromEntries(fromC));
});

test('the segment keeps its version-3 offsets (a layout change must bump the version)', () => {
  assert.equal(SEG.VERSION, 3);
  const f = SEG_LAYOUT.fields;
  assert.deepEqual([f.generation.offset, f.quota.offset, f.gpu_uuid.offset, f.slots.offset, f.context_bytes.offset, f.sched_id.offset, f.work.offset, SEG_LAYOUT.size],
    [24, 32, 160, 1024, 58368, 58496, 58560, 59584]);
  const v = new SegView(Buffer.alloc(SEG_LAYOUT.size));
  v.setGpuUuid(1, `GPU-${'x'.repeat(60)}`);
  assert.equal(v.gpuUuid(1).length, 47, 'a UUID is cut to leave its NUL');
  assert.throws(() => v.quota(SEG.MAX_GPUS), RangeError);
});

// ---- the protocol codec -----------------------------------------------------------------

const CODES: Record<string, string> = { '-1': 'malformed', '-2': 'truncated', '-3': 'too long', '-4': 'type', '-5': 'duplicate', '-6': 'missing', '-7': 'depth', '-8': 'version' };
const hex = (b: Buffer | string) => Buffer.from(b).toString('hex');
const unhex = (s: string) => Buffer.from(s, 'hex').toString('utf8');

interface Decoded { ok: boolean; error?: string; fields: Record<string, string> }

/** Runs the codec's driver over `commands`; one output line each. */
function codec(commands: string[], program = testProgram('wire_decode')): string[] {
  const r = spawnSync(program, { input: commands.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28, timeout: 120_000 });
  assert.equal(r.status, 0, `${program} exited ${r.status} ${r.signal ?? ''}: ${r.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(r.stderr, /AddressSanitizer|runtime error/);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, commands.length, 'one answer per command');
  return lines;
}

function decodeAll(texts: (string | Buffer)[], program?: string): Decoded[] {
  return codec(texts.map((t) => `D ${hex(t)}`), program).map((line) => {
    const [head, ...rest] = line.split(' ');
    if (head === 'err') return { ok: false, error: CODES[rest[0]!] ?? rest.join(' '), fields: {} };
    const fields: Record<string, string> = {};
    for (const kv of rest.slice(1)) {
      const [k, v = ''] = kv.split('=');
      const text = ['vgpu', 'segment', 'uuid', 'code', 'message'].includes(k!) ? unhex(v) : v;
      fields[k!] = k! in fields ? `${fields[k!]},${text}` : text;
    }
    fields.okFlag = rest[0]!;
    return { ok: true, fields };
  });
}

const UUID = 'GPU-8c3a7f21-6d1e-4b7a-9e2f-0a1b2c3d4e5f';
const good = { v: 2, id: 1, ok: true, vgpu: 'train', reconnected: false, segment: '/run/user/1000/quanta/vgpus/train.seg', gpus: [{ uuid: UUID, index: 0, quota: 8589934592 }] };
const line = (o: unknown) => JSON.stringify(o);
const withAnswer = (patch: Record<string, unknown>) => line({ ...good, ...patch });
const withGpu = (patch: Record<string, unknown>) => withAnswer({ gpus: [{ ...good.gpus[0], ...patch }] });
const without = (key: string) => { const o: Record<string, unknown> = { ...good }; delete o[key]; return line(o); };
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** [what, the answer's text, the expected outcome: 'ok' or the error]. */
const CASES: [string, string | Buffer, string][] = [
  ['the daemon\'s answer', line(good), 'ok'],
  ['with its newline', line(good) + '\n', 'ok'],
  ['fields it does not know, of every kind', withAnswer({ later: { a: [1, -2.5e-3, { b: null }], c: true, d: 'é😀\u0001' }, fd: 7 }), 'ok'],
  ['a refusal', line({ v: 2, id: 1, ok: false, error: { code: 'unknown-vgpu', message: 'process 5 is in another vGPU than this token\'s' } }), 'ok'],
  ['escapes decoded', withAnswer({ segment: '/tmp/a "b"\\c/\u00e9\u{1F600}\t.seg' }), 'ok'],
  ['the longest name', withAnswer({ vgpu: 'n'.repeat(63) }), 'ok'],
  ['sixteen GPUs', withAnswer({ gpus: Array.from({ length: 16 }, (_, i) => ({ uuid: UUID, index: i, quota: 1 })) }), 'ok'],
  ['a long field it skips', withAnswer({ notes: 'x'.repeat(100_000) }), 'ok'],
  ['nesting it may skip', withAnswer({ later: JSON.parse(nested(12)) as unknown }), 'ok'],
  // wrong types
  ['a numeric name', withAnswer({ vgpu: 5 }), 'type'],
  ['ok as a string', withAnswer({ ok: 'yes' }), 'type'],
  ['gpus as an object', withAnswer({ gpus: {} }), 'type'],
  ['gpus of strings', withAnswer({ gpus: [UUID] }), 'type'],
  ['reconnected as a number', withAnswer({ reconnected: 1 }), 'type'],
  ['id as a string', withAnswer({ id: '1' }), 'type'],
  ['a fractional quota', withGpu({ quota: 1.5 }), 'type'],
  ['a null segment', withAnswer({ segment: null }), 'type'],
  ['an empty segment', withAnswer({ segment: '' }), 'type'],
  ['an index below -1', withGpu({ index: -2 }), 'too long'],
  // past their bounds
  ['a name of 64 bytes', withAnswer({ vgpu: 'n'.repeat(64) }), 'too long'],
  ['a segment path of 512 bytes', withAnswer({ segment: `/${'p'.repeat(511)}` }), 'too long'],
  ['a UUID of 48 bytes', withGpu({ uuid: `GPU-${'f'.repeat(44)}` }), 'too long'],
  ['seventeen GPUs', withAnswer({ gpus: Array.from({ length: 17 }, () => good.gpus[0]) }), 'too long'],
  ['a quota past 64 bits', withAnswer({}).replace('8589934592', '18446744073709551616'), 'too long'],
  ['nesting too deep', withAnswer({ later: JSON.parse(nested(40)) as unknown }), 'depth'],
  // missing
  ['no segment', without('segment'), 'missing'],
  ['no gpus', without('gpus'), 'missing'],
  ['no ok', without('ok'), 'missing'],
  ['no version', without('v'), 'missing'],
  ['a GPU without its UUID', withGpu({ uuid: undefined }), 'missing'],
  ['a refusal without its error', line({ v: 2, id: 1, ok: false }), 'missing'],
  ['an error without its message', line({ v: 2, id: 1, ok: false, error: { code: 'x' } }), 'missing'],
  ['another version', withAnswer({ v: 1 }), 'version'],
  ['a field twice', line(good).replace('"vgpu":', '"segment":"/etc/passwd","vgpu":'), 'duplicate'],
  // garbage
  ['nothing', '', 'truncated'],
  ['a word', 'hello', 'malformed'],
  ['an array', '[]', 'malformed'],
  ['null', 'null', 'malformed'],
  ['something after the object', line(good) + 'x', 'malformed'],
  ['two objects', line(good) + line(good), 'malformed'],
  ['a trailing comma', line(good).replace(/}$/, ',}'), 'malformed'],
  ['single quotes', line(good).replace('"train"', "'train'"), 'malformed'],
  ['a leading zero', line(good).replace('"id":1', '"id":01'), 'malformed'],
  ['a raw newline in a string', withAnswer({ vgpu: 'a' }).replace('"a"', '"a\nb"'), 'malformed'],
  ['a NUL byte in a string', Buffer.concat([Buffer.from(withAnswer({ vgpu: 'a' }).split('"a"')[0]!), Buffer.from('"a\0b"'), Buffer.from(withAnswer({ vgpu: 'a' }).split('"a"')[1]!)]), 'malformed'],
  ['an escaped NUL', withAnswer({ vgpu: 'a' }).replace('"a"', '"a\\u0000b"'), 'malformed'],
  ['a lone surrogate', withAnswer({ vgpu: 'a' }).replace('"a"', '"\\ud800"'), 'malformed'],
  ['invalid UTF-8', Buffer.concat([Buffer.from(withAnswer({ vgpu: 'a' }).split('"a"')[0]!), Buffer.from([0x22, 0xc3, 0x28, 0x22]), Buffer.from(withAnswer({ vgpu: 'a' }).split('"a"')[1]!)]), 'malformed'],
  ['overlong UTF-8', Buffer.concat([Buffer.from(withAnswer({ vgpu: 'a' }).split('"a"')[0]!), Buffer.from([0x22, 0xc0, 0xaf, 0x22]), Buffer.from(withAnswer({ vgpu: 'a' }).split('"a"')[1]!)]), 'malformed'],
  ['an unknown escape', withAnswer({ vgpu: 'a' }).replace('"a"', '"\\x41"'), 'malformed'],
  ['binary', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), 'malformed'],
];

const outcome = (d: Decoded) => (d.ok ? 'ok' : d.error!);
const programs = [testProgram('wire_decode'), join(NATIVE_BUILD, 'asan', 'test', 'wire_decode')].filter((p, i) => i === 0 || existsSync(p));

for (const program of programs) {
  test(`the C decoder takes the daemon's answers and refuses bad ones (${program.includes('asan') ? 'ASan build' : 'plain build'})`, () => {
    const got = decodeAll(CASES.map(([, text]) => text), program);
    const wrong = CASES.map(([what, , want], i) => [what, want, outcome(got[i]!)]).filter(([, want, have]) => want !== have);
    assert.deepEqual(wrong, [], 'cases decoded otherwise than expected: [case, expected, got]');
    const [answer, , , refusal, escaped] = got;
    assert.deepEqual(answer!.fields, { okFlag: '1', id: '1', vgpu: 'train', segment: good.segment, reconnected: '0', gpus: '1', uuid: UUID, index: '0', quota: '8589934592' });
    assert.deepEqual(refusal!.fields, { okFlag: '0', id: '1', code: 'unknown-vgpu', message: 'process 5 is in another vGPU than this token\'s' });
    assert.equal(escaped!.fields.segment, '/tmp/a "b"\\c/\u00e9\u{1F600}\t.seg');
  });
}

test('every prefix of an answer is refused as truncated', () => {
  const text = line(good) + '\n';
  const got = decodeAll(Array.from({ length: text.length - 1 }, (_, n) => text.slice(0, n)));
  const notTruncated = got.map((d, n) => [n, outcome(d)] as const).filter(([, o]) => o !== 'truncated');
  assert.deepEqual(notTruncated, []);
});

test('the C decoder and the generated zod schema agree on what a well-formed answer may hold', () => {
  let compared = 0;
  for (const [what, text] of CASES) {
    if (typeof text !== 'string') continue;
    let parsed: Record<string, unknown>;
    try { parsed = JSON.parse(text) as Record<string, unknown>; } catch { continue; }
    // The schema is the answer's own fields: compare where the envelope is right and the
    // text is plain JSON (duplicates, \u0000, lone surrogates and depth are C's limits, not the schema's).
    if (typeof parsed !== 'object' || parsed === null || parsed.ok !== true || parsed.v !== 2 || parsed.id !== 1) continue;
    if (['a field twice', 'nesting too deep', 'an escaped NUL', 'a lone surrogate'].includes(what)) continue;
    const [c] = decodeAll([text]);
    assert.equal(HelloAnswerSchema.safeParse(parsed).success, c!.ok, `${what}: zod and C disagree`);
    compared++;
  }
  assert.ok(compared >= 20, `${compared} cases compared`);
});

/** A deterministic stream of numbers (xorshift32). */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 2 ** 32; };
}

test('random mutations of answers never crash the decoder (ASan), and what it accepts is JSON saying the same', () => {
  const rnd = random(20261203);
  const seeds = [line(good), withAnswer({ gpus: [good.gpus[0], { uuid: UUID.replace('8c', '9d'), index: 1, quota: 5 }], later: { a: [1, 'x'] } }), line({ v: 2, id: 1, ok: false, error: { code: 'x', message: 'y' } })];
  const alphabet = '{}[]":,\\/ -0123456789eE.tfnul\n\u00e9';
  const texts: Buffer[] = [];
  for (let i = 0; i < 4000; i++) {
    const b = Buffer.from(seeds[i % seeds.length]!);
    const bytes = [...b];
    for (let k = 1 + Math.floor(rnd() * 4); k > 0; k--) {
      const at = Math.floor(rnd() * (bytes.length + 1));
      const op = rnd();
      if (op < 0.3) bytes.splice(at, 1);
      else if (op < 0.6) bytes.splice(at, 0, alphabet.charCodeAt(Math.floor(rnd() * alphabet.length)) & 0xff);
      else if (op < 0.8) bytes[at % bytes.length] = Math.floor(rnd() * 256);
      else bytes.splice(at, Math.floor(rnd() * 8));
    }
    texts.push(Buffer.from(bytes));
  }
  const program = programs[programs.length - 1]!;
  const got = decodeAll(texts, program);
  let accepted = 0;
  got.forEach((d, i) => {
    if (!d.ok) return;
    accepted++;
    const text = texts[i]!.toString('utf8');
    let parsed: { ok?: unknown; vgpu?: unknown; segment?: unknown; gpus?: { uuid?: unknown }[] };
    assert.doesNotThrow(() => { parsed = JSON.parse(text) as typeof parsed; }, `accepted, but not JSON: ${JSON.stringify(text)}`);
    if (d.fields.okFlag === '1') {
      assert.equal(d.fields.vgpu, parsed!.vgpu, text);
      assert.equal(d.fields.segment, parsed!.segment, text);
      assert.equal(d.fields.uuid ?? '', (parsed!.gpus ?? []).map((g) => g.uuid).join(','), text);
    }
  });
  assert.ok(accepted > 50 && accepted < texts.length - 1000, `some mutations stay valid, most do not (${accepted} of ${texts.length} accepted)`);
});

test('the C encoder writes the requests the daemon accepts, escaping what it must', () => {
  const token = '0123456789abcdef0123456789abcdef';
  const odd = 'a"b\\c\n\u0001é';
  const [hello, escaped, tight, roomy, wake, wakeTight] = codec([
    `H 1 1 ${hex(token)} 4096`, `H 7 0 ${hex(odd)} 4096`,
    `H 1 1 ${hex(token)} ${line({ v: 2, id: 1, op: 'hello', token, fd: true }).length + 1}`,
    `H 1 1 ${hex(token)} ${line({ v: 2, id: 1, op: 'hello', token, fd: true }).length + 2}`,
    'W 0 64', 'W 0 8',
  ]);
  const text = (l: string) => unhex(l.replace(/^line /, ''));
  assert.equal(text(hello!), line({ v: 2, id: 1, op: 'hello', token, fd: true }) + '\n', 'no pid: the daemon asks the kernel');
  assert.deepEqual(parseRequest(text(hello!).trimEnd()), { v: 2, id: 1, op: 'hello', token, fd: true });
  assert.equal((JSON.parse(text(escaped!)) as { token: string; fd: boolean }).token, odd);
  assert.equal((JSON.parse(text(escaped!)) as { token: string; fd: boolean }).fd, false);
  assert.equal(tight, `err -${28}`, 'a line and its NUL that do not fit: -ENOSPC');
  assert.match(roomy!, /^line /);
  assert.equal(text(wake!), '{"v":2,"id":0,"op":"wake"}\n');
  assert.deepEqual(parseRequest(text(wake!).trimEnd()), { v: 2, id: 0, op: 'wake' });
  assert.equal(wakeTight, `err -${28}`);
});

test('an interposer the daemon refuses says why, in the daemon\'s words, and gets no device memory', async (t) => {
  const dir = scratchDir('quanta-wire-');
  const socket = join(dir, 'run/daemon.sock');
  const gpus = [{ index: 0, uuid: 'GPU-wire-0', name: 'Test GPU', memoryTotal: 2 ** 34, memoryUsed: 0, migEnabled: false, migDevices: [], simulated: true }];
  const d = await Daemon.start({ socket, stateFile: join(dir, 'state/ledger.json'), gpus, sweepMs: 100 });
  t.after(async () => { await d.stop(); rmSync(dir, { recursive: true, force: true }); });
  const { interposer, fakecudaDir } = nativePaths();
  const child = spawn(testProgram('vgpu_alloc'), [], {
    env: { ...process.env, LD_PRELOAD: interposer, LD_LIBRARY_PATH: fakecudaDir, QUANTA_SOCKET: socket, QUANTA_TOKEN: 'e'.repeat(32), FAKECUDA_SESSION: fakecudaSession(`wire-${process.pid}`) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  assert.equal(code, 0, err);
  assert.match(out, /^allocated 0 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(err, /cannot register with the Quanta daemon at .*daemon\.sock \(refused: no vGPU has this token: start programs with quanta run \(unknown-vgpu\)\): refusing device memory/);
});
