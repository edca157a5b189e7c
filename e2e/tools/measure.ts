/**
 * Benchmark helper: runs `fn` after a warm-up and prints `bench <name>: median <value> ms`
 * (docs/ARCHITECTURE.md, "Budgets"). Medians, because these machines are noisy.
 */
export interface Measurement {
  name: string;
  median: number;
  unit: string;
  samples: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function measure(
  name: string,
  fn: () => unknown | Promise<unknown>,
  { samples = 50, warmup = 5, budget }: { samples?: number; warmup?: number; budget?: number } = {},
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  const result = { name, median: median(times), unit: 'ms', samples };
  report(result, budget);
  return result;
}

export function report(result: Measurement, budget?: number): void {
  const figure = result.median < 10 ? result.median.toFixed(3) : result.median.toFixed(1);
  const against =
    budget === undefined
      ? ''
      : `  budget ${budget} ${result.unit} (${((result.median / budget) * 100).toFixed(0)}%)`;
  console.log(`bench ${result.name}: median ${figure} ${result.unit}  samples ${result.samples}${against}`);
}
