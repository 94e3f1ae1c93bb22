import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/cli/run-pool.js';

const script = fileURLToPath(new URL('./fixtures/pool-worker.mjs', import.meta.url));
const jobs = (payloads: string[]) => payloads.map((p) => ({ label: `job ${p}`, payload: p }));

describe('runPool(script, args, work, jobs, onDone)', () => {
  it('runs every job on a fixed set of long-lived workers and returns outcomes in order', async () => {
    const progress: number[] = [];
    const work = jobs(Array.from({ length: 12 }, (_, i) => `a${i}`));
    const results = await runPool(script, [], work, 2, (_r, done) => progress.push(done));
    expect(results.map((r) => r.label)).toEqual(work.map((w) => w.label));
    expect(results.every((r) => r.ok)).toBe(true);
    results.forEach((r, i) => expect(r.output.startsWith(`a${i} by `)).toBe(true));
    // 12 jobs, but only two processes: each worker was set up once and reused
    const pids = new Set(results.map((r) => r.output.split(' by ')[1]));
    expect(pids.size).toBeLessThanOrEqual(2);
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('reports a failed job, and a worker that dies fails only its current job', async () => {
    const results = await runPool(script, [], jobs(['b0', 'fail', 'crash', 'b3', 'b4', 'b5']), 2, () => {});
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true, true, true]);
    expect(results[2].output).toMatch(/setup \d+/); // the dead worker's output is kept for the message
  });

  it('fails the jobs left when every worker has died', async () => {
    const results = await runPool(script, [], jobs(['crash', 'c1']), 1, () => {});
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(results[1].output).toBe('no worker left to run it');
  });
});
