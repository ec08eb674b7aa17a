// Turns a library description into C. Everything C knows about an API comes from here:
// the function enum, names, prototypes, pointer typedefs, the sorted name index (dlsym),
// the version table (cuGetProcAddress), the interposer's wrappers and fakecuda's stubs.
import { GenError } from './errors.js';
import type { ApiDescription, SymbolDesc } from './description.js';
import { LIBRARIES, type LibrarySpec } from './libraries.js';

const BANNER = (lib: LibrarySpec) =>
  `/* Generated from ${lib.descriptionPath} by tools/gen (npm run gen -- emit). Do not edit. */\n`;

interface Fn { index: number; sym: SymbolDesc; entry: string }

function functions(desc: ApiDescription, lib: LibrarySpec): Fn[] {
  const fns: Fn[] = [];
  for (const e of desc.entryPoints) for (const sym of e.symbols) {
    fns.push({ index: fns.length, sym, entry: e.name });
  }
  if (fns.length > 0xffff) throw new GenError(`${lib.id}: too many functions for 16-bit indices`);
  return fns;
}

/** Return statement for a failed call: the library's error code, or a zero value for the odd function returning something else. */
const failWith = (lib: LibrarySpec, s: SymbolDesc, call: string) =>
  s.returns === lib.returns ? `return (${lib.returns})${call};` : `(void)${call};\n    return (${s.returns})0;`;
const params = (s: SymbolDesc) => (s.params.length ? s.params.map(([t, n]) => `${t}${t.endsWith('*') ? '' : ' '}${n}`).join(', ') : 'void');
const args = (s: SymbolDesc) => s.params.map(([, n]) => n).join(', ');
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function typesHeader(desc: ApiDescription, lib: LibrarySpec): string {
  const guard = `QUANTA_${lib.id.toUpperCase()}_TYPES_H`;
  return `${BANNER(lib)}/* The types of the ${lib.id} API, ABI-identical to the vendor's headers. */
#ifndef ${guard}
#define ${guard}
#include <stddef.h>
#include <stdint.h>
${desc.foreignTypes ? desc.foreignTypes + '\n' : ''}${desc.types.join('\n')}
#endif
`;
}

function apiHeader(desc: ApiDescription, lib: LibrarySpec, fns: Fn[]): string {
  const ID = lib.id.toUpperCase();
  const guard = `QUANTA_${ID}_API_H`;
  return `${BANNER(lib)}#ifndef ${guard}
#define ${guard}
#include "quanta_${lib.id}_types.h"
#include "api_table.h"

#define QUANTA_${ID}_FN_COUNT ${fns.length}
#define QUANTA_${ID}_HEADER_VERSION ${desc.source.version}

/* One index per exported symbol; tables below are indexed by it. */
enum quanta_${lib.id}_fn {
${fns.map((f) => `    QUANTA_${ID}_${f.sym.symbol} = ${f.index},`).join('\n')}
};

/* Every symbol, exported with default visibility wherever it is defined. */
#pragma GCC visibility push(default)
${fns.map((f) => `${f.sym.returns} ${f.sym.symbol}(${params(f.sym)});`).join('\n')}
#pragma GCC visibility pop

${fns.map((f) => `typedef ${f.sym.returns} (*quanta_${lib.id}_pfn_${f.sym.symbol})(${params(f.sym)});`).join('\n')}

extern const struct quanta__api quanta__${lib.id}_api;
#endif
`;
}

/** What the vendor header's version macros give an application: an entry point's name
 * means the symbol the header declares for it (cuMemAlloc -> cuMemAlloc_v2). Only programs include this, never Quanta's own
 * C, which names every symbol exactly. */
function appHeader(desc: ApiDescription, lib: LibrarySpec): string {
  const guard = `QUANTA_${lib.id.toUpperCase()}_APP_H`;
  const macros: string[] = [];
  for (const e of desc.entryPoints) {
    const current = e.symbols.filter((s) => !s.perThread && s.declaredByDefault);
    if (current.some((s) => s.symbol === e.name) || current.length !== 1) continue;
    macros.push(`#define ${e.name} ${current[0]!.symbol}`);
  }
  return `${BANNER(lib)}/* For programs written against the vendor header: entry point names mean the symbols the header declares. */
#ifndef ${guard}
#define ${guard}
#include "quanta_${lib.id}_api.h"
${macros.join('\n')}
#endif
`;
}

function tablesSource(lib: LibrarySpec, fns: Fn[]): string {
  const sorted = [...fns].sort((a, b) => byteOrder(a.sym.symbol, b.sym.symbol));
  // cuGetProcAddress: per entry, its legacy-stream and its per-thread symbols, each by ascending version.
  const entries = new Map<string, { legacy: Fn[]; perThread: Fn[] }>();
  for (const f of fns) {
    const e = entries.get(f.entry) ?? { legacy: [], perThread: [] };
    (f.sym.perThread ? e.perThread : e.legacy).push(f);
    entries.set(f.entry, e);
  }
  const entryNames = [...entries.keys()].sort(byteOrder);
  const versions: string[] = [];
  const slice = (list: Fn[]) => {
    const first = versions.length;
    for (const f of [...list].sort((a, b) => a.sym.since - b.sym.since)) versions.push(`    { ${f.sym.since}, ${f.index} }, /* ${f.sym.symbol} */`);
    return `${first}, ${list.length}`;
  };
  const entryRows = entryNames.map((name) => {
    const e = entries.get(name)!;
    return `    { "${name}", ${slice(e.legacy)}, ${slice(e.perThread)} },`;
  });
  const index = new Map(fns.map((f) => [f.sym.symbol, f.index]));
  for (const f of fns) if (f.sym.of && !index.has(f.sym.of)) throw new GenError(`${f.sym.symbol}: no symbol ${f.sym.of}`);
  return `${BANNER(lib)}#include "quanta_${lib.id}_api.h"

static const char *const names[QUANTA_${lib.id.toUpperCase()}_FN_COUNT] = {
${fns.map((f) => `    "${f.sym.symbol}",`).join('\n')}
};

/* Function indices in strcmp order of their names, for binary search. */
static const uint16_t by_name[QUANTA_${lib.id.toUpperCase()}_FN_COUNT] = {
${sorted.map((f) => `    ${f.index},`).join('\n')}
};

static const struct quanta__api_entry entries[] = {
${entryRows.join('\n')}
};

static const struct quanta__api_version versions[] = {
${versions.join('\n')}
};

const struct quanta__api quanta__${lib.id}_api = {
    "${lib.id}", QUANTA_${lib.id.toUpperCase()}_FN_COUNT, names, by_name,
    entries, ${entryNames.length}, versions,
};
`;
}

/**
 * Entry points that put work on the GPU (the driver API's only ways to): their wrappers
 * pass through the GPU-time gate (native/interposer/gate.c). Host callbacks
 * (cuLaunchHostFunc) take no GPU time and are not gated.
 */
const GPU_WORK = /^(cuLaunch(Kernel|KernelEx|CooperativeKernel|CooperativeKernelMultiDevice|Grid|GridAsync)?|cuGraphLaunch|cuMemcpy\w*|cuMemset\w*)$/;

/** Calls that wait for the GPU: once they return, the gate looks at its events at once,
 * so that the daemon sees a tenant's queue drained without waiting for its next launch
 * (a server that synchronises after each request, then idles). */
const SYNC_POINTS = /^(cuCtxSynchronize|cuStreamSynchronize|cuEventSynchronize)$/;

/** How a GPU-work wrapper names its stream (a C expression), or null for gate-only calls
 * (synchronous, or on several streams at once). A per-thread variant's NULL stream is
 * the thread's default stream, which events must be recorded on too. */
export function workStream(entry: string, s: SymbolDesc): string | null | undefined {
  if (!GPU_WORK.test(entry)) return undefined;
  const named = s.params.find(([t]) => t === 'CUstream')?.[1]
    ?? (s.params.some(([t, n]) => t === 'const CUlaunchConfig *' && n === 'config') ? '(config != NULL ? config->hStream : NULL)' : null);
  if (named === null) return null;
  return s.perThread ? `(${named} != NULL ? ${named} : QUANTA__STREAM_PER_THREAD)` : named;
}

function wrappersSource(lib: LibrarySpec, fns: Fn[]): string {
  const ID = lib.id.toUpperCase();
  // Two functions per symbol: the exported wrapper loads the real pointer and, when
  // `fast` holds, jumps to it (a tail call: the fast path needs no stack frame); anything
  // else (tracing, first call, a missing driver, a gated GPU) goes to its cold twin,
  // whose body after loading the real pointer is `cold`.
  const pair = (f: Fn, twin: string, fast: string, cold: string) => {
    const pfn = `quanta_${lib.id}_pfn_${f.sym.symbol}`;
    const idx = `QUANTA_${ID}_${f.sym.symbol}`;
    return `static QUANTA__COLD ${f.sym.returns} ${twin}_${f.sym.symbol}(${params(f.sym)})
{
    ${pfn} real = (${pfn})quanta__enter_slow(&quanta__${lib.id}_lib, ${idx});
    if (real == NULL) {
        ${failWith(lib, f.sym, `quanta__missing(&quanta__${lib.id}_lib, ${idx})`)}
    }
${cold}
}

QUANTA__WRAPPER ${f.sym.returns} ${f.sym.symbol}(${params(f.sym)})
{
    ${pfn} real = (${pfn})quanta__fast(quanta__${lib.id}_real, ${idx});
    if (__builtin_expect(real != NULL${fast}, 1))
        return real(${args(f.sym)});
    return ${twin}_${f.sym.symbol}(${args(f.sym)});
}
`;
  };
  const body = (f: Fn) => {
    const call = `real(${args(f.sym)})`;
    const stream = lib.id === 'cuda' ? workStream(f.entry, f.sym) : undefined;
    if (stream !== undefined) {
      return pair(f, 'gated', ` && ${stream === null ? 'quanta__work_ungated' : 'quanta__stream_work_ungated'}()`, `    struct quanta__work w;
    quanta__work_begin(&w, ${stream ?? 'NULL'}, ${stream === null ? 'QUANTA__WORK_GATE' : 'QUANTA__WORK_STREAM'});
    ${f.sym.returns} rc = ${call};
    quanta__work_end(&w, rc);
    return rc;`);
    }
    if (lib.id === 'cuda' && SYNC_POINTS.test(f.entry)) {
      return pair(f, 'synced', ' && quanta__work_ungated()', `    quanta__work_syncing();
    ${f.sym.returns} rc = ${call};
    quanta__work_synced();
    return rc;`);
    }
    return pair(f, 'slow', '', `    return ${call};`);
  };
  return `${BANNER(lib)}/* The interposer's pass-through wrappers: weak, so that a hand-written hook of the
 * same name (a strong definition) replaces one without any list to keep in step. */
#include "quanta_${lib.id}_api.h"
#include "wrap.h"
${lib.id === 'cuda' ? '#include "gate.h"\n' : ''}
${fns.map(body).join('\n')}
void *const quanta__${lib.id}_wrappers[QUANTA_${ID}_FN_COUNT] = {
${fns.map((f) => `    (void *)${f.sym.symbol},`).join('\n')}
};
`;
}

/** For each symbol, the symbol its default behaviour should be: symbols of one entry
 * point with the same parameter types are one function to a simulation, so all but the
 * newest forward to the newest, and a per-thread variant forwards to its origin. */
export function canonicalSymbols(desc: ApiDescription): Map<string, string> {
  const canon = new Map<string, string>();
  const types = (s: SymbolDesc) => s.params.map(([t]) => t).join(',');
  for (const e of desc.entryPoints) {
    const groups = new Map<string, SymbolDesc[]>();
    for (const s of e.symbols.filter((x) => !x.perThread)) groups.set(types(s), [...(groups.get(types(s)) ?? []), s]);
    for (const g of groups.values()) {
      const newest = g.reduce((a, s) => (s.since > a.since || (s.since === a.since && s.symbol > a.symbol) ? s : a));
      for (const s of g) canon.set(s.symbol, newest.symbol);
    }
    for (const s of e.symbols.filter((x) => x.perThread)) {
      const of = e.symbols.find((x) => x.symbol === s.of);
      canon.set(s.symbol, of && types(of) === types(s) ? canon.get(of.symbol)! : s.symbol);
    }
  }
  return canon;
}

function fakeStubsSource(lib: LibrarySpec, fns: Fn[], canon: Map<string, string>): string {
  const ID = lib.id.toUpperCase();
  const body = (f: Fn) => {
    const to = canon.get(f.sym.symbol) ?? f.sym.symbol;
    const inner = to !== f.sym.symbol
      ? `    return ${to}(${args(f.sym)});`
      : `${f.sym.params.map(([, n]) => `    (void)${n};\n`).join('')}    ${failWith(lib, f.sym, `fake__unsupported(&quanta__${lib.id}_api, QUANTA_${ID}_${f.sym.symbol})`)}`;
    return `FAKE__STUB ${f.sym.returns} ${f.sym.symbol}(${params(f.sym)})
{
${inner}
}
`;
  };
  return `${BANNER(lib)}/* fakecuda's default for every ${lib.id} symbol: a weak stub that forwards to the symbol's
 * canonical variant (the newest of the same entry point and parameter types) or, for
 * canonical symbols, answers "not supported". fakecuda's strong definitions of what it
 * simulates replace them; it defines canonical symbols only. */
#include "quanta_${lib.id}_api.h"
#include "fake_stub.h"

${fns.map(body).join('\n')}
void *const fake__${lib.id}_fns[QUANTA_${ID}_FN_COUNT] = {
${fns.map((f) => `    (void *)${f.sym.symbol},`).join('\n')}
};
`;
}

/** Every generated file (path relative to the repo root -> content) for the given descriptions. */
export function emitAll(...descs: ApiDescription[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const desc of descs) {
    const lib = LIBRARIES.find((l) => l.id === desc.library);
    if (!lib) throw new GenError(`unknown library in description: ${desc.library}`);
    const fns = functions(desc, lib);
    files[`native/gen/quanta_${lib.id}_types.h`] = typesHeader(desc, lib);
    files[`native/gen/quanta_${lib.id}_api.h`] = apiHeader(desc, lib, fns);
    files[`native/gen/quanta_${lib.id}_app.h`] = appHeader(desc, lib);
    files[`native/gen/quanta_${lib.id}_tables.c`] = tablesSource(lib, fns);
    files[`native/gen/quanta_${lib.id}_wrappers.c`] = wrappersSource(lib, fns);
    files[`native/gen/fake_${lib.id}_stubs.c`] = fakeStubsSource(lib, fns, canonicalSymbols(desc));
  }
  return files;
}
