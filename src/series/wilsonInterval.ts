/** The 95% Wilson score interval of a proportion `count / n` (Wilson 1927), as [lower, upper]. */
export function wilsonInterval(count: number, n: number, z = 1.959963984540054): [number, number] {
  if (n <= 0) return [0, 1];
  const p = count / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, (centre - spread) / (1 + z2 / n)), Math.min(1, (centre + spread) / (1 + z2 / n))];
}
