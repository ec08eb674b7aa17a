// GPU discovery: the probe against fakecuda's NVML, and the checks on what it prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { discoverGpus, GpuDiscoveryError, parseProbeOutput } from '../src/daemon/gpus.js';
import { realDriverPresent } from '../src/run/driver.js';

test('discovers the simulated GPUs with their memory, flagged as simulated', async () => {
  const session = `gpus-${process.pid}`;
  try {
    const inv = await discoverGpus('simulated', { ...process.env, FAKECUDA_DEVICES: '2', FAKECUDA_MEM: '8GiB', FAKECUDA_SESSION: session });
    assert.equal(inv.simulated, true);
    assert.match(inv.driver, /fakecuda/);
    assert.equal(inv.gpus.length, 2);
    assert.deepEqual(inv.gpus.map((g) => [g.index, g.memoryTotal, g.simulated, g.migEnabled]), [[0, 8 * 2 ** 30, true, false], [1, 8 * 2 ** 30, true, false]]);
    assert.notEqual(inv.gpus[0]!.uuid, inv.gpus[1]!.uuid);
  } finally {
    rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
  }
});

test('with no NVML at all, discovery fails with the reason', { skip: realDriverPresent() && 'a real driver is installed here' }, async () => {
  await assert.rejects(discoverGpus('real', { ...process.env, LD_LIBRARY_PATH: '/nonexistent' }), GpuDiscoveryError);
  await assert.rejects(discoverGpus('real', { ...process.env, LD_LIBRARY_PATH: '/nonexistent' }), /cannot load libnvidia-ml\.so\.1/);
});

test('the probe\'s output is checked field by field', () => {
  const good = '{"driver":"580","devices":[{"index":0,"uuid":"GPU-1","name":"H100","memoryTotal":85899345920,"memoryUsed":0,"migEnabled":true,"migDevices":[{"index":0,"uuid":"MIG-1","memoryTotal":10737418240}]}]}';
  const inv = parseProbeOutput(good, false);
  assert.equal(inv.gpus[0]!.migDevices[0]!.uuid, 'MIG-1');
  assert.throws(() => parseProbeOutput('not json', false), /not JSON/);
  assert.throws(() => parseProbeOutput('{"error":"nvmlInit failed: Driver Not Loaded"}', false), /GPU discovery failed: nvmlInit failed/);
  assert.throws(() => parseProbeOutput(good.replace('"memoryTotal":85899345920', '"memoryTotal":-1'), false), /GPU 0 .* "memoryTotal"/);
  assert.throws(() => parseProbeOutput('{"driver":"580"}', false), /lacks "driver" or "devices"/);
});
