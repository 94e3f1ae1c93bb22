import { parseArgs } from 'node:util';
import { GROUPS, type GroupId } from './figure.js';

/** Options of `pnpm bench`. */
export interface BenchOptions {
  /** Groups to run, in the order of {@link GROUPS}. */
  groups: GroupId[];
  /** Runs per figure instead of each figure's default (`--runs`). */
  runs: number | null;
  /** Rows in the generated case extract. __Default value:__ 1,000,000. */
  rows: number;
  /** Where the results are written. __Default value:__ `bench/results.json` for a full run, `bench/results.partial.json` with --only/--skip. */
  out: string | null;
  /** True when some groups were left out with --only or --skip. */
  partial: boolean;
  /** Install R and the peer's packages from Debian (apt-get) if absent, for the `peer` group (`--with-r`). */
  withR: boolean;
  help: boolean;
}

/** The `pnpm bench --help` text. */
export const BENCH_USAGE = `pnpm bench: time cjsnsa against its speed targets (docs/performance.md)

Usage:
  pnpm bench [-- --only <groups>] [--skip <groups>] [--runs <n>] [--rows <n>] [--out <file>] [--with-r]

Options:
  --only   comma-separated groups to run (default: all): ${GROUPS.join(', ')}
  --skip   comma-separated groups to leave out, e.g. --skip all-areas,notebooks
  --runs   timed runs per figure (default: each figure's own, 3 to 15)
  --rows   rows in the generated case extract (default: 1000000)
  --out    results file (default: bench/results.json; bench/results.partial.json with --only or --skip)
  --with-r install R and the R peer's packages with apt-get if absent (the peer group; without R it is skipped)
  --help   this text
`;

function groupList(text: string | undefined, flag: string): GroupId[] | null {
  if (text === undefined) return null;
  const names = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) {
    if (!(GROUPS as readonly string[]).includes(n)) throw new Error(`${flag}: unknown group "${n}"; groups are ${GROUPS.join(', ')}`);
  }
  return names as GroupId[];
}

function positiveInteger(text: string | undefined, flag: string): number | null {
  if (text === undefined) return null;
  const n = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: expected a whole number above 0, got "${text}"`);
  return n;
}

/**
 * Parse the bench command line (a bare `--`, as `pnpm bench -- …` may pass, is ignored).
 *
 * @example
 * ```ts
 * parseBenchArgs(['--', '--only', 'national,extract']).groups; // ['national', 'extract']
 * parseBenchArgs(['--skip', 'all-areas']).partial; // true
 * ```
 */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    allowPositionals: false,
    options: {
      only: { type: 'string' },
      skip: { type: 'string' },
      runs: { type: 'string' },
      rows: { type: 'string' },
      out: { type: 'string' },
      'with-r': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const only = groupList(values.only, '--only');
  const skip = groupList(values.skip, '--skip') ?? [];
  const groups = GROUPS.filter((g) => (only ? only.includes(g) : true) && !skip.includes(g));
  return {
    groups,
    runs: positiveInteger(values.runs, '--runs'),
    rows: positiveInteger(values.rows, '--rows') ?? 1_000_000,
    out: values.out ?? null,
    partial: groups.length < GROUPS.length,
    withR: values['with-r'] ?? false,
    help: values.help ?? false,
  };
}
