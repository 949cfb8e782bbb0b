/** `to` with `from`'s values at its start: for the linker's typed tables, which grow by doubling as documents and terms arrive. */
export function grown<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
