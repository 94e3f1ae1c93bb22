import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchContext } from '../lib/context.js';
import { missingFigure, timeFigure, type Figure } from '../lib/figure.js';
import { median, summarise } from '../lib/timing.js';

const PYTHON = '/usr/bin/python3';

interface ExecutedCell {
  cell_type: string;
  metadata?: { execution?: Record<string, string> };
}

/**
 * Milliseconds from the first cell starting to the last cell finishing, read
 * from nbclient's timing metadata (tslab replies to the shell before a cell's
 * output is done, so the end is the kernel going idle).
 */
function cellsMs(executed: string): number | null {
  const nb = JSON.parse(readFileSync(executed, 'utf8')) as { cells: ExecutedCell[] };
  const stamps = nb.cells
    .filter((c) => c.cell_type === 'code' && c.metadata?.execution)
    .flatMap((c) => Object.values(c.metadata!.execution!).map((t) => Date.parse(t)))
    .filter(Number.isFinite);
  return stamps.length ? Math.max(...stamps) - Math.min(...stamps) : null;
}

async function execute(ctx: BenchContext, notebook: string, out: string): Promise<{ ms: number; cellsMs: number | null }> {
  const executed = join(out, `executed-${Date.now()}.ipynb`);
  const t0 = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(PYTHON, [join(ctx.root, 'test/notebooks/run_notebook.py'), notebook, executed, '600'], {
      cwd: ctx.root,
      env: { ...process.env, JUPYTER_PATH: join(ctx.root, '.jupyter/share/jupyter') },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 15 * 60_000,
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stderr: err }));
  });
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`${notebook} failed: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ms, cellsMs: cellsMs(executed) };
}

/**
 * Why the notebooks cannot run here, or null when they can: the tslab kernel
 * must be registered in `.jupyter/` and Debian's Jupyter installed
 * (`sh scripts/setup.sh --test` does both).
 *
 * @example
 * ```ts
 * notebooksUnavailable(root); // null on a machine set up with --test
 * ```
 */
export function notebooksUnavailable(root: string): string | null {
  if (!existsSync(join(root, '.jupyter/share/jupyter/kernels/tslab/kernel.json'))) {
    return 'the tslab kernel is not registered in .jupyter/: run `sh scripts/setup.sh --test` (installs Jupyter with apt-get) and bench again';
  }
  const check = spawnSync(PYTHON, ['-c', 'import nbclient, nbformat, ipykernel'], { stdio: 'ignore' });
  if (check.status !== 0) return `${PYTHON} lacks nbclient/nbformat/ipykernel: run \`sh scripts/setup.sh --test\``;
  return null;
}

/**
 * Figure 4, notebooks: each notebook of `notebooks/` executed top to bottom
 * under the tslab kernel with the test suite's runner
 * (test/notebooks/run_notebook.py, nbclient), wall time of the whole run
 * including kernel start-up; the note gives the cells' own time. Target
 * < 10 s each. Skipped with the reason when the kernel is not registered.
 *
 * @example
 * ```ts
 * const figures = await benchNotebooks(ctx); // notebooks.snsa-diversion, …
 * ```
 */
export async function benchNotebooks(ctx: BenchContext): Promise<Figure[]> {
  const why = notebooksUnavailable(ctx.root);
  if (why) {
    ctx.log(`notebooks skipped: ${why}`);
    return [missingFigure('notebooks', 'notebooks', 'Notebooks under tslab', 'skipped', why)];
  }
  const dir = join(ctx.root, 'notebooks');
  const names = readdirSync(dir).filter((f) => f.endsWith('.ipynb')).sort();
  const out = mkdtempSync(join(tmpdir(), 'cjsnsa-bench-notebooks-'));
  const runs = ctx.runs(3);
  const figures: Figure[] = [];
  try {
    for (const name of names) {
      const id = `notebooks.${name.replace(/\.ipynb$/, '')}`;
      const what = `${name}: run top to bottom under tslab`;
      const samples: number[] = [];
      const cells: number[] = [];
      try {
        for (let i = 0; i < runs; i++) {
          const r = await execute(ctx, join(dir, name), out);
          ctx.log(`notebooks: ${name} run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s (cells ${r.cellsMs === null ? '?' : (r.cellsMs / 1000).toFixed(2)} s)`);
          samples.push(r.ms);
          if (r.cellsMs !== null) cells.push(r.cellsMs);
        }
      } catch (err) {
        ctx.log(`notebooks: ${(err as Error).message}`);
        figures.push(missingFigure(id, 'notebooks', what, 'error', (err as Error).message));
        continue;
      }
      figures.push(
        timeFigure(id, 'notebooks', what, summarise(samples), {
          targetMs: 10_000,
          note: cells.length ? `cells ${(median(cells) / 1000).toFixed(2)} s; the rest is Python, kernel start-up and shutdown` : undefined,
        }),
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return figures;
}
