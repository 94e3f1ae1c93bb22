import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One whole-process run: wall time, peak resident memory, exit code and what it printed. */
export interface ProcessRun {
  /** Wall time from spawn to exit, milliseconds (the process's start-up included). */
  ms: number;
  /** Peak resident set size of the process (its largest descendant), MiB; null when it could not be measured. */
  peakMiB: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Run a command as a whole process and measure its wall time and peak
 * memory: with GNU `/usr/bin/time -f %M` when present, else with a Python 3
 * wrapper that reads the finished child's `ru_maxrss` (getrusage
 * RUSAGE_CHILDREN). Either way the figure is the kernel's own accounting of
 * the process, not a sample. Throws when the command exits with an error,
 * quoting the last lines it printed on stderr.
 *
 * @example
 * ```ts
 * const run = await runProcess('Rscript', ['snsa_pipeline.R', 'cases.csv', 'pop.csv', 'out']);
 * run.ms; // 7340.2
 * run.peakMiB; // 294.1
 * ```
 */
export async function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<ProcessRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cjsnsa-bench-run-'));
  const peakFile = join(dir, 'peak');
  const wrapped: [string, string[]] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', '%M', '-o', peakFile, command, ...args]]
    : [
        'python3',
        [
          '-c',
          'import resource,subprocess,sys\nc=subprocess.call(sys.argv[2:])\nopen(sys.argv[1],"w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\nsys.exit(c)',
          peakFile,
          command,
          ...args,
        ],
      ];
  try {
    const t0 = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(wrapped[0], wrapped[1], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: options.timeoutMs ?? 900_000,
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
    });
    const ms = performance.now() - t0;
    if (code !== 0) {
      const tail = stderr.trim().split('\n').slice(-4).join(' | ');
      throw new Error(`${command} ${args.join(' ')} exited with ${code}: ${tail}`);
    }
    let peakMiB: number | null = null;
    try {
      // GNU time writes "Command exited…" lines before the figure on failure; the figure is the last line
      const kib = Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop());
      if (Number.isFinite(kib) && kib > 0) peakMiB = kib / 1024;
    } catch {
      // no figure: left null
    }
    return { ms, peakMiB, code, stdout, stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The `timing <stage> <seconds>` lines a pipeline prints (the R peer and
 * its cjsnsa counterpart both do), as stage → milliseconds.
 *
 * @example
 * ```ts
 * stageTimings('timing read      0.530\ntiming total    7.300\n'); // Map { 'read' => 530, 'total' => 7300 }
 * ```
 */
export function stageTimings(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of stdout.matchAll(/^timing\s+(\S+)\s+([\d.]+)\s*$/gm)) out.set(m[1], Number(m[2]) * 1000);
  return out;
}
