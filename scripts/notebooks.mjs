#!/usr/bin/env node
// The notebooks, in one step (run through `pnpm notebooks`, which first runs
// `sh scripts/setup.sh --notebooks`: tslab, Debian's Jupyter Notebook and
// nbconvert, and the tslab kernel registered inside the repository).
//
//   pnpm notebooks                                   start Jupyter on notebooks/
//   pnpm notebooks --run snsa-diversion --area Fife  run one notebook for an area:
//        the executed notebook and its HTML in out/notebooks/ (or --out <dir>)
//   pnpm notebooks:build                             write the notebooks and run each,
//        so they are committed with their outputs
//
// The notebooks run under the Python that has nbclient and nbconvert: the
// first of $CJSNSA_PYTHON, /usr/bin/python3 (Debian's, where setup.sh
// installs them), python3 and python on PATH that can import them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NOTEBOOKS = join(ROOT, 'notebooks');
export const JUPYTER_PATH = join(ROOT, '.jupyter/share/jupyter');
export const RUNNER = join(ROOT, 'test/notebooks/run_notebook.py');

/** The first Python that can import every module given, or null. */
export function findPython(modules = ['nbclient', 'nbconvert']) {
  const candidates = [process.env.CJSNSA_PYTHON, '/usr/bin/python3', 'python3', 'python'].filter(Boolean);
  for (const py of candidates) {
    const r = spawnSync(py, ['-c', `import ${modules.join(', ')}`], { stdio: 'ignore' });
    if (r.status === 0) return py;
  }
  return null;
}

/** The notebook file for a name given with or without `.ipynb` or `notebooks/`. */
export function notebookPath(name) {
  const file = basename(name).endsWith('.ipynb') ? basename(name) : `${basename(name)}.ipynb`;
  const path = join(NOTEBOOKS, file);
  if (!existsSync(path)) {
    const known = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).map((f) => f.replace(/\.ipynb$/, ''));
    throw new Error(`There is no notebook ${file} in notebooks/. The notebooks are: ${known.join(', ')}.`);
  }
  return path;
}

const joined = (v) => (Array.isArray(v) ? v.join('') : (v ?? ''));
const splitLines = (text) => {
  const parts = text.split('\n');
  return parts.map((l, i) => (i < parts.length - 1 ? `${l}\n` : l)).filter((l) => l !== '');
};

/**
 * A copy of a notebook with its `parameters` cell's values replaced, e.g.
 * `{ AREA: 'Fife' }` turns `const AREA = 'West Dunbartonshire';` into
 * `const AREA = "Fife";`. tslab cells are TypeScript, where a `const` cannot
 * be declared twice, so the values are replaced in the tagged cell rather
 * than set again in a cell after it (as papermill does for Python). A name
 * the cell does not declare is an error naming the names it does.
 */
export function withParameters(nb, values) {
  const copy = structuredClone(nb);
  const cell = copy.cells.find((c) => c.cell_type === 'code' && (c.metadata?.tags ?? []).includes('parameters'));
  const names = Object.keys(values);
  if (names.length === 0) return copy;
  if (!cell) throw new Error('This notebook has no cell tagged "parameters": it takes no area or other values.');
  let source = joined(cell.source);
  const declared = [...source.matchAll(/^(?:const|let) ([A-Z_][A-Z0-9_]*)\b/gm)].map((m) => m[1]);
  for (const name of names) {
    const pattern = new RegExp(`^((?:const|let) ${name}(?:: [^=]+)? = )(.*?);(.*)$`, 'm');
    if (!pattern.test(source)) {
      throw new Error(`The parameters cell has no ${name}. It sets: ${declared.join(', ') || 'nothing'}.`);
    }
    source = source.replace(pattern, (_, head) => `${head}${JSON.stringify(values[name])}; // set by pnpm notebooks --run`);
  }
  cell.source = splitLines(source);
  return copy;
}

/**
 * A notebook's outputs with what changes from run to run taken out, so that
 * running it twice on the same code and data gives the same file: execution
 * times and other run metadata, the kernel's version details, execution counts
 * (numbered 1, 2, … in cell order). Used on the committed notebooks and by the
 * staleness test.
 */
export function normaliseNotebook(nb, metadata) {
  let count = 0;
  return {
    ...nb,
    cells: nb.cells.map((c) => {
      if (c.cell_type !== 'code') return c;
      const metadataOut = { ...(c.metadata ?? {}) };
      delete metadataOut.execution;
      delete metadataOut.collapsed;
      delete metadataOut.scrolled;
      count += 1;
      const outputs = (c.outputs ?? []).map((o) => {
        const out = { ...o };
        if ('execution_count' in out) out.execution_count = count;
        if (out.metadata) out.metadata = {};
        return out;
      });
      return { ...c, execution_count: count, metadata: metadataOut, outputs };
    }),
    metadata: metadata ?? nb.metadata,
  };
}

/** Only what a reader sees in each code cell's outputs, for comparing two runs. */
export function outputsOf(nb) {
  return nb.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) =>
      (c.outputs ?? []).map((o) => ({
        type: o.output_type,
        name: o.name ?? null,
        text: joined(o.text),
        data: Object.fromEntries(Object.entries(o.data ?? {}).map(([k, v]) => [k, joined(v)])),
      })),
    );
}

/**
 * Execute a notebook with the tslab kernel (test/notebooks/run_notebook.py,
 * nbclient) from notebooks/, where tslab finds the packages. Writes the
 * executed notebook, and its HTML (nbconvert) when `html` is given.
 * @returns the spawn result and the executed notebook (or null)
 */
export function executeNotebook(source, executed, { html = null, timeout = 600, python = findPython() } = {}) {
  if (!python) {
    throw new Error('No Python with nbclient and nbconvert was found (tried $CJSNSA_PYTHON, /usr/bin/python3, python3, python). Run: sh scripts/setup.sh --notebooks');
  }
  const args = [RUNNER, source, executed, String(timeout), NOTEBOOKS];
  if (html) args.push('--html', html);
  const run = spawnSync(python, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JUPYTER_PATH },
    timeout: (timeout + 300) * 1000,
  });
  const nb = existsSync(executed) ? JSON.parse(readFileSync(executed, 'utf8')) : null;
  return { run, nb };
}

const stringify = (nb) => JSON.stringify(nb, null, 1) + '\n';

/**
 * Run a notebook (optionally for another area) and write `<name>[-<area>].ipynb`
 * and `.html` into `outDir`.
 */
export function runNotebook(name, { area = null, outDir = join(ROOT, 'out/notebooks') } = {}) {
  const path = notebookPath(name);
  const nb = JSON.parse(readFileSync(path, 'utf8'));
  const values = area ? { AREA: area } : {};
  const changed = withParameters(nb, values);
  mkdirSync(outDir, { recursive: true });
  const slug = area ? `-${area.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  const stem = basename(path, '.ipynb') + slug;
  const work = mkdtempSync(join(tmpdir(), 'cjsnsa-notebook-'));
  const source = join(work, `${stem}.ipynb`);
  writeFileSync(source, stringify(changed));
  const executed = join(outDir, `${stem}.ipynb`);
  const html = join(outDir, `${stem}.html`);
  const { run } = executeNotebook(source, executed, { html });
  return { status: run.status, stderr: run.stderr ?? '', stdout: run.stdout ?? '', executed, html };
}

/**
 * Execute each committed notebook from the sources scripts/build-notebooks.mjs
 * wrote and write it back with its outputs, normalised.
 */
export function regenerate(names) {
  const all = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();
  const chosen = names.length ? names.map((n) => basename(notebookPath(n))) : all;
  const work = mkdtempSync(join(tmpdir(), 'cjsnsa-notebooks-'));
  let failed = 0;
  for (const file of chosen) {
    const path = join(NOTEBOOKS, file);
    const nb = JSON.parse(readFileSync(path, 'utf8'));
    const started = Date.now();
    const { run, nb: executed } = executeNotebook(path, join(work, file));
    if (run.status !== 0 || !executed) {
      failed += 1;
      console.error(`${file}: failed\n${run.stderr}${run.stdout}`);
      continue;
    }
    const out = stringify(normaliseNotebook(executed, nb.metadata));
    writeFileSync(path, out);
    console.log(`${file}: ${((Date.now() - started) / 1000).toFixed(1)} s, ${(out.length / 1024).toFixed(0)} KB`);
  }
  return failed;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      run: { type: 'string' },
      area: { type: 'string' },
      out: { type: 'string' },
      regenerate: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(`pnpm notebooks                                        start Jupyter on notebooks/
pnpm notebooks --run <notebook> [--area <area>] [--out <dir>]
                                                      run one notebook (for an area) and write it with its HTML
                                                      (default folder: out/notebooks/)
pnpm notebooks:build                                  write every notebook and run it, outputs included`);
    return 0;
  }
  if (values.regenerate) return regenerate(positionals) ? 1 : 0;
  if (values.run) {
    const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? join(ROOT, 'out/notebooks'));
    const r = runNotebook(values.run, { area: values.area ?? null, outDir });
    if (r.status !== 0) {
      console.error(`${values.run}: a cell failed\n${r.stderr}${r.stdout}`);
      return 1;
    }
    console.log(`wrote ${r.executed}\nwrote ${r.html}`);
    return 0;
  }
  if (values.area) throw new Error('--area goes with --run <notebook>.');
  const python = findPython(['notebook']);
  if (!python) throw new Error('Jupyter Notebook is not installed. Run: sh scripts/setup.sh --notebooks');
  console.log('Starting Jupyter on notebooks/ with the tslab kernel (Ctrl+C to stop).');
  // Jupyter refuses to run as root unless told: containers and fresh Debian machines often are root.
  const asRoot = process.getuid?.() === 0 ? ['--allow-root'] : [];
  const r = spawnSync(python, ['-m', 'notebook', `--notebook-dir=${NOTEBOOKS}`, ...asRoot], {
    stdio: 'inherit',
    env: { ...process.env, JUPYTER_PATH },
  });
  return r.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}
