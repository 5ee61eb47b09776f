/** One training example as a sparse vector: feature indices with their values. */
export interface SparseRow {
  indices: Int32Array;
  values: Float64Array;
}
