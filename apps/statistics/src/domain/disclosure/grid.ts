/**
 * A dense k-dimensional table in row-major order: the shape is the number of levels of each axis
 * (a dimension of the query, or the period). Disclosure control works on the full grid, zeros
 * included, because a published zero is information too.
 */
export class Grid {
  readonly size: number;
  readonly strides: readonly number[];

  constructor(readonly shape: readonly number[]) {
    if (shape.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`grid: invalid shape [${shape.join(', ')}]`);
    const strides: number[] = new Array(shape.length);
    let size = 1;
    for (let axis = shape.length - 1; axis >= 0; axis--) {
      strides[axis] = size;
      size *= shape[axis];
    }
    this.size = size;
    this.strides = strides;
  }

  index(coords: readonly number[]): number {
    let index = 0;
    for (let axis = 0; axis < coords.length; axis++) index += coords[axis] * this.strides[axis];
    return index;
  }

  coords(index: number): number[] {
    return this.shape.map((n, axis) => Math.floor(index / this.strides[axis]) % n);
  }

  /** Axes with at least two levels: a one-level axis adds no margin that is not the cell itself. */
  get activeAxes(): number[] {
    return this.shape.map((n, axis) => (n > 1 ? axis : -1)).filter((axis) => axis >= 0);
  }
}
