// The logistic function over a weighted sum: how both acceptance models turn features into a probability.
export function linearProbability(weights: readonly number[], bias: number, x: readonly number[]): number {
  let z = bias;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
