// The wire descriptions as TypeScript: the layouts (constants, offsets, and a typed view
// class per struct over a Buffer) and the protocol (a type and a zod schema per message).
import { GenError } from './errors.js';
import type { PlacedField, PlacedLayout, PlacedStruct } from './wire-layout.js';
import { PROTOCOL_PATH, resolve, type ProtocolDescription, type WireField, type WireNode, type WireOp } from './wire-description.js';
import { wrap } from './emit-wire-c.js';

const banner = (paths: string[]) => `// Generated from ${paths.join(', ')} by tools/gen (npm run gen -- emit). Do not edit.\n`;
const jsdoc = (text: string | undefined, indent = '') => {
  if (!text) return '';
  const lines = wrap(text.replace(/\*\//g, '* /'), 96 - indent.length);
  return lines.length === 1 ? `${indent}/** ${lines[0]} */\n` : `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */\n`;
};
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => camel(s).replace(/^./, (c) => c.toUpperCase());

// ---- layouts --------------------------------------------------------------------------

const READ: Record<string, [string, string, string]> = {
  u8: ['number', 'readUInt8', 'writeUInt8'],
  u32: ['number', 'readUInt32LE', 'writeUInt32LE'],
  i32: ['number', 'readInt32LE', 'writeInt32LE'],
  u64: ['bigint', 'readBigUInt64LE', 'writeBigUInt64LE'],
  i64: ['bigint', 'readBigInt64LE', 'writeBigInt64LE'],
};

function viewMembers(s: PlacedStruct, layoutName: string): string[] {
  const out: string[] = [];
  for (const f of s.fields.filter((x) => !x.pad)) {
    const F = `${layoutName}.fields.${f.name}`;
    const name = camel(f.name);
    const doc = jsdoc(f.doc, '  ');
    // A char array's last dimension is the string; the dimensions before it index.
    const index = f.scalar === 'char' ? f.dims.slice(0, -1) : f.dims;
    if (index.length > 1) throw new GenError(`${s.name}.${f.name}: views index one dimension`);
    const at = index.length ? `elementAt(${F}, i, this.at)` : `this.at + ${F}.offset`;
    const arg = index.length ? 'i: number' : '';
    const Set = `set${pascal(f.name)}`;
    if (f.scalar === 'char') {
      const len = f.dims[f.dims.length - 1]!;
      if (index.length) {
        out.push(`${doc}  ${name}(${arg}): string { return readString(this.buf, ${at}, ${len}); }`);
        out.push(`  ${Set}(${arg}, v: string): void { writeString(this.buf, ${at}, ${len}, v); }`);
      } else {
        out.push(`${doc}  get ${name}(): string { return readString(this.buf, ${at}, ${len}); }`);
        out.push(`  set ${name}(v: string) { writeString(this.buf, ${at}, ${len}, v); }`);
      }
    } else if (f.scalar) {
      const [ts, r, w] = READ[f.scalar]!;
      if (index.length) {
        out.push(`${doc}  ${name}(${arg}): ${ts} { return this.buf.${r}(${at}); }`);
        out.push(`  ${Set}(${arg}, v: ${ts}): void { this.buf.${w}(v, ${at}); }`);
      } else {
        out.push(`${doc}  get ${name}(): ${ts} { return this.buf.${r}(${at}); }`);
        out.push(`  set ${name}(v: ${ts}) { this.buf.${w}(v, ${at}); }`);
      }
    } else {
      out.push(`${doc}  ${name}(${arg}): ${pascal(f.type)}View { return new ${pascal(f.type)}View(this.buf, ${at}); }`);
    }
  }
  return out;
}

const fieldLayout = (f: PlacedField) => `${f.name}: { offset: ${f.offset}, size: ${f.size}, dims: [${f.dims.join(', ')}] }`;

/** src/gen/layout.ts: every layout. */
export function emitLayoutTs(layouts: PlacedLayout[]): string {
  const out: string[] = [banner(layouts.map((l) => l.path)) + `// The layouts of the memory Quanta's processes and its daemon share; C has the same
// (native/gen/quanta_wire.h), and test/wire.test.ts compares the two.
import { elementAt, readString, writeString, type StructLayout } from '../wire-view.js';

export { elementAt, type FieldLayout, type StructLayout } from '../wire-view.js';`];
  for (const l of layouts) {
    const P = l.prefix.toUpperCase();
    const value = (c: PlacedLayout['constants'][number]) => (c.big <= BigInt(Number.MAX_SAFE_INTEGER) ? String(c.big) : `0x${c.big.toString(16)}n`);
    out.push(`// ---- ${l.path} ----\n\n${jsdoc(l.description)}export const ${P} = {\n${l.constants.map((c) => `${jsdoc(c.doc, '  ')}  ${c.name}: ${value(c)},`).join('\n')}\n} as const;`);
    for (const s of l.structs) {
      const L = `${s.name.toUpperCase()}_LAYOUT`;
      out.push(`${jsdoc(`struct quanta_${s.name}: ${s.doc}`)}export const ${L} = {\n  name: 'quanta_${s.name}',\n  size: ${s.size},\n  fields: {\n${s.fields.map((f) => `    ${fieldLayout(f)},`).join('\n')}\n  },\n} as const satisfies StructLayout;`);
      out.push(`${jsdoc(`A view of struct quanta_${s.name} at \`at\` in \`buf\`: ${s.doc}`)}export class ${pascal(s.name)}View {\n  constructor(readonly buf: Buffer, readonly at = 0) {}\n${viewMembers(s, L).join('\n')}\n}`);
    }
  }
  const all = layouts.flatMap((l) => l.structs);
  out.push(`/** Every struct above, for the drift test. */\nexport const WIRE_STRUCTS: readonly StructLayout[] = [${all.map((s) => `${s.name.toUpperCase()}_LAYOUT`).join(', ')}];`);
  out.push(`/** Every constant above by its C name, for the drift test. */\nexport const WIRE_CONSTANTS: Readonly<Record<string, number | bigint>> = {\n${layouts.flatMap((l) => l.constants.map((c) => `  ${c.cName}: ${l.prefix.toUpperCase()}.${c.name},`)).join('\n')}\n};\n`);
  return out.join('\n\n');
}

// ---- the protocol ---------------------------------------------------------------------

/** zod for `n`. `error` is the message of every check of this value: inside a named type
 * it is relative (\`at(...)\` puts the path before it), in a request's own field verbatim. */
class ZodWriter {
  constructor(private readonly p: ProtocolDescription) {}

  private msg(error: string | undefined, relative: boolean): string {
    if (!error) return '';
    return relative ? `{ error: at(${JSON.stringify(error)}) }` : `{ error: ${JSON.stringify(error)} }`;
  }

  /** zod for `n` at nesting `indent`; `inherited` is the message of an enclosing field
   * (zod applies a schema's message to all its checks, not to its children's). */
  schema(n: WireNode, inherited: string | undefined, relative: boolean, indent = ''): string {
    const error = n.error ?? inherited;
    const m = this.msg(error, relative);
    const arg = m ? `, ${m}` : '';
    // A reference under a message: the named type inline, so that the message holds.
    if ('ref' in n) return error ? this.schema(resolve(this.p, n), error, relative, indent) : `${n.ref}Schema`;
    switch (n.type) {
      case 'integer': return `z.number(${m}).int().min(${n.min ?? 'Number.MIN_SAFE_INTEGER'}).max(${n.max ?? 'Number.MAX_SAFE_INTEGER'})`;
      case 'number': return `z.number(${m})`;
      case 'boolean': return `z.boolean(${m})`;
      case 'string': {
        let s = `z.string(${m})`;
        if (n.minLength !== undefined) s += `.min(${n.minLength})`;
        if (n.maxLength !== undefined) s += `.max(${n.maxLength})`;
        if (n.pattern !== undefined) s += `.regex(/${n.pattern}/)`;
        return s;
      }
      case 'enum': return `z.enum([${n.values.map((v) => JSON.stringify(v)).join(', ')}]${arg})`;
      case 'array': return `z.array(${this.schema(n.items, error, relative, indent)}${arg})${n.maxItems !== undefined ? `.max(${n.maxItems})` : ''}`;
      case 'union': return `z.union([${n.of.map((x) => this.schema(x, error, relative, indent)).join(', ')}]${arg})`;
      case 'object': {
        const shape = this.shape(n.fields, relative, indent);
        if (!n.strict) return `z.object(${shape}${arg})`;
        const unknown = JSON.stringify(n.unknownKeys ?? 'is not expected here');
        const other = error ? (relative ? `at(${JSON.stringify(error)})(iss)` : JSON.stringify(error)) : 'undefined';
        return `z.strictObject(${shape}, { error: (iss) => (iss.code === 'unrecognized_keys' ? unknownKey(iss, ${unknown}) : ${other}) })`;
      }
    }
  }

  shape(fields: Record<string, WireField>, relative: boolean, indent = ''): string {
    const entries = Object.entries(fields).map(([k, f]) => `${indent}  ${k}: ${this.schema(f, undefined, relative, indent + '  ')}${f.optional ? '.optional()' : ''},`);
    return entries.length ? `{\n${entries.join('\n')}\n${indent}}` : '{}';
  }

  type(n: WireNode, indent = ''): string {
    if ('ref' in n) return n.ref;
    switch (n.type) {
      case 'integer': case 'number': return 'number';
      case 'boolean': return 'boolean';
      case 'string': return 'string';
      case 'enum': return n.values.map((v) => JSON.stringify(v)).join(' | ');
      case 'array': { const t = this.type(n.items, indent); return /[ |]/.test(t) && !t.startsWith('{') ? `(${t})[]` : `${t}[]`; }
      case 'union': return n.of.map((x) => this.type(x, indent)).join(' | ');
      case 'object': return this.objectType(n.fields, indent);
    }
  }

  objectType(fields: Record<string, WireField>, indent = '', head: string[] = []): string {
    const lines = [...head, ...Object.entries(fields).map(([k, f]) => `${jsdoc(f.doc, indent + '  ')}${indent}  ${k}${f.optional ? '?' : ''}: ${this.type(f, indent + '  ')};`)];
    return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : 'Record<string, never>';
  }
}

/** Named types in an order where each comes after those it refers to. */
function typeOrder(p: ProtocolDescription): string[] {
  const order: string[] = [];
  const visit = (name: string, stack: string[]) => {
    if (order.includes(name)) return;
    if (stack.includes(name)) throw new GenError(`${PROTOCOL_PATH}: type ${name} refers to itself`);
    const refs = (n: WireNode): string[] => {
      if ('ref' in n) return [n.ref];
      if (n.type === 'array') return refs(n.items);
      if (n.type === 'union') return n.of.flatMap(refs);
      if (n.type === 'object') return Object.values(n.fields).flatMap(refs);
      return [];
    };
    for (const r of refs(p.types[name]!)) visit(r, [...stack, name]);
    order.push(name);
  };
  for (const name of Object.keys(p.types)) visit(name, []);
  return order;
}

const opType = (o: WireOp) => pascal(o.op.replace(/-/g, '_'));
/** An interface, or for an object without fields the type of an empty one. */
const declare = (name: string, body: string) => (body.startsWith('{') ? `export interface ${name} ${body}` : `export type ${name} = ${body};`);

/** src/gen/protocol.ts: the protocol's types and schemas. */
export function emitProtocolTs(p: ProtocolDescription): string {
  const z = new ZodWriter(p);
  const out: string[] = [banner([PROTOCOL_PATH]) + `// The daemon protocol's messages as TypeScript types and zod schemas (C speaks the same
// through native/gen/quanta_proto.c). src/daemon/protocol.ts checks every request with them.
import { z } from 'zod';
${jsdoc(p.description)}export const PROTOCOL_VERSION = ${p.version};
/** The longest line the interposer reads (its newline included). */
export const PROTOCOL_MAX_LINE = ${p.maxLine};

/** A message for a value of a named type: the path of the value, then what is wrong. */
const at = (message: string) => (iss: { path?: PropertyKey[] }) => \`"\${(iss.path ?? []).map(String).join('.')}" \${message}\`;
/** A message for a field a strict object does not have. */
const unknownKey = (iss: { path?: PropertyKey[]; keys?: string[] }, message: string) => \`"\${[...(iss.path ?? []), iss.keys?.[0] ?? ''].map(String).join('.')}" \${message}\`;
/** A request id: what an answer repeats. */
const Id = z.number({ error: 'a request needs a numeric "id"' }).int({ error: 'a request needs a numeric "id"' }).min(0, { error: 'a request needs a numeric "id"' });`];
  for (const name of typeOrder(p)) {
    const t = p.types[name]!;
    const decl = 'ref' in t || t.type !== 'object' ? `export type ${name} = ${z.type(t)};` : declare(name, z.objectType(t.fields));
    out.push(`${jsdoc(t.doc)}${decl}\nexport const ${name}Schema: z.ZodType<${name}> = ${z.schema(t, undefined, true)};`);
  }
  out.push(`${jsdoc(p.error.doc)}export interface WireError ${z.objectType(p.error.fields)}\nexport const WireErrorSchema: z.ZodType<WireError> = z.object(${z.shape(p.error.fields, false)});`);
  const requests: string[] = [];
  const answers: string[] = [];
  for (const o of p.ops) {
    const T = opType(o);
    const head = [`  v: ${p.version};`, '  id: number;', `  op: ${JSON.stringify(o.op)};`];
    out.push(`${jsdoc(o.doc)}${declare(`${T}Request`, z.objectType(o.request, '', head))}`);
    const env: Record<string, WireField> = { v: { type: 'integer', min: p.version, max: p.version }, id: { type: 'integer', min: 0 }, op: { type: 'enum', values: [o.op] } };
    let schema = `z.object(${z.shape({ ...env, ...o.request }, false)})`
      .replace(/^( {2}v: ).*$/m, `$1z.literal(${p.version}),`).replace(/^( {2}id: ).*$/m, '$1Id,').replace(/^( {2}op: ).*$/m, `$1z.literal(${JSON.stringify(o.op)}),`);
    if (o.requireOneOf) {
      const cond = o.requireOneOf.fields.map((f) => `r.${f} !== undefined`).join(' || ');
      schema += `.refine((r) => ${cond}, { error: ${JSON.stringify(o.requireOneOf.error)} })`;
    }
    out.push(`export const ${T}RequestSchema: z.ZodType<${T}Request> = ${schema};`);
    requests.push(T);
    if (o.answer === null) continue;
    const answerType = 'ref' in o.answer ? o.answer.ref : `${T}Answer`;
    if (!('ref' in o.answer)) {
      out.push(`${jsdoc(`What the daemon answers to ${o.op} (besides v, id and ok).`)}${declare(`${T}Answer`, z.objectType(o.answer))}\nexport const ${T}AnswerSchema: z.ZodType<${T}Answer> = z.object(${z.shape(o.answer, false)});`);
    }
    answers.push(`  ${JSON.stringify(o.op)}: ${answerType}`);
  }
  out.push(`/** Every request. */\nexport type Request = ${requests.map((r) => `${r}Request`).join(' | ')};
/** Every operation. */\nexport type Op = Request['op'];
export const OPS = [${p.ops.map((o) => JSON.stringify(o.op)).join(', ')}] as const satisfies readonly Op[];
/** The schema of each operation's request. */
export const REQUEST_SCHEMAS: { readonly [K in Op]: z.ZodType<Extract<Request, { op: K }>> } = {
${p.ops.map((o) => `  ${JSON.stringify(o.op)}: ${opType(o)}RequestSchema,`).join('\n')}
};
/** What each answered operation answers (besides v, id and ok). */
export interface Answers {\n${answers.join(';\n')};\n}
/** The schema of each answer. */
export const ANSWER_SCHEMAS: { readonly [K in keyof Answers]: z.ZodType<Answers[K]> } = {
${p.ops.filter((o) => o.answer !== null).map((o) => `  ${JSON.stringify(o.op)}: ${o.answer && 'ref' in o.answer ? o.answer.ref : opType(o) + 'Answer'}Schema,`).join('\n')}
};
/** A refusal, as every operation may get. */
export const RefusalSchema = z.object({ v: z.literal(${p.version}), id: Id, ok: z.literal(false), error: WireErrorSchema });
`);
  return out.join('\n\n');
}
