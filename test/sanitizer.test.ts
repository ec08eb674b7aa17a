// The interposer and fakecuda built with AddressSanitizer and UBSan (make -C native asan),
// driven by the ordinary test programs: any memory error or undefined behaviour in
// Quanta's code fails. (The programs themselves stay unsanitized: an ASan-built
// executable under libquanta loses its `environ`; see docs/ARCHITECTURE.md, known limits.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSanitized, testProgram } from './helpers/native.js';
import { scratchDir } from './helpers/scratch.js';

const clean = (r: { code: number | null; stdout: string; stderr: string }) => {
  assert.doesNotMatch(r.stderr, /AddressSanitizer|runtime error:|LeakSanitizer/, r.stderr);
  assert.equal(r.code, 0, r.stdout + r.stderr);
};

test('sanitized: all lookup paths', () => clean(runSanitized([testProgram('lookup_paths')])));
test('sanitized: pass-through with bad input', () => clean(runSanitized([testProgram('passthrough')])));
test('sanitized: threads racing on the first call', () => clean(runSanitized([testProgram('threads')])));
test('sanitized: tracing and its report at exit', () => {
  const file = join(scratchDir('quanta-asan-'), 'trace.jsonl');
  clean(runSanitized([testProgram('passthrough')], { trace: true, traceFile: file }));
  const line = JSON.parse(readFileSync(file, 'utf8').trim()) as { calls: Record<string, number> };
  assert.equal(line.calls.cuMemFree_v2, 4);
});
