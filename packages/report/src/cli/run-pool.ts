import { fork } from 'node:child_process';

/**
 * One job for {@link runPool}: what a worker is sent, and a label for progress.
 *
 * @example
 * ```ts
 * const job: PoolJob = { label: 'Fife', payload: JSON.stringify({ area: 'S12000047' }) };
 * ```
 */
export interface PoolJob {
  label: string;
  /** The job's message to the worker, e.g. the area code. */
  payload: string;
}

/**
 * Outcome of one pooled job.
 *
 * @example
 * ```ts
 * const results: PoolResult[] = await runPool('worker.js', [], jobs, 2, () => {});
 * results.filter((r) => !r.ok).map((r) => `${r.label}: ${r.output}`); // the failed areas and why
 * ```
 */
export interface PoolResult {
  label: string;
  ok: boolean;
  output: string;
}

/**
 * What a worker sends back: `ready` once set up, then `done` after each job.
 *
 * @example
 * ```ts
 * process.send?.({ type: 'done', ok: true, output: 'wrote snsa-output/fife' } satisfies PoolWorkerMessage);
 * ```
 */
export type PoolWorkerMessage = { type: 'ready' } | { type: 'done'; ok: boolean; output: string };

/**
 * Run jobs on `jobs` long-lived worker processes (one per core by default),
 * so `--area all` uses every core and each worker loads the data and
 * computes the national results once, not once per area. Each worker is
 * `script` forked with `args`; it says `{ type: 'ready' }` when set up, is
 * sent `{ type: 'job', payload }` one job at a time (the next one as soon as
 * it says `{ type: 'done', ok, output }`), and is disconnected when the
 * queue is empty. A worker that dies fails its current job and is not
 * replaced; the rest of the queue goes to the others.
 *
 * @param script - path of the script to fork
 * @param args - the workers' arguments
 * @param work - the jobs
 * @param jobs - how many workers
 * @param onDone - called as each job finishes, with the count done so far
 * @returns every job's outcome, in the order given
 * @example
 * ```ts
 * await runPool(cliPath, ['--worker'], [{ label: 'Fife', payload: 'S12000047' }], 2, () => {});
 * // [{ label: 'Fife', ok: true, output: '…' }]
 * ```
 */
export async function runPool(
  script: string,
  args: string[],
  work: PoolJob[],
  jobs: number,
  onDone: (result: PoolResult, done: number, total: number) => void,
): Promise<PoolResult[]> {
  const results: (PoolResult | undefined)[] = new Array(work.length);
  let next = 0;
  let done = 0;
  const finish = (i: number, ok: boolean, output: string) => {
    results[i] = { label: work[i]!.label, ok, output: output.trim() };
    done++;
    onDone(results[i]!, done, work.length);
  };
  const worker = () =>
    new Promise<void>((resolve) => {
      const child = fork(script, args, { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      let current: number | null = null;
      let log = '';
      child.stdout?.on('data', (d) => (log += d));
      child.stderr?.on('data', (d) => (log += d));
      const feed = () => {
        if (next < work.length) {
          current = next++;
          child.send({ type: 'job', payload: work[current]!.payload });
        } else {
          current = null;
          child.disconnect();
        }
      };
      child.on('message', (m: PoolWorkerMessage) => {
        if (m.type === 'done' && current !== null) finish(current, m.ok, m.output);
        feed();
      });
      // 'close' does not always follow a disconnected child's exit: wait for its output to end instead
      const ended = (stream: NodeJS.ReadableStream | null) =>
        new Promise<void>((done) => (!stream || (stream as { readableEnded?: boolean }).readableEnded ? done() : stream.once('end', () => done())));
      child.once('exit', (code) => {
        void Promise.all([ended(child.stdout), ended(child.stderr)]).then(() => {
          if (current !== null) finish(current, false, log || `worker exited with code ${code}`);
          resolve();
        });
      });
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, work.length)) }, worker));
  // jobs left when every worker died
  for (let i = 0; i < work.length; i++) if (!results[i]) finish(i, false, 'no worker left to run it');
  return results as PoolResult[];
}
