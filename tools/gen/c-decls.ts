// A small parser for preprocessed C declarations: enough for the driver headers, which
// contain typedefs, struct/enum/union definitions and function prototypes at top level.
import { GenError } from './errors.js';

export interface Param { type: string; name: string }
export interface Prototype { name: string; returns: string; params: Param[] }
export interface Declarations { prototypes: Prototype[]; types: TypeDecl[] }
/** A top-level type declaration, verbatim, with the names it defines. */
export interface TypeDecl { text: string; defines: string[] }

/** Splits preprocessed text into top-level declarations (split at ';' outside braces). */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let bodyStart = -1;
  const clean = text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i];
    if (c === '{') {
      if (depth++ === 0) bodyStart = i;
    } else if (c === '}') {
      // A closed brace after "name(...)" ends an inline function definition: not a declaration.
      if (--depth === 0 && /\)\s*$/.test(clean.slice(start, bodyStart))) start = i + 1;
    } else if (c === ';' && depth === 0) {
      const decl = clean.slice(start, i).replace(/\s+/g, ' ').trim();
      if (decl) out.push(decl);
      start = i + 1;
    }
  }
  return out;
}

const PROTO = /^(?:extern\s+)?([A-Za-z_][\w\s*]*?)\s*\b(cu\w+|nvml\w+)\s*\((.*)\)\s*(?:__attribute__\s*\(\(.*\)\))?$/s;

/** Parses "RET name(params)" into a prototype, or returns null if decl is not one. */
export function parsePrototype(decl: string): Prototype | null {
  if (decl.startsWith('typedef') || /^(struct|enum|union)\b[^()]*\{/.test(decl)) return null;
  const m = PROTO.exec(decl.replace(/__attribute__\s*\(\(deprecated[^)]*\)\)\s*/g, ''));
  if (!m) return null;
  const [, returns, name, paramText] = m as unknown as [string, string, string, string];
  return { name, returns: returns.trim(), params: parseParams(name, paramText) };
}

function parseParams(fn: string, text: string): Param[] {
  const t = text.trim();
  if (t === '' || t === 'void') return [];
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of t) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) { parts.push(cur); cur = ''; } else cur += c;
  }
  parts.push(cur);
  return parts.map((p, i) => {
    const s = p.trim().replace(/\s*\*\s*/g, ' *').replace(/\s+/g, ' ');
    if (s.includes('(')) throw new GenError(`${fn}: function-pointer parameter "${s}" needs a typedef`);
    const arr = /^(.*?)\s*\b(\w+)\s*\[\s*\]$/.exec(s);
    if (arr) return { type: `${arr[1]} *`, name: arr[2]! };
    const m = /^(.*?[\s*])(\w+)$/.exec(s);
    // An unnamed parameter ("int") keeps its type; give it a positional name.
    if (!m || /^(const|unsigned|signed|struct|enum)$/.test(m[2]!) || isBareType(s)) return { type: s, name: `p${i}` };
    return { type: m[1]!.trim().replace(/\s*\*/g, ' *').replace(/\* \*/g, '**'), name: m[2]! };
  });
}

function isBareType(s: string): boolean {
  return /^(unsigned |signed )?(int|char|short|long|long long|size_t)$/.test(s);
}

/** Names a type declaration defines: typedef names and struct/enum/union tags. */
export function typeNames(decl: string): string[] {
  const names: string[] = [];
  const tag = /^(?:typedef\s+)?(struct|enum|union)\s+(\w+)\s*\{/.exec(decl);
  if (tag) names.push(`${tag[1]} ${tag[2]}`);
  if (decl.startsWith('typedef')) {
    const body = decl.replace(/\{.*\}/s, '{}');
    const fnPtr = /\(\s*\*?\s*(\w+)\s*\)\s*\(/.exec(body);
    if (fnPtr) names.push(fnPtr[1]!);
    else {
      const m = /(\w+)\s*(\[[^\]]*\])?\s*$/.exec(body);
      if (m) names.push(m[1]!);
    }
  }
  return names;
}

/** Classifies every top-level declaration of a preprocessed header. */
export function parseDeclarations(text: string): Declarations {
  const prototypes: Prototype[] = [];
  const types: TypeDecl[] = [];
  for (const decl of splitTopLevel(text)) {
    const proto = parsePrototype(decl);
    if (proto) prototypes.push(proto);
    else if (/^(typedef|struct|enum|union)\b/.test(decl)) types.push({ text: decl, defines: typeNames(decl) });
  }
  return { prototypes, types };
}
