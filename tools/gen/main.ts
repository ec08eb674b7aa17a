// quanta's code generator. `describe` reads the vendor headers (only where the toolkit is
// installed) into api/*.json; `emit` and `check` turn those descriptions, and the wire
// formats' (api/wire/*.json), into the committed sources under native/gen and src/gen, so
// building never needs the toolkit.
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from './describe.js';
import { emitAll } from './emit-c.js';
import { emitWire } from './emit-wire.js';
import { emitForward } from './emit-forward-c.js';
import { loadForward, planForwarding } from './forward-description.js';
import { GenError } from './errors.js';
import { LIBRARIES } from './libraries.js';
import type { ApiDescription } from './description.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function loadDescriptions(root = ROOT): ApiDescription[] {
  return LIBRARIES.map((l) => JSON.parse(readFileSync(join(root, l.descriptionPath), 'utf8')) as ApiDescription);
}

/** Every generated file (relative path -> text) from the committed descriptions. */
export function generatedFiles(root = ROOT): Record<string, string> {
  const descs = loadDescriptions(root);
  const cuda = descs.find((d) => d.library === 'cuda')!;
  const nvml = descs.find((d) => d.library === 'nvml')!;
  return { ...emitAll(...descs), ...emitWire(root),
    ...emitForward(cuda, planForwarding(cuda, loadForward(root, 'cuda'), 'cuda'), nvml, planForwarding(nvml, loadForward(root, 'nvml'), 'nvml')) };
}

const USAGE = `usage: gen describe cuda|nvml INCLUDE_DIR   read vendor headers into api/*.json
       gen emit                          write native/gen/* and src/gen/* from api/*.json and api/wire/*.json
       gen check                         exit 1 if any of them is out of date`;

export function run(argv: string[]): number {
  const [cmd, which, dir] = argv;
  if (cmd === 'describe') {
    const lib = LIBRARIES.find((l) => l.id === which);
    if (!lib || !dir) throw new GenError(USAGE);
    const desc = describe(lib, dir);
    const out = join(ROOT, lib.descriptionPath);
    writeFileSync(out, JSON.stringify(desc, null, 1) + '\n');
    const n = desc.entryPoints.reduce((a, e) => a + e.symbols.length, 0);
    console.log(`wrote ${lib.descriptionPath}: ${desc.entryPoints.length} entry points, ${n} symbols, ${desc.warnings.length} warnings`);
    for (const w of desc.warnings) console.log(`  warning: ${w}`);
    return 0;
  }
  if (cmd === 'emit' || cmd === 'check') {
    let stale = 0;
    for (const [rel, text] of Object.entries(generatedFiles())) {
      const path = join(ROOT, rel);
      let old = '';
      try { old = readFileSync(path, 'utf8'); } catch { /* a new file */ }
      if (old === text) continue;
      if (cmd === 'check') { console.error(`stale: ${rel} (run: npm run gen -- emit)`); stale++; continue; }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      console.log(`wrote ${rel}`);
    }
    return stale ? 1 : 0;
  }
  throw new GenError(USAGE);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    console.error(`gen: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  }
}
