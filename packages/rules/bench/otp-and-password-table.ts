/**
 * Shared by the rules benchmarks: runs a tinybench suite and prints one plain table row per task
 * (operations per second, mean latency in µs, relative margin of error).
 */
import type { Bench } from 'tinybench';

export async function runAndPrint(title: string, bench: Bench): Promise<void> {
  await bench.run();
  console.log(`\n${title}`);
  console.log(`${'task'.padEnd(52)}| ${'ops/s'.padStart(11)} | ${'mean µs'.padStart(9)} | ${'±%'.padStart(6)}`);
  console.log(`${'-'.repeat(52)}|-${'-'.repeat(11)}-|-${'-'.repeat(9)}-|-${'-'.repeat(6)}`);
  for (const task of bench.tasks) {
    const result = task.result;
    if (!result || !('throughput' in result)) {
      console.log(`${task.name.padEnd(52)}| ${'error' in (result ?? {}) ? 'errored' : 'n/a'}`);
      continue;
    }
    // ops/s from the mean latency (the mean of per-sample throughput overstates fast, noisy tasks).
    const ops = Math.round(1000 / result.latency.mean).toLocaleString('en-US');
    const us = (result.latency.mean * 1000).toFixed(2);
    console.log(
      `${task.name.padEnd(52)}| ${ops.padStart(11)} | ${us.padStart(9)} | ${result.latency.rme.toFixed(1).padStart(6)}`,
    );
  }
}
