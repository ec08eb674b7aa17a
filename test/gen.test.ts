// The generator: the committed sources match the committed descriptions, the description
// matches the toolkit's headers where they are installed, and its parsing rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalSymbols } from '../tools/gen/emit-c.js';
import { describe } from '../tools/gen/describe.js';
import { generatedFiles, loadDescriptions, ROOT } from '../tools/gen/main.js';
import { parsePrototype, splitTopLevel } from '../tools/gen/c-decls.js';
import { readPfnVersions, entryOf } from '../tools/gen/describe.js';
import { CUDA } from '../tools/gen/libraries.js';
import { placeLayout } from '../tools/gen/wire-layout.js';
import { loadWire } from '../tools/gen/wire-description.js';
import { emitProtocolC } from '../tools/gen/emit-wire-c.js';
import { emitProtocolTs } from '../tools/gen/emit-wire-ts.js';

const [cuda] = loadDescriptions();

test('the committed generated sources (C and TypeScript) are exactly what the committed descriptions generate', () => {
  const files = generatedFiles();
  for (const rel of ['native/gen/quanta_cuda_wrappers.c', 'native/gen/quanta_wire.h', 'native/gen/quanta_proto.c', 'src/gen/layout.ts', 'src/gen/protocol.ts']) {
    assert.ok(rel in files, `${rel} is generated`);
  }
  for (const [rel, text] of Object.entries(files)) {
    assert.equal(readFileSync(join(ROOT, rel), 'utf8'), text, `${rel} is stale: run npm run gen -- emit`);
  }
});

const TOOLKIT = '/usr/local/cuda/include';
test('the committed description is what the installed toolkit headers say', { skip: !existsSync(join(TOOLKIT, 'cuda.h')) && 'no CUDA toolkit here' }, () => {
  const fresh = describe(CUDA, TOOLKIT);
  if (fresh.source.version !== cuda!.source.version) return; // another toolkit version: nothing to compare
  assert.deepEqual(fresh, cuda);
});

test('versioned symbols carry the CUDA version that introduced them', () => {
  const entry = (n: string) => cuda!.entryPoints.find((e) => e.name === n)!;
  const since = (n: string) => Object.fromEntries(entry(n).symbols.map((s) => [s.symbol, s.since]));
  assert.deepEqual(since('cuMemAlloc'), { cuMemAlloc: 2000, cuMemAlloc_v2: 3020 });
  assert.deepEqual(since('cuCtxCreate'), { cuCtxCreate: 2000, cuCtxCreate_v2: 3020, cuCtxCreate_v3: 11040, cuCtxCreate_v4: 12050 });
  assert.deepEqual(since('cuGetProcAddress'), { cuGetProcAddress: 11030, cuGetProcAddress_v2: 12000 });
  const launch = entry('cuLaunchKernel').symbols.find((s) => s.symbol === 'cuLaunchKernel_ptsz')!;
  assert.equal(launch.perThread, 'ptsz');
  assert.equal(launch.of, 'cuLaunchKernel');
  assert.equal(entry('cuMemcpyHtoD').symbols.find((s) => s.perThread)!.symbol, 'cuMemcpyHtoD_v2_ptds');
  assert.deepEqual(cuda!.warnings, []);
});

test('every symbol has a signature; the API is complete enough to matter', () => {
  const syms = cuda!.entryPoints.flatMap((e) => e.symbols);
  assert.ok(syms.length > 600);
  const alloc = syms.find((s) => s.symbol === 'cuMemAlloc_v2')!;
  assert.deepEqual(alloc.params, [['CUdeviceptr *', 'dptr'], ['size_t', 'bytesize']]);
  assert.ok(syms.every((s) => s.params.every(([t, n]) => t.length > 0 && /^\w+$/.test(n))));
});

test('the declaration parser skips inline function bodies and reads prototypes', () => {
  const decls = splitTopLevel('typedef int A;\nstatic inline int f(int x) { return x; }\nCUresult cuFoo_v2(const char *name, void **pfn, int n);');
  assert.deepEqual(decls, ['typedef int A', 'CUresult cuFoo_v2(const char *name, void **pfn, int n)']);
  assert.deepEqual(parsePrototype(decls[1]!), { name: 'cuFoo_v2', returns: 'CUresult', params: [['const char *', 'name'], ['void **', 'pfn'], ['int', 'n']].map(([type, name]) => ({ type, name })) });
  assert.deepEqual(parsePrototype('CUresult cuCtxSynchronize(void)')?.params, []);
  assert.equal(parsePrototype('typedef struct X_st { int a; } X'), null);
});

test('PFN typedef names give entry point, version and stream variant', () => {
  const v = readPfnVersions('typedef CUresult (CUDAAPI *PFN_cuMemcpyHtoD_v7000_ptds)(CUdeviceptr_v2 dstDevice, const void *srcHost, size_t ByteCount);\ntypedef CUresult (CUDAAPI *PFN_cuStreamGetCtx_v12050)(CUstream hStream, CUcontext *pctx, CUgreenCtx *pGreenCtx);');
  assert.deepEqual(v, [{ entry: 'cuMemcpyHtoD', version: 7000, perThread: 'ptds', params: 3 }, { entry: 'cuStreamGetCtx', version: 12050, perThread: null, params: 3 }]);
  assert.equal(entryOf('cuMemcpyHtoD_v2_ptds'), 'cuMemcpyHtoD');
  assert.equal(entryOf('cuStreamGetCaptureInfo_v3'), 'cuStreamGetCaptureInfo');
});

test('fakecuda stubs forward same-signature variants to one canonical symbol', () => {
  const canon = canonicalSymbols(cuda!);
  assert.equal(canon.get('cuStreamWriteValue32'), 'cuStreamWriteValue32_v2', 'same types: the newest');
  assert.equal(canon.get('cuStreamWriteValue32_ptsz'), 'cuStreamWriteValue32_v2', 'per-thread: its origin\'s canonical');
  assert.equal(canon.get('cuMemcpyHtoD_v2_ptds'), 'cuMemcpyHtoD_v2');
  assert.equal(canon.get('cuMemcpyHtoD'), 'cuMemcpyHtoD', '32-bit legacy form: other types, its own function');
  assert.equal(canon.get('cuCtxCreate_v3'), 'cuCtxCreate_v3', 'other parameters: its own function');
  const stubs = readFileSync(join(ROOT, 'native/gen/fake_cuda_stubs.c'), 'utf8');
  assert.match(stubs, /cuLaunchKernel_ptsz\([^)]*\)\n\{\n    return cuLaunchKernel\(f, gridDimX/);
});

test('a wire layout that does not come to its declared size is refused (a layout change needs a new version)', () => {
  const desc = { description: '', prefix: 'x', constants: [{ name: 'N', value: 2 }], structs: [{ name: 'x_a', doc: '', size: 16, fields: [{ name: 'a', type: 'u32' }, { name: 'b', type: 'u64', count: ['N'] }] }] };
  assert.throws(() => placeLayout('api/wire/x.json', desc), /x_a comes to 24 bytes, not the 16 it declares/);
  const placed = placeLayout('api/wire/x.json', { ...desc, structs: [{ ...desc.structs[0]!, size: 24 }] });
  assert.deepEqual(placed.structs[0]!.fields.map((f) => [f.name, f.offset, f.size]), [['a', 0, 4], ['b', 8, 16]], 'u64 aligned to 8, as C does');
});

test('the C protocol codec refuses to generate an unbounded decoder', () => {
  const wire = loadWire(ROOT);
  const hello = wire.protocol.desc.ops.find((o) => o.op === 'hello')!;
  const unbounded = { ...wire.protocol.desc, ops: [{ ...hello, answer: { segment: { type: 'string' as const } } }] };
  assert.throws(() => emitProtocolC(unbounded), /a string C decodes needs maxLength/);
});

test('a new op is one entry in the protocol description: it gets a request type, a schema and a place in every table', () => {
  const wire = loadWire(ROOT);
  const drain = { op: 'drain', doc: 'Drains a GPU.', request: { gpu: { type: 'string' as const, error: 'drain needs the GPU\'s "gpu"' } }, answer: {} };
  const ts = emitProtocolTs({ ...wire.protocol.desc, ops: [...wire.protocol.desc.ops, drain] });
  assert.match(ts, /export interface DrainRequest \{\n {2}v: 2;\n {2}id: number;\n {2}op: "drain";\n {2}gpu: string;\n\}/);
  assert.match(ts, /export type DrainAnswer = Record<string, never>;/);
  assert.match(ts, /export type Request = .*\| DrainRequest;/);
  assert.match(ts, /export const OPS = \[.*"drain"\]/);
  assert.match(ts, /"drain": DrainRequestSchema,/);
});
