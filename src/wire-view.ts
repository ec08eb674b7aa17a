// What the generated layout views (src/gen/layout.ts, from api/wire/*.json) are built on:
// where a field lies, the offset of one element of an array field, and C strings in a
// Buffer. Hand-written once here, so the generated file holds only the layouts.

/** Where a field lies in its struct: offset and size in bytes, array dimensions ([] for one value). */
export interface FieldLayout { readonly offset: number; readonly size: number; readonly dims: readonly number[] }
/** A struct: its C name, its size, and its fields (padding included). */
export interface StructLayout { readonly name: string; readonly size: number; readonly fields: { readonly [name: string]: FieldLayout } }

/** The offset of element `i` of array field `f` in a struct at `base`; RangeError past its end. */
export function elementAt(f: FieldLayout, i: number, base = 0): number {
  const n = f.dims[0] ?? 1;
  if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`index ${i} is outside 0..${n - 1}`);
  return base + f.offset + i * (f.size / n);
}

/** A NUL-terminated string of at most `len` bytes (latin1, as C has it). */
export function readString(b: Buffer, at: number, len: number): string {
  const s = b.toString('latin1', at, at + len);
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}

/** Writes `v` cut to `len` - 1 bytes and NUL-fills the rest. */
export function writeString(b: Buffer, at: number, len: number, v: string): void {
  b.fill(0, at, at + len);
  b.write(v.slice(0, len - 1), at, len - 1, 'latin1');
}
