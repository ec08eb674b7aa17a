// Builds Quanta's one description of the driver API from the toolkit's headers:
// every entry point, the versioned symbols that implement it (with the CUDA version
// that introduced each, as cuGetProcAddress selects them) and every symbol's signature.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeclarations, type Prototype, type TypeDecl } from './c-decls.js';
import { preprocess } from './preprocess.js';
import type { LibrarySpec } from './libraries.js';
import { GenError } from './errors.js';
import type { ApiDescription, EntryPoint, SymbolDesc } from './description.js';

interface PfnVersion { entry: string; version: number; perThread: 'ptds' | 'ptsz' | null; params: number }

/** "PFN_cuMemAlloc_v3020" style typedefs name an entry point and the version that introduced a symbol. */
export function readPfnVersions(text: string): PfnVersion[] {
  const out: PfnVersion[] = [];
  const re = /typedef\s+\w+\s*\(\s*CUDAAPI\s*\*\s*PFN_(\w+)_v(\d{4,})(?:_(ptds|ptsz))?\s*\)\s*\(([^;]*)\)\s*;/g;
  for (const m of text.matchAll(re)) {
    const params = m[4]!.trim();
    out.push({ entry: m[1]!, version: Number(m[2]), perThread: (m[3] as 'ptds' | 'ptsz' | undefined) ?? null,
      params: params === '' || params === 'void' ? 0 : params.split(',').length });
  }
  return out;
}

const PT = /_(ptds|ptsz)$/;
/** Strips the per-thread suffix and then the _vN suffix: cuMemcpyHtoD_v2_ptds -> cuMemcpyHtoD. */
export function entryOf(symbol: string): string {
  return symbol.replace(PT, '').replace(/_v\d+$/, '');
}
function suffixRank(symbol: string): number {
  const m = /_v(\d+)$/.exec(symbol.replace(PT, ''));
  return m ? Number(m[1]) : 1;
}

/** Dates symbols (ordered by _vN suffix) with the entry's versions (ascending). More
 * versions than symbols means a version changed behaviour, not the symbol: the newest
 * symbols take the newest versions. */
function zipVersions(entry: string, syms: Prototype[], versions: number[], since: Map<string, number>, warnings: string[]): void {
  if (versions.length === 0) return;
  const off = versions.length - syms.length;
  if (off < 0) warnings.push(`${entry}: ${syms.length} symbols but ${versions.length} versions in the typedef headers`);
  syms.forEach((s, i) => since.set(s.name, versions[Math.max(0, i + off)] ?? 0));
}

/** Describes one library from the headers in includeDir. */
export function describe(lib: LibrarySpec, includeDir: string): ApiDescription {
  const main = join(includeDir, lib.headers[0]!);
  if (!existsSync(main)) {
    throw new GenError(`no ${lib.headers[0]} in ${includeDir}: pass the toolkit's include folder (e.g. /usr/local/cuda/include)`);
  }
  const passes = lib.passes.map((defines) => parseDeclarations(preprocess(includeDir, lib.headers, defines) + '\n' + lib.undeclaredExports));
  const declaredByDefault = new Set(passes[0]!.prototypes.map((p) => p.name));
  const protos = new Map<string, Prototype>();
  for (const pass of passes) for (const p of pass.prototypes) if (!protos.has(p.name)) protos.set(p.name, p);

  const types: TypeDecl[] = [...passes[0]!.types];
  const known = new Set(types.flatMap((t) => t.defines));
  for (const t of passes.slice(1).flatMap((p) => p.types)) if (t.defines.length && t.defines.every((d) => !known.has(d))) {
    types.push(t);
    t.defines.forEach((d) => known.add(d));
  }

  const pfn: PfnVersion[] = [];
  for (const h of lib.typedefHeaders) {
    const f = join(includeDir, h);
    if (existsSync(f)) pfn.push(...readPfnVersions(readFileSync(f, 'utf8')));
  }
  const version = Number(new RegExp(`#define\\s+${lib.versionMacro}\\s+(\\d+)`).exec(readFileSync(main, 'utf8'))?.[1] ?? 0);

  // Group symbols by entry point; non-per-thread symbols get versions by zipping the
  // entry's PFN versions (ascending) with its symbols ordered by _vN suffix.
  const byEntry = new Map<string, Prototype[]>();
  for (const p of protos.values()) {
    if (!p.name.startsWith(lib.prefix)) continue;
    const e = entryOf(p.name);
    byEntry.set(e, [...(byEntry.get(e) ?? []), p]);
  }
  const warnings: string[] = [];
  const entryPoints: EntryPoint[] = [];
  for (const [entry, syms] of [...byEntry].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const plain = syms.filter((s) => !PT.test(s.name)).sort((a, b) => suffixRank(a.name) - suffixRank(b.name));
    const versions = [...new Set(pfn.filter((v) => v.entry === entry && !v.perThread).map((v) => v.version))].sort((a, b) => a - b);
    const since = new Map<string, number>();
    zipVersions(entry, plain, versions, since, warnings);
    // Per-thread variants have versions of their own (mostly 7000, when they appeared):
    // the driver hands one out only from that version on.
    const perThread = syms.filter((s) => PT.test(s.name)).sort((a, b) => suffixRank(a.name) - suffixRank(b.name));
    const ptVersions = [...new Set(pfn.filter((v) => v.entry === entry && v.perThread).map((v) => v.version))].sort((a, b) => a - b);
    zipVersions(entry, perThread, ptVersions, since, warnings);
    // Cross-check the zip: the PFN typedef of a symbol's version must take as many parameters.
    for (const s of plain) {
      const v = pfn.find((x) => x.entry === entry && !x.perThread && x.version === since.get(s.name));
      if (v && v.params !== s.params.length) warnings.push(`${s.name}: ${s.params.length} parameters, PFN_${entry}_v${v.version} has ${v.params}`);
    }
    const symbols: SymbolDesc[] = syms
      .sort((a, b) => suffixRank(a.name) - suffixRank(b.name) || (a.name < b.name ? -1 : 1))
      .map((p) => {
        const pt = PT.exec(p.name);
        const of = pt ? p.name.replace(PT, '') : null;
        return {
          symbol: p.name,
          since: since.get(p.name) ?? since.get(of ?? p.name) ?? 0,
          perThread: (pt?.[1] as 'ptds' | 'ptsz' | undefined) ?? null,
          ...(of ? { of } : {}),
          declaredByDefault: declaredByDefault.has(p.name),
          returns: p.returns,
          params: p.params.map((q) => [q.type, q.name] as [string, string]),
        };
      });
    entryPoints.push({ name: entry, symbols });
  }
  return {
    description: `${lib.id} entry points, their versioned symbols and signatures. Generated by \`npm run gen -- describe\`; do not edit.`,
    library: lib.id,
    source: { headers: [...lib.headers, ...lib.typedefHeaders], version },
    foreignTypes: lib.foreignTypes,
    types: types.map((t) => t.text + ';'),
    entryPoints,
    warnings,
  };
}
