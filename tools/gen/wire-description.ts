// The shape of api/wire/*.json: the one description of every format C and TypeScript
// share. Two kinds: layouts of shared memory (the vGPU segment, the schedule page) and
// the daemon's line protocol. The emitters (emit-wire-c.ts, emit-wire-ts.ts) read only
// what is declared here; loadWire() checks a description before anything is emitted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GenError } from './errors.js';

// ---- layouts --------------------------------------------------------------------------

export type Scalar = 'u8' | 'char' | 'u32' | 'i32' | 'u64' | 'i64';
export const SCALAR_SIZE: Record<Scalar, number> = { u8: 1, char: 1, u32: 4, i32: 4, u64: 8, i64: 8 };

export interface LayoutConstant {
  /** QUANTA_<PREFIX>_<name> in C, <PREFIX>.<name> in TypeScript. */
  name: string;
  /** C literal suffix (ull, u); plain int when absent. */
  type?: 'u32' | 'u64';
  /** A number, or a hex string for values past 2^53. */
  value: number | string;
  doc?: string;
}

export interface LayoutField {
  name: string;
  /** A scalar, or the name of a struct described before this one. */
  type: Scalar | string;
  /** Array dimensions: numbers or names of this layout's constants. A char array's last
   * dimension is a NUL-terminated string. */
  count?: (number | string)[];
  /** A byte array that fills the struct up to this offset. */
  padTo?: number;
  /** Padding: in C, not in TypeScript's views. */
  pad?: boolean;
  doc?: string;
}

export interface LayoutStruct {
  /** struct quanta_<name> in C. */
  name: string;
  doc: string;
  /** The size the fields must come to (checked by the generator, then by the compiler). */
  size: number;
  fields: LayoutField[];
}

export interface LayoutDescription {
  description: string;
  /** C names: QUANTA_<PREFIX>_*, struct quanta_<prefix>*; TypeScript: <PREFIX>. */
  prefix: string;
  constants: LayoutConstant[];
  structs: LayoutStruct[];
}

// ---- the protocol ---------------------------------------------------------------------

export type WireType =
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'string'; minLength?: number; maxLength?: number; pattern?: string }
  | { type: 'enum'; values: string[] }
  | { type: 'array'; items: WireNode; maxItems?: number }
  | { type: 'object'; fields: Record<string, WireField>; strict?: boolean; unknownKeys?: string }
  | { type: 'union'; of: WireNode[] };

/** A type, or a reference to one of the protocol's named types. */
export type WireNode = (WireType | { ref: string }) & {
  doc?: string;
  /** The message a request with a wrong value here gets: verbatim in an op's own fields,
   * after the value's path (`"vgpu.compute.weight" must be a number`) inside a named type. */
  error?: string;
};

export type WireField = WireNode & { optional?: boolean };

export interface WireOp {
  op: string;
  doc: string;
  /** The request's own fields (v, id and op are every request's). */
  request: Record<string, WireField>;
  /** At least one of these fields must be present. */
  requireOneOf?: { fields: string[]; error: string };
  /** The answer's own fields (v, id and ok are every answer's), a named type, or null
   * for a request that is not answered. */
  answer: Record<string, WireField> | { ref: string } | null;
  /** What C speaks of this op: an encoder of the request, a decoder of the answer. */
  c?: { request?: boolean; answer?: boolean };
}

export interface ProtocolDescription {
  description: string;
  version: number;
  /** The longest line the C side reads (answers included). */
  maxLine: number;
  types: Record<string, WireNode>;
  error: { doc: string; fields: Record<string, WireField> };
  ops: WireOp[];
}

export interface WireDescriptions {
  layouts: { path: string; desc: LayoutDescription }[];
  protocol: { path: string; desc: ProtocolDescription };
}

export const LAYOUT_PATHS = ['api/wire/segment.json', 'api/wire/sched-page.json', 'api/wire/forward.json'];
export const PROTOCOL_PATH = 'api/wire/protocol.json';

const NAME = /^[a-z][a-z0-9_]*$/;
const CAMEL = /^[a-zA-Z][a-zA-Z0-9]*$/;

/** Resolves a reference to the named type it names. */
export function resolve(p: ProtocolDescription, n: WireNode): WireType & { doc?: string; error?: string } {
  if ('ref' in n) {
    const t = p.types[n.ref];
    if (!t) throw new GenError(`${PROTOCOL_PATH}: unknown type ${n.ref}`);
    return { ...resolve(p, t), ...(n.error ? { error: n.error } : {}) };
  }
  return n;
}

function checkLayout(path: string, d: LayoutDescription): void {
  const bad = (what: string) => { throw new GenError(`${path}: ${what}`); };
  if (!NAME.test(d.prefix)) bad(`prefix ${d.prefix} must be a C name`);
  const consts = new Set(d.constants.map((c) => c.name));
  for (const c of d.constants) if (!/^[A-Z][A-Z0-9_]*$/.test(c.name)) bad(`constant ${c.name} must be upper case`);
  const structs = new Set<string>();
  for (const s of d.structs) {
    if (!NAME.test(s.name) || !s.name.startsWith(d.prefix)) bad(`struct ${s.name} must be a C name starting with ${d.prefix}`);
    for (const f of s.fields) {
      if (!NAME.test(f.name)) bad(`${s.name}.${f.name} must be a C name`);
      if (!(f.type in SCALAR_SIZE) && !structs.has(f.type)) bad(`${s.name}.${f.name}: unknown type ${f.type} (structs must be described before use)`);
      for (const n of f.count ?? []) if (typeof n === 'string' ? !consts.has(n) : !(Number.isInteger(n) && n > 0)) bad(`${s.name}.${f.name}: bad dimension ${n}`);
      if (f.padTo !== undefined && (f.type !== 'u8' || f.count)) bad(`${s.name}.${f.name}: padTo needs a u8 field without count`);
    }
    structs.add(s.name);
  }
}

function checkNode(p: ProtocolDescription, where: string, n: WireNode): void {
  const bad = (what: string) => { throw new GenError(`${PROTOCOL_PATH}: ${where}: ${what}`); };
  if ('ref' in n) { if (!p.types[n.ref]) bad(`unknown type ${n.ref}`); return; }
  switch (n.type) {
    case 'integer': case 'number': case 'boolean': case 'string': return;
    case 'enum': if (n.values.length === 0) bad('an enum needs values'); return;
    case 'array': checkNode(p, `${where}[]`, n.items); return;
    case 'union': n.of.forEach((m, i) => checkNode(p, `${where}|${i}`, m)); return;
    case 'object':
      for (const [k, f] of Object.entries(n.fields)) { if (!CAMEL.test(k)) bad(`field ${k} is not a plain name`); checkNode(p, `${where}.${k}`, f); }
      return;
    default: bad(`unknown type ${(n as { type: string }).type}`);
  }
}

function checkProtocol(p: ProtocolDescription): void {
  const bad = (what: string) => { throw new GenError(`${PROTOCOL_PATH}: ${what}`); };
  if (!Number.isInteger(p.version) || p.version < 1) bad('version must be a positive integer');
  for (const [k, t] of Object.entries(p.types)) { if (!/^[A-Z][A-Za-z0-9]*$/.test(k)) bad(`type ${k} must be PascalCase`); checkNode(p, k, t); }
  const seen = new Set<string>();
  for (const o of p.ops) {
    if (!/^[a-z][a-z-]*$/.test(o.op) || seen.has(o.op)) bad(`op ${o.op} must be a unique lower-case word`);
    seen.add(o.op);
    for (const [k, f] of Object.entries(o.request)) {
      if (['v', 'id', 'op'].includes(k)) bad(`${o.op}: ${k} is every request's`);
      checkNode(p, `${o.op}.${k}`, f);
    }
    for (const k of o.requireOneOf?.fields ?? []) if (!o.request[k]?.optional) bad(`${o.op}: requireOneOf names ${k}, not an optional field`);
    if (o.answer && !('ref' in o.answer)) for (const [k, f] of Object.entries(o.answer)) checkNode(p, `${o.op} answer.${k}`, f);
    else if (o.answer) checkNode(p, `${o.op} answer`, o.answer as WireNode);
    if (o.c?.answer && o.answer === null) bad(`${o.op}: C cannot decode an answer that never comes`);
  }
}

/** Reads and checks every wire description under `root`. */
export function loadWire(root: string): WireDescriptions {
  const read = <T>(rel: string) => JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;
  const layouts = LAYOUT_PATHS.map((path) => ({ path, desc: read<LayoutDescription>(path) }));
  for (const l of layouts) checkLayout(l.path, l.desc);
  const protocol = { path: PROTOCOL_PATH, desc: read<ProtocolDescription>(PROTOCOL_PATH) };
  checkProtocol(protocol.desc);
  return { layouts, protocol };
}
