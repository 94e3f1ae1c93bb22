import { readFileSync, readdirSync } from 'node:fs';
import { FrameworkError } from './framework-error.js';
import { type IndicatorDefinition } from './indicator-definition.js';
import { readDefinitionsFolder } from './read-definitions-folder.js';
import { messages } from '../messages.js';

/**
 * One aim of the National Strategy for Community Justice (2022).
 *
 * @example
 * ```ts
 * const aim: Aim = frameworkDefinitions().aims[0];
 * aim.aim; // 1
 * ```
 */
export interface Aim {
  aim: number;
  wording: string;
}

/**
 * One nationally determined outcome of the CJPF.
 *
 * @example
 * ```ts
 * const outcome: Outcome = frameworkDefinitions().outcomes[0];
 * outcome.outcome; // 1
 * outcome.aim; // the strategy aim it sits under
 * ```
 */
export interface Outcome {
  outcome: number;
  /** The strategy aim it sits under. */
  aim: number;
  /** Where the aim mapping comes from: read in the CJPF, or inferred from topic. */
  aimMapping: string;
  /** The outcome wording, verbatim. */
  wording: string;
}

/**
 * A framework version: its aims, outcomes and indicators.
 *
 * @example
 * ```ts
 * const cjpf: FrameworkDefinitions = frameworkDefinitions('cjpf-2023');
 * cjpf.outcomes.length; // 9
 * ```
 */
export interface FrameworkDefinitions {
  version: string;
  title: string;
  published: string;
  url: string;
  aims: Aim[];
  aimsSource: string;
  outcomes: Outcome[];
  outcomesSource: string;
  /** National indicators then supporting measures, in display order. */
  indicators: IndicatorDefinition[];
}

/** The folder that holds one subfolder per framework version, shipped in the package. */
const DEFINITIONS_ROOT = new URL('../../definitions/', import.meta.url);

const cache = new Map<string, FrameworkDefinitions>();

const KIND_ORDER = { national: 0, supporting: 1, local: 2 } as const;

/**
 * Sort definitions for display: national, supporting, local; then by outcome
 * (none last); then by id in natural order (NI2 before NI10).
 *
 * @example
 * ```ts
 * sortDefinitions(defs).map((d) => d.id).slice(0, 4); // ['NI1a', 'NI1b', 'NI1c', 'NI2']
 * ```
 */
export function sortDefinitions<T extends Pick<IndicatorDefinition, 'id' | 'kind' | 'outcome'>>(defs: T[]): T[] {
  const national = (id: string) => Number(/^NI(\d+)/.exec(id)?.[1] ?? NaN);
  return [...defs].sort((a, b) => {
    if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (a.kind === 'national') {
      const d = national(a.id) - national(b.id);
      if (!Number.isNaN(d) && d !== 0) return d;
    } else if (a.outcome !== b.outcome) {
      return (a.outcome ?? 99) - (b.outcome ?? 99);
    }
    return a.id.localeCompare(b.id, 'en', { numeric: true });
  });
}

/**
 * The framework versions shipped with this package (one folder each under
 * `definitions/`). A later revision of the CJPF becomes a new version beside
 * `cjpf-2023`.
 *
 * @example
 * ```ts
 * frameworkVersions(); // ['cjpf-2023']
 * ```
 */
export function frameworkVersions(): string[] {
  return readdirSync(DEFINITIONS_ROOT, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/**
 * The aims, outcomes and indicator definitions of one framework version, read
 * from the JSON files shipped in the package and validated (once, then cached).
 *
 * @param version - __Default value:__ `'cjpf-2023'`
 * @throws {FrameworkError} for an unknown version or an invalid file
 * @example
 * ```ts
 * const f = frameworkDefinitions();
 * f.outcomes.length; // 9
 * f.indicators.filter((d) => d.kind === 'national').length; // 14 (NI1a–c, NI2, NI3a–c, NI4–NI10)
 * ```
 */
export function frameworkDefinitions(version = 'cjpf-2023'): FrameworkDefinitions {
  const hit = cache.get(version);
  if (hit) return hit;
  const versions = frameworkVersions();
  if (!versions.includes(version)) throw new FrameworkError(messages.unknownVersion(version, versions));
  const dir = new URL(`${version}/`, DEFINITIONS_ROOT);
  const read = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  const meta = read('framework.json') as { version: string; title: string; published: string; url: string };
  const aims = read('aims.json') as { source: string; aims: Aim[] };
  const outcomes = read('outcomes.json') as { source: string; outcomes: Outcome[] };
  const indicators = sortDefinitions(readDefinitionsFolder(dir));
  const known = new Set(outcomes.outcomes.map((o) => o.outcome));
  for (const d of indicators) {
    if (d.outcome !== null && !known.has(d.outcome)) throw new FrameworkError(messages.unknownOutcome(d.id, d.outcome));
  }
  const out: FrameworkDefinitions = {
    version: meta.version,
    title: meta.title,
    published: meta.published,
    url: meta.url,
    aims: aims.aims,
    aimsSource: aims.source,
    outcomes: outcomes.outcomes,
    outcomesSource: outcomes.source,
    indicators,
  };
  cache.set(version, out);
  return out;
}
