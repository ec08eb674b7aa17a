/** An error in the generator's input (a header or description it cannot use). */
export class GenError extends Error {
  override name = 'GenError';
}
