import { minimiseLbfgs } from './minimise-lbfgs';
import type { SparseRow } from './sparse-rows';

export interface LogisticProblem {
  rows: readonly SparseRow[];
  labels: ArrayLike<0 | 1>;
  /** How much each example counts: corrects the base rate and prices false positives above misses. */
  sampleWeights: ArrayLike<number>;
  dimension: number;
  /** L2 strength per feature; larger keeps the weight nearer its prior. */
  l2: number | ArrayLike<number>;
  /** Each weight is pulled toward this value instead of zero (a rule's declared weight). Default all zero. */
  priorMeans?: ArrayLike<number>;
  maxIterations?: number;
}

export interface LogisticFit {
  bias: number;
  weights: Float64Array;
}

/**
 * Weighted, L2-regularised logistic regression on sparse rows, minimised by L-BFGS. The loss is computed in log
 * space (log1p(exp(-|z|)) form), so long postings with many features cannot overflow or underflow it.
 */
export function fitLogistic(problem: LogisticProblem): LogisticFit {
  const { rows, labels, sampleWeights, dimension } = problem;
  const l2 = (index: number): number => (typeof problem.l2 === 'number' ? problem.l2 : (problem.l2[index] as number));
  const prior = (index: number): number => (problem.priorMeans ? (problem.priorMeans[index] as number) : 0);
  const biasIndex = dimension;

  const objective = (point: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    const bias = point[biasIndex] as number;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as SparseRow;
      let z = bias;
      for (let k = 0; k < row.indices.length; k++) z += (point[row.indices[k] as number] as number) * (row.values[k] as number);
      const y = labels[r] as number;
      const weight = sampleWeights[r] as number;
      // -log p(y | z), stably.
      const margin = y === 1 ? z : -z;
      loss += weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
      const probability = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
      const residual = weight * (probability - y);
      gradient[biasIndex] = (gradient[biasIndex] as number) + residual;
      for (let k = 0; k < row.indices.length; k++) {
        const index = row.indices[k] as number;
        gradient[index] = (gradient[index] as number) + residual * (row.values[k] as number);
      }
    }
    for (let i = 0; i < dimension; i++) {
      const offset = (point[i] as number) - prior(i);
      loss += 0.5 * l2(i) * offset * offset;
      gradient[i] = (gradient[i] as number) + l2(i) * offset;
    }
    return loss;
  };

  const start = new Float64Array(dimension + 1);
  for (let i = 0; i < dimension; i++) start[i] = prior(i);
  const solution = minimiseLbfgs(objective, start, { maxIterations: problem.maxIterations ?? 400 });
  return { bias: solution[biasIndex] as number, weights: solution.subarray(0, dimension) };
}
