// What one CUDA context costs in device memory on each GPU: measured once by
// native/build/quanta-context-cost (a context on the GPU, read back through NVML), so
// the daemon can charge it to vGPUs. A context's memory is real (about 525 MiB on an
// H100 with driver 580) and no allocation call ever shows it. Real GPUs' figures are
// cached per driver version and GPU in the state folder, since measuring takes a
// context's creation time; simulated ones depend on fakecuda's environment and are
// measured each time.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runNativeTool, type ToolDriver } from './native-tool.js';

export interface ContextCosts {
  /** Bytes per context by GPU UUID; a GPU that could not be measured is absent. */
  bytes: Map<string, number>;
  /** One line per GPU that could not be measured, for the log. */
  problems: string[];
}

interface CacheFile { driver: string; bytes: Record<string, number> }

function readCache(file: string, driver: string): Record<string, number> {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return c.driver === driver && typeof c.bytes === 'object' && c.bytes !== null ? c.bytes : {};
  } catch {
    return {};
  }
}

/** Measures (or reads from `cacheFile`) the context cost of each GPU in `uuids`. */
export async function contextCosts(uuids: string[], driver: ToolDriver, driverVersion: string, cacheFile: string,
  env: NodeJS.ProcessEnv = process.env): Promise<ContextCosts> {
  const cached = driver === 'real' ? readCache(cacheFile, driverVersion) : {};
  const bytes = new Map<string, number>();
  const problems: string[] = [];
  await Promise.all(uuids.map(async (uuid) => {
    const known = cached[uuid];
    if (typeof known === 'number' && Number.isSafeInteger(known) && known > 0) { bytes.set(uuid, known); return; }
    try {
      const out = JSON.parse(await runNativeTool('quanta-context-cost', [uuid], { driver, env, timeoutMs: 60_000 })) as { contextBytes?: unknown; error?: unknown };
      if (typeof out.contextBytes === 'number' && Number.isSafeInteger(out.contextBytes) && out.contextBytes > 0) bytes.set(uuid, out.contextBytes);
      else problems.push(`${uuid}: ${typeof out.error === 'string' ? out.error : 'no figure'}`);
    } catch (e) {
      problems.push(`${uuid}: ${(e as Error).message}`);
    }
  }));
  if (driver === 'real' && bytes.size > 0) {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ driver: driverVersion, bytes: Object.fromEntries(bytes) } satisfies CacheFile) + '\n', { mode: 0o600 });
    renameSync(tmp, cacheFile);
  }
  return { bytes, problems };
}
