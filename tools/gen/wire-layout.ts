// Where every field of a described layout lies, by the C rules the compiler follows on
// Linux x86-64 and arm64 (each scalar aligned to its size, a struct to its largest
// member, its size rounded up to that). The generated C asserts that the compiler agrees.
import { GenError } from './errors.js';
import { SCALAR_SIZE, type LayoutConstant, type LayoutDescription, type Scalar } from './wire-description.js';

export interface PlacedField {
  name: string;
  type: string;
  /** A scalar type, or null for a struct. */
  scalar: Scalar | null;
  /** Array dimensions, resolved to numbers ([] for a single value). */
  dims: number[];
  /** The same as C writes them (constant macro names or numbers). */
  cDims: string[];
  offset: number;
  /** Bytes of the whole field (every element). */
  size: number;
  /** Bytes of one element (a scalar, or a struct). */
  elemSize: number;
  pad: boolean;
  doc?: string;
  padTo?: number;
}

export interface PlacedStruct {
  name: string;
  doc: string;
  size: number;
  align: number;
  fields: PlacedField[];
}

export interface PlacedLayout {
  prefix: string;
  description: string;
  path: string;
  constants: (LayoutConstant & { cName: string; big: bigint })[];
  structs: PlacedStruct[];
}

const roundUp = (n: number, a: number) => Math.ceil(n / a) * a;

/** Places every field of `d` (from `path`); throws if a struct does not come to its declared size. */
export function placeLayout(path: string, d: LayoutDescription): PlacedLayout {
  const PREFIX = d.prefix.toUpperCase();
  const constants = d.constants.map((c) => ({ ...c, cName: `QUANTA_${PREFIX}_${c.name}`, big: BigInt(c.value) }));
  const constValue = (n: number | string) => {
    if (typeof n === 'number') return n;
    const c = constants.find((x) => x.name === n)!;
    return Number(c.big);
  };
  const cName = (n: number | string) => (typeof n === 'number' ? String(n) : `QUANTA_${PREFIX}_${n}`);
  const structs: PlacedStruct[] = [];
  for (const s of d.structs) {
    let at = 0;
    let align = 1;
    const fields: PlacedField[] = [];
    for (const f of s.fields) {
      const scalar = f.type in SCALAR_SIZE ? (f.type as Scalar) : null;
      const inner = scalar ? null : structs.find((x) => x.name === f.type)!;
      const elemSize = scalar ? SCALAR_SIZE[scalar] : inner!.size;
      const fAlign = scalar ? SCALAR_SIZE[scalar] : inner!.align;
      at = roundUp(at, fAlign);
      let dims = (f.count ?? []).map(constValue);
      let cDims = (f.count ?? []).map(cName);
      if (f.padTo !== undefined) {
        if (f.padTo <= at) throw new GenError(`${path}: ${s.name}.${f.name} pads to ${f.padTo}, but the fields before it already reach ${at}`);
        dims = [f.padTo - at];
        cDims = [String(f.padTo - at)];
      }
      const size = dims.reduce((a, n) => a * n, elemSize);
      fields.push({ name: f.name, type: f.type, scalar, dims, cDims, offset: at, size, elemSize, pad: f.pad ?? false, ...(f.doc ? { doc: f.doc } : {}), ...(f.padTo !== undefined ? { padTo: f.padTo } : {}) });
      at += size;
      align = Math.max(align, fAlign);
    }
    const size = roundUp(at, align);
    if (size !== s.size) throw new GenError(`${path}: struct ${s.name} comes to ${size} bytes, not the ${s.size} it declares (a layout change needs a new VERSION)`);
    structs.push({ name: s.name, doc: s.doc, size, align, fields });
  }
  return { prefix: d.prefix, description: d.description, path, constants, structs };
}
