// The wire descriptions as C: the shared-memory layouts (structs, constants, an assert
// per offset, and X-macro lists for the drift test) and the protocol codec the interposer
// speaks (request encoders, answer structs and the field tables the hand-written JSON
// scanner, native/common/json_scan.c, decodes them with).
import { GenError } from './errors.js';
import type { PlacedLayout } from './wire-layout.js';
import { PROTOCOL_PATH, resolve, type ProtocolDescription, type WireField, type WireNode, type WireOp } from './wire-description.js';

const banner = (paths: string[]) => `/* Generated from ${paths.join(', ')} by tools/gen (npm run gen -- emit). Do not edit. */\n`;

/** `text` as lines of at most `width` characters (words never split). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

const blockComment = (text: string, indent = '') => {
  const lines = wrap(text, 96 - indent.length);
  return lines.length === 1 ? `${indent}/* ${lines[0]} */` : `${indent}/*\n${lines.map((l) => `${indent} * ${l}`).join('\n')}\n${indent} */`;
};
const trailing = (doc?: string) => (doc ? ` /* ${doc.replace(/\*\//g, '* /')} */` : '');
/** A struct member with its comment: beside it when the line stays short, else above it. */
const member = (decl: string, doc?: string) =>
  doc && decl.length + doc.length > 88 ? `${blockComment(doc, '    ')}\n    ${decl}` : `    ${decl}${trailing(doc)}`;

const C_SCALAR: Record<string, string> = { u8: 'uint8_t', char: 'char', u32: 'uint32_t', i32: 'int32_t', u64: 'uint64_t', i64: 'int64_t' };

function constantLiteral(c: PlacedLayout['constants'][number]): string {
  const text = typeof c.value === 'string' ? c.value : String(c.value);
  return text + (c.type === 'u64' ? 'ull' : c.type === 'u32' ? 'u' : '');
}

/** native/gen/quanta_wire.h: every layout. */
export function emitLayoutHeader(layouts: PlacedLayout[]): string {
  const out: string[] = [banner(layouts.map((l) => l.path)) + blockComment(
    'The layouts of the memory Quanta\'s processes and its daemon share. TypeScript reads and writes the same offsets '
    + '(src/gen/layout.ts, from the same descriptions); every offset is asserted here, and native/test/wire_layout.c '
    + 'prints them for test/wire.test.ts to compare with TypeScript\'s.'),
  '#ifndef QUANTA_WIRE_H\n#define QUANTA_WIRE_H\n\n#include <stddef.h>\n#include <stdint.h>'];
  for (const l of layouts) {
    out.push(`/* ---- ${l.path} ---- */\n${blockComment(l.description)}`);
    out.push(l.constants.map((c) => `#define ${c.cName} ${constantLiteral(c)}${trailing(c.doc)}`).join('\n'));
    for (const s of l.structs) {
      const fields = s.fields.map((f) => {
        const type = f.scalar ? C_SCALAR[f.scalar] : `struct quanta_${f.type}`;
        const doc = f.padTo !== undefined ? `to offset ${f.padTo}` : f.doc;
        return member(`${type} ${f.name}${f.cDims.map((d) => `[${d}]`).join('')};`, doc);
      });
      const asserts = [`_Static_assert(sizeof(struct quanta_${s.name}) == ${s.size}, "${l.path}");`,
        ...s.fields.map((f) => `_Static_assert(offsetof(struct quanta_${s.name}, ${f.name}) == ${f.offset}, "${l.path}");`)];
      out.push(`${blockComment(s.doc)}\nstruct quanta_${s.name} {\n${fields.join('\n')}\n};\n${asserts.join('\n')}`);
    }
  }
  const all = layouts.flatMap((l) => l.structs);
  out.push(`/* Every struct, field and constant above, for the drift test (native/test/wire_layout.c). */
#define QUANTA_WIRE_STRUCTS(X) ${all.map((s) => `\\\n    X(quanta_${s.name})`).join(' ')}
#define QUANTA_WIRE_FIELDS(X) ${all.flatMap((s) => s.fields.map((f) => `\\\n    X(quanta_${s.name}, ${f.name})`)).join(' ')}
#define QUANTA_WIRE_CONSTANTS(X) ${layouts.flatMap((l) => l.constants.map((c) => `\\\n    X(${c.cName})`)).join(' ')}`);
  out.push('#endif\n');
  return out.join('\n\n');
}

// ---- the protocol ---------------------------------------------------------------------

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const cString = (s: string) => JSON.stringify(s); // a JSON string is a valid C string literal for ASCII text

interface CStruct {
  name: string;
  doc?: string;
  fields: { name: string; node: WireField }[];
  /** Bits of the fields that must be present (default: every field not optional). */
  required?: number;
}

/** Collects the C structs an answer needs (named types once, anonymous objects by path). */
class AnswerStructs {
  readonly order: CStruct[] = [];
  private readonly names = new Map<WireNode, string>();
  constructor(private readonly p: ProtocolDescription) {}

  /** The C struct name for an object node reached at `path`. */
  structOf(node: WireNode, path: string): string {
    const name = 'ref' in node ? `quanta_proto_${snake(node.ref)}` : this.names.get(node) ?? `quanta_proto_${path}`;
    if (this.order.some((s) => s.name === name)) return name;
    this.names.set(node, name);
    const t = resolve(this.p, node);
    if (t.type !== 'object') throw new GenError(`${PROTOCOL_PATH}: ${path}: C decodes objects here, not ${t.type}`);
    const fields = Object.entries(t.fields).map(([name, f]) => ({ name, node: f }));
    for (const f of fields) this.need(f.node, `${path}_${snake(f.name)}`);
    this.order.push({ name, ...(t.doc ? { doc: t.doc } : {}), fields });
    return name;
  }

  private need(node: WireNode, path: string): void {
    const t = resolve(this.p, node);
    if (t.type === 'object') this.structOf(node, path);
    if (t.type === 'array') this.structOf(t.items, path);
  }

  /** The C declaration of field `name` of type `node` (a member of a struct). */
  member(name: string, node: WireField, path: string): string[] {
    const t = resolve(this.p, node);
    const n = snake(name);
    const doc = node.doc ?? t.doc;
    switch (t.type) {
      case 'integer': return [member(`int64_t ${n};`, doc)];
      case 'boolean': return [member(`int ${n};`, doc)];
      case 'string':
        if (t.maxLength === undefined) throw new GenError(`${PROTOCOL_PATH}: ${path}: a string C decodes needs maxLength`);
        return [member(`char ${n}[${t.maxLength + 1}];`, doc)];
      case 'object': return [member(`struct ${this.structOf(node, path)} ${n};`, doc)];
      case 'array': {
        if (t.maxItems === undefined) throw new GenError(`${PROTOCOL_PATH}: ${path}: an array C decodes needs maxItems`);
        return [member(`uint32_t ${n}_count;`), member(`struct ${this.structOf(t.items, path)} ${n}[${t.maxItems}];`, doc)];
      }
      default: throw new GenError(`${PROTOCOL_PATH}: ${path}: C does not decode ${t.type} values`);
    }
  }

  /** The scanner's table entry for field `name` of struct `owner`. */
  entry(owner: string, name: string, node: WireField, path: string): string {
    const t = resolve(this.p, node);
    const n = snake(name);
    const at = `offsetof(struct ${owner}, ${n})`;
    const size = `sizeof(((struct ${owner} *)0)->${n})`;
    switch (t.type) {
      case 'integer': return `{${cString(name)}, QUANTA__JSON_INT, ${at}, 0, ${t.min ?? '-QUANTA__JSON_MAX_INT'}, ${t.max ?? 'QUANTA__JSON_MAX_INT'}, NULL, 0, 0}`;
      case 'boolean': return `{${cString(name)}, QUANTA__JSON_BOOL, ${at}, 0, 0, 0, NULL, 0, 0}`;
      case 'string': return `{${cString(name)}, QUANTA__JSON_STRING, ${at}, ${size}, ${t.minLength ?? 0}, 0, NULL, 0, 0}`;
      case 'object': return `{${cString(name)}, QUANTA__JSON_OBJECT, ${at}, ${size}, 0, 0, &${this.structOf(node, path)}_object, 0, 0}`;
      case 'array': {
        const item = this.structOf(t.items, path);
        return `{${cString(name)}, QUANTA__JSON_ARRAY, ${at}, sizeof(struct ${item}), 0, 0, &${item}_object, offsetof(struct ${owner}, ${n}_count), ${t.maxItems}}`;
      }
      default: throw new GenError(`${PROTOCOL_PATH}: ${path}: C does not decode ${t.type} values`);
    }
  }
}

const required = (fields: { name: string; node: WireField }[]) =>
  fields.map((f, i) => (f.node.optional ? 0 : 2 ** i)).reduce((a, b) => a + b, 0);

function encoderParams(p: ProtocolDescription, o: WireOp): { decl: string; put: string; name: string }[] {
  return Object.entries(o.request).map(([name, f]) => {
    const t = resolve(p, f);
    const n = snake(name);
    // An optional field is optional for other peers; C, which knows it, always sends it.
    if (t.type === 'integer') return { name, decl: `int64_t ${n}`, put: `quanta__json_int(&o, ${n})` };
    if (t.type === 'string') return { name, decl: `const char *${n}`, put: `quanta__json_string(&o, ${n})` };
    if (t.type === 'boolean') return { name, decl: `int ${n}`, put: `quanta__json_raw(&o, ${n} ? "true" : "false")` };
    throw new GenError(`${PROTOCOL_PATH}: ${o.op}.${name}: C encodes integers, strings and booleans, not ${t.type}`);
  });
}

/** native/gen/quanta_proto.{h,c}: what the interposer speaks of the protocol. */
export function emitProtocolC(p: ProtocolDescription): { header: string; source: string } {
  const h: string[] = [banner([PROTOCOL_PATH]) + blockComment(
    'The daemon protocol as C speaks it: encoders of the requests it sends and decoders of the answers it reads, '
    + 'with a bounded JSON scanner (native/common/json_scan.c) that rejects what does not match. TypeScript checks the '
    + 'same messages with the zod schemas of src/gen/protocol.ts.'),
  '#ifndef QUANTA_PROTO_H\n#define QUANTA_PROTO_H\n\n#include <stddef.h>\n#include <stdint.h>',
  `#define QUANTA_PROTO_VERSION ${p.version}\n#define QUANTA_PROTO_MAX_LINE ${p.maxLine} /* the longest line C reads, its newline included */`];
  const c: string[] = [banner([PROTOCOL_PATH]) + '#include "quanta_proto.h"\n\n#include "json_scan.h"'];
  const structs = new AnswerStructs(p);
  const errorNode: WireNode = { type: 'object', fields: p.error.fields, doc: p.error.doc };
  structs.structOf(errorNode, 'error');
  for (const o of p.ops) {
    if (o.c?.request) {
      const params = encoderParams(p, o);
      const decl = `int quanta__proto_encode_${snake(o.op)}(char *buf, size_t size, int64_t id${params.map((x) => `, ${x.decl}`).join('')})`;
      h.push(`${blockComment(`${o.op}: ${o.doc} Writes the request line, its newline included and NUL-terminated, into buf; returns its length, or -ENOSPC if it does not fit (strings are escaped).`)}\n${decl};`);
      const body = [`    struct quanta__json_out o = {buf, size, 0, 0};`, `    quanta__json_raw(&o, ${cString(`{"v":${p.version},"id":`)});`, `    quanta__json_int(&o, id);`];
      let sep = `,"op":${JSON.stringify(o.op)}`;
      for (const x of params) {
        body.push(`    quanta__json_raw(&o, ${cString(`${sep},${JSON.stringify(x.name)}:`)});`, `    ${x.put};`);
        sep = '';
      }
      body.push(`    quanta__json_raw(&o, ${cString(`${sep}}\n`)});`, '    return quanta__json_finish(&o);');
      c.push(`${decl}\n{\n${body.join('\n')}\n}`);
    }
    if (o.c?.answer) {
      if (!o.answer || 'ref' in o.answer) throw new GenError(`${PROTOCOL_PATH}: ${o.op}: C decodes answers described field by field`);
      const name = `quanta_proto_${snake(o.op)}_answer`;
      const own = Object.entries(o.answer).map(([n, f]) => ({ name: n, node: f }));
      const envelope = [
        { name: 'v', node: { type: 'integer', min: 0 } as WireField },
        { name: 'id', node: { type: 'integer', min: 0 } as WireField },
        { name: 'ok', node: { type: 'boolean' } as WireField },
        { name: 'error', node: errorNode },
      ];
      const fields = [...envelope, ...own];
      for (const f of own) structs.member(f.name, f.node, `${snake(o.op)}_answer_${snake(f.name)}`); // registers nested structs first
      structs.order.push({ name, doc: `${o.op}'s answer: ${o.doc}`, fields, required: 7 }); // v, id, ok; the rest below
      const okRequired = own.reduce((a, f, i) => a + (f.node.optional ? 0 : 2 ** (i + envelope.length)), 0);
      h.push(`/* Decodes one ${o.op} answer line (\`len\` bytes, a trailing newline allowed) into *out. Returns 0 when it is a
 * well-formed answer of this protocol version (out->ok then says whether the daemon agreed: when not,
 * out->error says why), or a negative QUANTA__JSON_E* code (quanta__json_strerror names it): malformed,
 * truncated, too long, a wrong type, a duplicate or missing field. Fields it does not know are skipped. */
int quanta__proto_decode_${snake(o.op)}_answer(const char *line, size_t len, struct ${name} *out);`);
      c.push(`int quanta__proto_decode_${snake(o.op)}_answer(const char *line, size_t len, struct ${name} *out)
{
    int rc = quanta__json_decode(line, len, &${name}_object, out);
    if (rc != 0)
        return rc;
    if (out->v != QUANTA_PROTO_VERSION)
        return QUANTA__JSON_EVERSION;
    if (out->ok ? (out->present & ${okRequired}u) != ${okRequired}u : (out->present & ${2 ** 3}u) == 0)
        return QUANTA__JSON_EMISSING; /* an answer carries its fields, a refusal its error */
    return 0;
}`);
    }
  }
  // Structs, then their scanner tables, in dependency order (inner ones first).
  const decls: string[] = [];
  const tables: string[] = [];
  for (const s of structs.order) {
    const members = s.fields.flatMap((f) => structs.member(f.name, f.node, `${s.name}_${snake(f.name)}`));
    if (s.fields.length > 32) throw new GenError(`${PROTOCOL_PATH}: ${s.name}: at most 32 fields`);
    decls.push(`${s.doc ? blockComment(s.doc) + '\n' : ''}struct ${s.name} {\n    uint32_t present; /* bit i: the i-th field below was in the message */\n${members.join('\n')}\n};`);
    const entries = s.fields.map((f) => `    ${structs.entry(s.name, f.name, f.node, `${s.name}_${snake(f.name)}`)},`);
    const req = s.required ?? required(s.fields);
    tables.push(`static const struct quanta__json_field ${s.name}_fields[] = {\n${entries.join('\n')}\n};\nstatic const struct quanta__json_object ${s.name}_object = {\n    ${s.name}_fields, ${s.fields.length}, offsetof(struct ${s.name}, present), ${req}u, sizeof(struct ${s.name})};`);
  }
  h.splice(3, 0, ...decls);
  c.splice(1, 0, ...tables);
  h.push('#endif\n');
  return { header: h.join('\n\n'), source: c.join('\n\n') + '\n' };
}
