import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine and software a run was measured on. */
export interface MachineFacts {
  cpu: string;
  /** Logical cores (os.availableParallelism). */
  cores: number;
  ramGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended: above 0.5 means others were busy. */
  loadAverage: { start: number; end: number | null };
  /** ISO date and time the run started. */
  date: string;
  /** Git commit measured (`+dirty` when the tree had changes), or null outside a checkout. */
  commit: string | null;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) return `${pretty[1]} (${os.type()} ${os.release()} ${os.arch()})`;
  } catch {
    // not Linux
  }
  return `${os.type()} ${os.release()} ${os.arch()}`;
}

function gitCommit(root: string): string | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const sha = git('rev-parse', '--short=12', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${sha}+dirty` : sha;
  } catch {
    return null;
  }
}

/**
 * Facts about this machine for `bench/results.json`: CPU model, cores, RAM,
 * Node version, OS, date, and load average (the bench is only as quiet as the
 * machine).
 *
 * @example
 * ```ts
 * machineFacts(root).cores; // 2
 * ```
 */
export function machineFacts(root: string): MachineFacts {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: osName(),
    loadAverage: { start: Math.round(os.loadavg()[0] * 100) / 100, end: null },
    date: new Date().toISOString(),
    commit: gitCommit(root),
  };
}
