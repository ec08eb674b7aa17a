// The daemon's request checks (src/daemon/protocol.ts over the zod schemas generated from
// api/wire/protocol.json): each bad request gets the code a client acts on and a message
// that says what to send instead; good ones come back with only the fields the protocol has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRequest, ProtocolError } from '../src/daemon/protocol.js';

const refusal = (line: string) => {
  try {
    parseRequest(line);
  } catch (e) {
    assert.ok(e instanceof ProtocolError);
    return [e.code, e.message];
  }
  return ['accepted', line];
};
const req = (o: Record<string, unknown>) => JSON.stringify({ v: 2, id: 3, ...o });

test('bad requests are refused with a code and what to send instead', () => {
  const cases: [string, string, string][] = [
    ['not json', 'bad-json', 'a request must be one JSON object per line'],
    ['[1]', 'bad-json', 'a request must be a JSON object'],
    [JSON.stringify({ v: 3, id: 1, op: 'ps' }), 'bad-version', 'this daemon speaks protocol version 2, not 3: upgrade the client or the daemon'],
    [JSON.stringify({ v: 2, op: 'ps' }), 'bad-request', 'a request needs a numeric "id"'],
    [req({ op: 'toString' }), 'unknown-op', 'unknown operation "toString": expected launch, hello, ps, set, rm, status or wake'],
    [req({ op: 'hello', token: 'x' }), 'bad-request', 'hello needs the "token" quanta run gave the program'],
    [req({ op: 'hello', token: '0'.repeat(32), fd: 'yes' }), 'bad-request', 'hello: "fd" must be true or false'],
    [req({ op: 'launch', vgpu: { gpus: [-1] } }), 'bad-request', 'launch needs "vgpu.gpus": GPU indices or UUIDs'],
    [req({ op: 'launch' }), 'bad-request', 'launch needs "vgpu": an object with its GPUs'],
    [req({ op: 'launch', vgpu: { gpus: [0], memory: 0 } }), 'bad-request', '"vgpu.memory" must be a positive number of bytes'],
    [req({ op: 'launch', vgpu: { gpus: [0], compute: { turbo: 1 } } }), 'bad-request', '"vgpu.compute.turbo" is not a GPU-time setting (weight, share, priority)'],
    [req({ op: 'set', name: 'a' }), 'bad-request', 'set needs "memory" (bytes) or "compute" (weight, share, priority)'],
    [req({ op: 'set', name: 'a', compute: 'high' }), 'bad-request', '"compute" must be an object with weight, share or priority'],
    [req({ op: 'set', name: 'a', compute: { priority: 'urgent' } }), 'bad-request', '"compute.priority" must be one of high, normal, low'],
    [req({ op: 'set', name: 'a', compute: { weight: '2' } }), 'bad-request', '"compute.weight" must be a number'],
    [req({ op: 'set', memory: 5 }), 'bad-request', 'set needs the vGPU\'s "name"'],
    [req({ op: 'rm' }), 'bad-request', 'rm needs the vGPU\'s "name"'],
    [req({ op: 'rm', name: 'a', force: 1 }), 'bad-request', 'rm: "force" must be true or false'],
  ];
  for (const [line, code, message] of cases) assert.deepEqual(refusal(line), [code, message], line);
});

test('good requests come back typed, with only the protocol\'s fields; a pid a request claims is never taken', () => {
  assert.deepEqual(parseRequest(req({ op: 'launch', pid: 5, extra: 1, vgpu: { gpus: [0, 'GPU-x'], memory: 1024, name: 'a', compute: { weight: 2 }, more: true } })),
    { v: 2, id: 3, op: 'launch', vgpu: { gpus: [0, 'GPU-x'], memory: 1024, name: 'a', compute: { weight: 2 } } });
  assert.deepEqual(parseRequest(req({ op: 'set', name: 'a', compute: { priority: 'high', share: 0.5 } })), { v: 2, id: 3, op: 'set', name: 'a', compute: { priority: 'high', share: 0.5 } });
  assert.deepEqual(parseRequest(req({ op: 'wake' })), { v: 2, id: 3, op: 'wake' });
  assert.deepEqual(parseRequest(req({ op: 'rm', name: 'a', force: true })), { v: 2, id: 3, op: 'rm', name: 'a', force: true });
  // Version 1 (interposers started before an upgrade) is read as 2; its pid is dropped.
  assert.deepEqual(parseRequest(JSON.stringify({ v: 1, id: 4, op: 'hello', pid: 1, token: 'f'.repeat(32) })), { v: 2, id: 4, op: 'hello', token: 'f'.repeat(32) });
});
