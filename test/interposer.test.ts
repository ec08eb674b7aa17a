// libquanta.so end to end on fakecuda: every lookup path yields Quanta's wrappers, calls
// pass through unchanged (errors and errno included), tracing counts what a program
// does, and nothing the interposer meets takes the program down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleProgram, runNative, runQuanta, testProgram } from './helpers/native.js';
import { realDriverPresent } from '../src/run/driver.js';
import { scratchDir } from './helpers/scratch.js';

const tmp = () => scratchDir('quanta-test-');
interface TraceLine { pid: number; argv0: string; calls: Record<string, number>; nvml: Record<string, number>; unwrapped: string[] }
const readTrace = (file: string): TraceLine[] => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TraceLine);

test('every symbol, through every lookup path, resolves to Quanta\'s wrapper of that symbol', () => {
  const r = runQuanta([testProgram('lookup_paths')]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const m = /lookup paths: (\d+) cuda \+ (\d+) nvml symbols, 0 absent from the driver, (\d+) dlsym checks, (\d+) cuGetProcAddress checks, 0 failures/.exec(r.stdout);
  assert.ok(m, r.stdout);
  const [cuda, nvml, dlsymChecks, procChecks] = m.slice(1).map(Number) as [number, number, number, number];
  assert.ok(cuda > 600 && nvml > 300, 'the whole driver API and NVML are covered');
  assert.equal(dlsymChecks, 3 * (cuda + nvml));
  assert.ok(procChecks > 3 * 2 * 2 * 400, 'each entry point is asked at each version, both stream modes, three ways');
});

test('the lookup check fails without the interposer (it can tell a wrapper from the driver)', () => {
  const r = runNative([testProgram('lookup_paths')]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /FAIL dlsym\(library handle\): cu\w+ .*not a Quanta wrapper|FAIL dlsym/);
});

test('calls pass through unchanged: results, errors and errno are what the driver gives', () => {
  const native = runNative([testProgram('passthrough')]);
  const quanta = runQuanta([testProgram('passthrough')]);
  assert.equal(native.code, 0, native.stderr);
  assert.equal(quanta.code, 0, quanta.stderr);
  assert.equal(quanta.stdout, native.stdout);
  const lines = quanta.stdout;
  assert.match(lines, /cuMemAlloc\(&p, 1024\)\s+-> 3 CUDA_ERROR_NOT_INITIALIZED errno=4242/);
  assert.match(lines, /cuDeviceGet\(&dev, 9999\)\s+-> 101 CUDA_ERROR_INVALID_DEVICE/);
  assert.match(lines, /cuMemAlloc\(&p, \(size_t\)1 << 50\)\s+-> 2 CUDA_ERROR_OUT_OF_MEMORY/);
  assert.match(lines, /cuMemFree\(\(CUdeviceptr\)0xdead0000\)\s+-> 1 CUDA_ERROR_INVALID_VALUE/);
  assert.match(lines, /cuModuleLoadData\(&mod, "not a module image"\)\s+-> 200 CUDA_ERROR_INVALID_IMAGE/);
  assert.match(lines, /cuModuleGetFunction\(&fn, mod, "no_such_kernel"\)\s+-> 500 CUDA_ERROR_NOT_FOUND/);
  assert.match(lines, /cuGetProcAddress_v2\("cuNoSuchFunction".*-> 0 CUDA_SUCCESS/);
  assert.match(lines, /host\[0\]=77 host\[63\]=77/);
  assert.doesNotMatch(lines, /errno=(?!4242)/, 'errno is untouched across every call');
});

test('--trace counts each entry point a program calls and finds nothing unwrapped', () => {
  const file = join(tmp(), 'trace.jsonl');
  const r = runQuanta([exampleProgram('demo')], ['--trace-out', file]);
  assert.equal(r.code, 0, r.stderr);
  const [line, ...rest] = readTrace(file);
  assert.equal(rest.length, 0);
  assert.ok(line);
  assert.equal(line.calls.cuLaunchKernel, 1);
  assert.equal(line.calls.cuMemAlloc_v2, 1);
  assert.equal(line.calls.cuMemcpyDtoH_v2, 1);
  assert.equal(line.calls.cuInit, 1);
  assert.deepEqual(line.unwrapped, []);
  assert.match(r.stderr, /trace of .*demo: \d+ driver calls to \d+ symbols/);
  assert.match(r.stderr, /\s+1\s+cuLaunchKernel\n/);
});

test('children inherit the interposer: each traced process reports its own calls', () => {
  const file = join(tmp(), 'trace.jsonl');
  const demo = exampleProgram('demo');
  const r = runQuanta(['sh', '-c', `${demo} && ${demo}`], ['--trace-out', file]);
  assert.equal(r.code, 0, r.stderr);
  const lines = readTrace(file);
  assert.equal(lines.length, 2, 'two demo processes; the shell made no driver calls');
  assert.notEqual(lines[0]!.pid, lines[1]!.pid);
  for (const l of lines) assert.equal(l.calls.cuLaunchKernel, 1);
});

test('a driver function Quanta does not wrap is reported as unwrapped', () => {
  const file = join(tmp(), 'trace.jsonl');
  const r = runQuanta([testProgram('unwrapped_probe')], ['--trace-out', file]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.deepEqual(readTrace(file)[0]!.unwrapped, ['cuFakecudaUnwrappedProbe']);
  assert.match(r.stderr, /UNWRAPPED\s+cuFakecudaUnwrappedProbe/);
});

test('threads racing on the first driver call all get working functions', () => {
  const r = runQuanta([testProgram('threads')]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /16 of 16 threads succeeded/);
});

test('with no driver to load, wrappers return the libraries\' own errors and the program lives', { skip: realDriverPresent() && 'a real driver is installed here' }, () => {
  const r = runQuanta([testProgram('nodriver')], ['--driver', 'real']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /cuInit -> 3\ncuInit again -> 3\nnvmlInit_v2 -> 12/);
  assert.match(r.stderr, /cannot load the real libcuda\.so\.1/);
  assert.equal(r.stderr.match(/cannot load the real libcuda/g)?.length, 1, 'logged once, not per call');
});

test('caller-relative dlsym (RTLD_DEFAULT from a local library, RTLD_NEXT) answers as it does natively', () => {
  const native = runNative([testProgram('dlsym_scope')]);
  assert.equal(native.code, 0, native.stdout);
  const quanta = runQuanta([testProgram('dlsym_scope')]);
  assert.equal(quanta.code, 0, quanta.stdout + quanta.stderr);
  assert.equal(quanta.stdout, native.stdout);
});
