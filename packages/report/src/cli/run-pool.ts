import { fork } from 'node:child_process';

/** One job for {@link runPool}: the arguments of a child `snsa` run and a label for progress. */
export interface PoolJob {
  label: string;
  args: string[];
}

/** Outcome of one pooled job. */
export interface PoolResult {
  label: string;
  ok: boolean;
  output: string;
}

/**
 * Run child `snsa` processes, `jobs` at a time (one per core by default), so
 * `--area all` uses every core. Each child is the same script with its own
 * arguments; its output is collected and progress reported as jobs finish.
 *
 * @param script - path of the CLI script to fork
 * @param work - the jobs
 * @param jobs - how many run at once
 * @param onDone - called as each job finishes, with the count done so far
 * @returns every job's outcome, in the order given
 * @example
 * ```ts
 * await runPool(cliPath, [{ label: 'Fife', args: ['--area', 'S12000047'] }], 2, () => {});
 * // [{ label: 'Fife', ok: true, output: '…' }]
 * ```
 */
export async function runPool(
  script: string,
  work: PoolJob[],
  jobs: number,
  onDone: (result: PoolResult, done: number, total: number) => void,
): Promise<PoolResult[]> {
  const results: PoolResult[] = new Array(work.length);
  let next = 0;
  let done = 0;
  const runOne = (i: number) =>
    new Promise<void>((resolve) => {
      const job = work[i]!;
      const child = fork(script, job.args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      let output = '';
      child.stdout?.on('data', (d) => (output += d));
      child.stderr?.on('data', (d) => (output += d));
      child.on('close', (code) => {
        results[i] = { label: job.label, ok: code === 0, output: output.trim() };
        done++;
        onDone(results[i]!, done, work.length);
        resolve();
      });
    });
  const worker = async () => {
    while (next < work.length) {
      const i = next++;
      await runOne(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, work.length)) }, worker));
  return results;
}
