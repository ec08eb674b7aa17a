// The shape of api/forward/cuda-driver.json: what API forwarding sends for each forwarded
// entry point (docs/design/forwarding.md), and its checks against the API description.
// planForwarding() turns both into one plan per symbol, which emit-forward-c.ts writes out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GenError } from './errors.js';
import type { ApiDescription, SymbolDesc } from './description.js';

/** Each forwarded library's description, and what its entry points return. */
export const FORWARD = {
  cuda: { path: 'api/forward/cuda-driver.json', result: 'CUresult' },
  nvml: { path: 'api/forward/nvml.json', result: 'nvmlReturn_t' },
} as const;
export type ForwardLibrary = keyof typeof FORWARD;

export type ForwardMode = 'sync' | 'async' | 'local';

export interface ForwardEntry {
  mode: ForwardMode;
  /** Pointer parameter name -> "DIR SIZE" or "none" (see the description's own text). */
  pointers?: Record<string, string>;
  /** A copy split into calls of at most QUANTA_FWD_CHUNK bytes: `size` counts the bytes,
   * `advance` are the parameters that move by what was done (device addresses, and host
   * buffers sized by `size`). */
  split?: { size: string; advance: string[] };
  /** The answer never changes for the same arguments (device attributes, a function's
   * attributes): the client keeps successful answers and gives repeats itself. */
  cache?: boolean;
  /** The call may change such answers (a function attribute set, a module unloaded): the
   * client forgets every kept answer. */
  forgetsCache?: boolean;
}

export interface ForwardDescription {
  description: string;
  entryPoints: Record<string, ForwardEntry>;
}

/** How one parameter crosses the wire. */
export type ParamPlan =
  | { kind: 'scalar'; name: string; type: string }
  | { kind: 'none'; name: string; type: string }
  | { kind: 'in-elem' | 'out-elem' | 'inout-elem'; name: string; type: string; pointee: string }
  | { kind: 'in-bytes' | 'out-bytes'; name: string; type: string; size: string }
  | { kind: 'in-cstring' | 'in-image'; name: string; type: string }
  /** A string the driver owns (`const char **`): its bytes come back, and the client
   * answers with its own copy, kept for the life of the process. */
  | { kind: 'out-name'; name: string; type: string }
  | { kind: 'in-kernel-params'; name: string; type: string; fn: string }
  /** An option list (JIT or library options): the options, their count and their values
   * go together; values the driver writes back come back. */
  | { kind: 'in-options'; name: string; type: string; family: 'jit' | 'library'; count: string; values: string }
  | { kind: 'with-options'; name: string; type: string }
  /** An output array whose length in elements is what an in/out count parameter holds
   * before the call (NVML's "infoCount, infos"); as many come back as the call reports. */
  | { kind: 'out-counted'; name: string; type: string; pointee: string; count: string }
  /** A CUlaunchConfig and the attributes it points to (plain data). */
  | { kind: 'in-launch-config'; name: string; type: string };

export interface SymbolPlan {
  symbol: string;
  entry: string;
  mode: ForwardMode;
  params: ParamPlan[];
  split?: { size: string; advance: ParamPlan[] };
  cache?: 'keep' | 'forget';
}

const isPointer = (type: string) => type.includes('*');
const INTEGER = /^(const )?(int|unsigned int|unsigned|size_t|unsigned long long|long long|cuuint32_t|cuuint64_t|CUdevice|int64_t|uint64_t|uint32_t|int32_t)$/;

/** The type a single-level pointer type points to, without const: "const CUuuid *" -> "CUuuid". */
export function pointee(type: string): string {
  const t = type.trim();
  if (!t.endsWith('*')) throw new GenError(`${type} is not a pointer`);
  return t.slice(0, -1).trim().replace(/^const\s+/, '');
}

function planParam(where: string, path: string, s: SymbolDesc, [type, name]: [string, string], spec: string | undefined): ParamPlan {
  if (!isPointer(type)) {
    if (spec !== undefined) throw new GenError(`${where}: ${name} is not a pointer (${type}); only pointer parameters are described`);
    return { kind: 'scalar', name, type };
  }
  if (spec === undefined) throw new GenError(`${where}: pointer parameter ${name} (${type}) is not described in ${path}`);
  if (spec === 'none') return { kind: 'none', name, type };
  const [dir, size, extra, extra2, ...rest] = spec.split(/\s+/);
  const extras = size === 'kernelParams' || size === 'with' ? 1 : size === 'jitopts' || size === 'libopts' ? 2 : 0;
  if (rest.length > 0 || [extra, extra2].filter((x) => x !== undefined).length !== extras) throw new GenError(`${where}: "${spec}" for ${name}: write "DIR SIZE"`);
  if (dir !== 'in' && dir !== 'out' && dir !== 'inout') throw new GenError(`${where}: "${spec}" for ${name}: DIR must be in, out or inout`);
  if (dir === 'inout' && size !== 'elem') throw new GenError(`${where}: "${spec}" for ${name}: inout is for one element only`);
  const sizeParam = (n: string) => {
    const p = s.params.find(([, pn]) => pn === n);
    if (!p || !INTEGER.test(p[0].trim())) throw new GenError(`${where}: "${spec}" for ${name}: ${n} is not an integer parameter of ${s.symbol}`);
    return n;
  };
  switch (size) {
    case 'elem': {
      const to = pointee(type);
      if (to === 'void' || isPointer(to)) throw new GenError(`${where}: ${name} (${type}) has no element size: give its size`);
      return { kind: dir === 'in' ? 'in-elem' : dir === 'out' ? 'out-elem' : 'inout-elem', name, type, pointee: to };
    }
    case 'cstring':
    case 'image':
      if (dir !== 'in') throw new GenError(`${where}: ${size} is for inputs only (${name})`);
      return { kind: size === 'cstring' ? 'in-cstring' : 'in-image', name, type };
    case 'name':
      if (dir !== 'out' || type.trim() !== 'const char **') throw new GenError(`${where}: name is for a const char ** output (${name})`);
      return { kind: 'out-name', name, type };
    case 'jitopts':
    case 'libopts': {
      const family = size === 'jitopts' ? 'jit' : 'library';
      const want = family === 'jit' ? 'CUjit_option *' : 'CUlibraryOption *';
      if (dir !== 'in' || type.trim() !== want) throw new GenError(`${where}: ${size} is for a ${want} input (${name})`);
      const values = s.params.find(([, pn]) => pn === extra2);
      if (!values || values[0].trim() !== 'void **') throw new GenError(`${where}: "${spec}": ${String(extra2)} is not a void ** parameter`);
      return { kind: 'in-options', name, type, family, count: sizeParam(extra!), values: extra2! };
    }
    case 'launchconfig':
      if (dir !== 'in' || type.trim() !== 'const CUlaunchConfig *') throw new GenError(`${where}: launchconfig is for a const CUlaunchConfig * input (${name})`);
      return { kind: 'in-launch-config', name, type };
    case 'with':
      if (dir !== 'in' || !s.params.some(([, pn]) => pn === extra)) throw new GenError(`${where}: "${spec}": ${String(extra)} is not a parameter`);
      return { kind: 'with-options', name, type };
    case 'kernelParams': {
      if (dir !== 'in' || type.trim() !== 'void **') throw new GenError(`${where}: kernelParams is for a void ** input (${name})`);
      const fn = s.params.find(([, pn]) => pn === extra);
      if (!fn || !['CUfunction', 'CUkernel'].includes(fn[0].trim())) throw new GenError(`${where}: "${spec}": ${String(extra)} is not a CUfunction parameter`);
      return { kind: 'in-kernel-params', name, type, fn: fn[1] };
    }
    default:
      if (size === undefined) throw new GenError(`${where}: "${spec}" for ${name}: no SIZE`);
      if (size.startsWith('count:')) {
        // An array sized by an in/out count parameter (itself "inout elem").
        const countName = size.slice(6);
        const cp = s.params.find(([, pn]) => pn === countName);
        if (dir !== 'out' || !cp || !/^(unsigned int|unsigned|int|size_t) \*$/.test(cp[0].trim())) throw new GenError(`${where}: "${spec}": ${countName} is not an int * parameter`);
        const to = pointee(type);
        if (to === 'void' || isPointer(to)) throw new GenError(`${where}: ${name} (${type}) has no element size`);
        return { kind: 'out-counted', name, type, pointee: to, count: countName };
      }
      if (size.startsWith('elems:')) {
        // An array of that many elements (an integer parameter counts them, not bytes).
        const to = pointee(type);
        if (to === 'void' || isPointer(to)) throw new GenError(`${where}: ${name} (${type}) has no element size`);
        return { kind: dir === 'in' ? 'in-bytes' : 'out-bytes', name, type, size: `(uint64_t)${sizeParam(size.slice(6))} * sizeof(${to})` };
      }
      if (size.startsWith('attr:')) {
        // A pointer attribute's value: its size follows from the attribute (fwd_options.h).
        if (dir !== 'out') throw new GenError(`${where}: attr: is for outputs (${name})`);
        const attr = s.params.find(([, pn]) => pn === size.slice(5));
        if (!attr || attr[0].trim() !== 'CUpointer_attribute') throw new GenError(`${where}: "${spec}": ${size.slice(5)} is not a CUpointer_attribute parameter`);
        return { kind: 'out-bytes', name, type, size: `quanta__fwd_pointer_attribute_size(${attr[1]})` };
      }
      return { kind: dir === 'in' ? 'in-bytes' : 'out-bytes', name, type, size: sizeParam(size) };
  }
}

/** A split copy: the size is an integer parameter; what advances is a device address or a
 * host buffer of that size. */
function planSplit(where: string, params: ParamPlan[], split: { size: string; advance: string[] }): { size: string; advance: ParamPlan[] } {
  const size = params.find((p) => p.name === split.size);
  if (!size || size.kind !== 'scalar' || !INTEGER.test(size.type.trim())) throw new GenError(`${where}: split size ${split.size} is not an integer parameter`);
  const advance: ParamPlan[] = split.advance.map((n) => {
    const p = params.find((x) => x.name === n);
    const ok = p && ((p.kind === 'scalar' && /^CUdeviceptr(_v\d+)?$/.test(p.type.trim())) || ((p.kind === 'in-bytes' || p.kind === 'out-bytes') && p.size === split.size));
    if (!p || !ok) throw new GenError(`${where}: split advances ${n}, which is neither a CUdeviceptr nor a buffer of ${split.size} bytes`);
    return p;
  });
  const buffers = params.filter((p) => (p.kind === 'in-bytes' || p.kind === 'out-bytes') && p.size === split.size);
  for (const b of buffers) if (!advance.includes(b)) throw new GenError(`${where}: split must advance ${b.name} (its size is ${split.size})`);
  return { size: split.size, advance };
}

/** Every forwarded symbol's plan, checked against the API description. */
export function planForwarding(api: ApiDescription, fwd: ForwardDescription, lib: ForwardLibrary = 'cuda'): SymbolPlan[] {
  const FORWARD_PATH = FORWARD[lib].path;
  const plans: SymbolPlan[] = [];
  for (const [entry, spec] of Object.entries(fwd.entryPoints)) {
    const e = api.entryPoints.find((x) => x.name === entry);
    if (!e) throw new GenError(`${FORWARD_PATH}: ${entry} is not an entry point of ${api.library}`);
    if (!['sync', 'async', 'local'].includes(spec.mode)) throw new GenError(`${FORWARD_PATH}: ${entry}: mode must be sync, async or local`);
    const named = new Set(Object.keys(spec.pointers ?? {}));
    for (const s of e.symbols) {
      const where = `${FORWARD_PATH}: ${s.symbol}`;
      if (s.returns !== FORWARD[lib].result && spec.mode !== 'local') throw new GenError(`${where}: returns ${s.returns}, not ${FORWARD[lib].result}`);
      if (spec.mode === 'local') {
        plans.push({ symbol: s.symbol, entry, mode: 'local', params: [] });
        continue;
      }
      const params = s.params.map((p) => planParam(where, FORWARD_PATH, s, p, spec.pointers?.[p[1]]));
      if (spec.mode === 'async' && params.some((p) => p.kind.startsWith('out') || p.kind === 'inout-elem')) throw new GenError(`${where}: an async call cannot have outputs`);
      for (const p of params) named.delete(p.name);
      if (spec.cache && (spec.mode !== 'sync' || spec.split || spec.forgetsCache)) throw new GenError(`${where}: cache is for sync calls that are not split and forget nothing`);
      if (spec.cache && params.some((p) => !['scalar', 'out-elem', 'out-bytes', 'out-name'].includes(p.kind))) throw new GenError(`${where}: cache is for calls whose inputs are scalars`);
      const cache = spec.cache ? 'keep' as const : spec.forgetsCache ? 'forget' as const : undefined;
      plans.push({ symbol: s.symbol, entry, mode: spec.mode, params, ...(spec.split ? { split: planSplit(where, params, spec.split) } : {}), ...(cache ? { cache } : {}) });
    }
    // A described name must be a parameter of some symbol (versions differ: cuCtxCreate_v3's paramsArray).
    for (const n of named) if (!e.symbols.some((s) => s.params.some(([, pn]) => pn === n))) throw new GenError(`${FORWARD_PATH}: ${entry}: no parameter ${n}`);
  }
  return plans;
}

export function loadForward(root: string, lib: ForwardLibrary = 'cuda'): ForwardDescription {
  return JSON.parse(readFileSync(join(root, FORWARD[lib].path), 'utf8')) as ForwardDescription;
}
