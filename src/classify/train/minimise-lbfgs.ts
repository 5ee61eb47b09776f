/** A smooth function to minimise: returns the value and writes the gradient into `gradient`. */
export type Objective = (point: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations?: number;
  /** Stop when the gradient's largest component falls below this. */
  gradientTolerance?: number;
  /** How many past steps approximate the curvature. */
  memory?: number;
}

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search. Small and deterministic: the same data gives the
 * same weights bit for bit, which `npm run train` promises. Written here because npm has no maintained sparse
 * optimiser that runs without native code, and the whole method is forty lines.
 */
export function minimiseLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): Float64Array {
  const { maxIterations = 300, gradientTolerance = 1e-5, memory = 8 } = options;
  const size = start.length;
  const point = Float64Array.from(start);
  const gradient = new Float64Array(size);
  let value = objective(point, gradient);
  const steps: Float64Array[] = [];
  const gradientChanges: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(size);
  const nextPoint = new Float64Array(size);
  const nextGradient = new Float64Array(size);

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(gradient) < gradientTolerance) break;

    // Two-loop recursion: direction = -H·gradient.
    direction.set(gradient);
    const alphas: number[] = [];
    for (let k = steps.length - 1; k >= 0; k--) {
      const alpha = (rhos[k] as number) * dot(steps[k] as Float64Array, direction);
      alphas[k] = alpha;
      axpy(-alpha, gradientChanges[k] as Float64Array, direction);
    }
    if (steps.length > 0) {
      const last = steps.length - 1;
      const change = gradientChanges[last] as Float64Array;
      scale(direction, dot(steps[last] as Float64Array, change) / dot(change, change));
    }
    for (let k = 0; k < steps.length; k++) {
      const beta = (rhos[k] as number) * dot(gradientChanges[k] as Float64Array, direction);
      axpy((alphas[k] as number) - beta, steps[k] as Float64Array, direction);
    }
    scale(direction, -1);

    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction (curvature estimate went stale): fall back to steepest descent.
      direction.set(gradient);
      scale(direction, -1);
      steps.length = gradientChanges.length = rhos.length = 0;
      slope = dot(direction, gradient);
    }

    let stepSize = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(gradient, gradient))) : 1;
    let nextValue = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < size; i++) nextPoint[i] = (point[i] as number) + stepSize * (direction[i] as number);
      nextValue = objective(nextPoint, nextGradient);
      if (nextValue <= value + 1e-4 * stepSize * slope) break;
      stepSize /= 2;
    }
    if (!(nextValue < value)) break;

    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      step[i] = (nextPoint[i] as number) - (point[i] as number);
      change[i] = (nextGradient[i] as number) - (gradient[i] as number);
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      steps.push(step);
      gradientChanges.push(change);
      rhos.push(1 / curvature);
      if (steps.length > memory) {
        steps.shift();
        gradientChanges.shift();
        rhos.shift();
      }
    }
    point.set(nextPoint);
    gradient.set(nextGradient);
    const improvement = value - nextValue;
    value = nextValue;
    if (improvement < 1e-10 * Math.max(1, Math.abs(value))) break;
  }
  return point;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

function axpy(factor: number, x: Float64Array, into: Float64Array): void {
  for (let i = 0; i < x.length; i++) into[i] = (into[i] as number) + factor * (x[i] as number);
}

function scale(vector: Float64Array, factor: number): void {
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) * factor;
}

function maxAbs(vector: Float64Array): number {
  let max = 0;
  for (const component of vector) max = Math.max(max, Math.abs(component));
  return max;
}
