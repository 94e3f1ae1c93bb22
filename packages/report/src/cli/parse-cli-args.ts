import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { smallCountRule, type SmallCountRule } from '@cjsnsa/core';
import { messages } from '../messages.js';
import type { PackFormat } from '../output/write-pack.js';

/**
 * The options of the `snsa` command, after parsing and before area/topic resolution.
 *
 * @example
 * ```ts
 * const options: SnsaCliOptions = parseCliArgs(['--area', 'Fife', '--format', 'html']);
 * options.formats; // ['html']
 * ```
 */
export interface SnsaCliOptions {
  /** Area name or code, or `all`. Default `S12000039` (West Dunbartonshire). */
  area: string;
  /** Topic id, or `all` (default). */
  topic: string;
  /** A partnership's own data: an observation file (CSV or XLSX) or a folder of them, validated before anything is written. */
  data: string | null;
  /** The partnership's local evidence workbook (`--evidence`, from snsa evidence-template, filled in), or its CSV folder; else one found among `--data`. */
  evidence: string | null;
  /** A lived-experience survey export and its question schema (`--survey`, `--survey-schema`), or `null`. */
  survey: { file: string; schema: string } | null;
  /** Output directory. Default `snsa-output`. */
  out: string;
  formats: PackFormat[];
  quiet: boolean;
  /** Any warning about the data is an error: the run stops before anything is written (`--strict`). */
  strict: boolean;
  help: boolean;
  /** Worker count for `--area all` (default: one per core). */
  jobs: number | null;
  /** The small-count rule (`--min-count`, `--disclosure-rule`). __Default value:__ counts of 1 to 4 withheld. */
  disclosure: SmallCountRule;
  /** The arguments that gave the rule, passed on to `--area all` workers so every area uses the same one. */
  disclosureArgs: string[];
  /** Pixel density of the charts' PNGs in the chart pack and the Word documents (`--png-scale`, 1 to 4). __Default value:__ 2 */
  pngScale: number;
  /** Internal: run as an `--area all` worker, taking areas over IPC. */
  worker: boolean;
}

/**
 * The `snsa --help` text.
 *
 * @example
 * ```ts
 * SNSA_USAGE.split('\n')[0]; // 'snsa: a Strategic Needs and Strengths Assessment data pack for a community justice partnership'
 * ```
 */
export const SNSA_USAGE = `snsa: a Strategic Needs and Strengths Assessment data pack for a community justice partnership

Usage:
  snsa [--area <name or code>|all] [--topic <topic>|all] [--data <file or folder>] [--evidence <file.xlsx>]
       [--survey <export.csv|xlsx> --survey-schema <schema.json>] [--out <dir>] [--format html,docx]
  snsa evidence-template --area <name or code> [--out <file.xlsx>] [--scale six-point|ten-point|<file.json>]
  snsa annual-report --area <name or code> --year <2024-25> --evidence <file.xlsx>   (HTML and Word; snsa annual-report --help)
  snsa dashboard [--area <name or code>|all] [--out <file.html>]   (one HTML file, offline; snsa dashboard --help)

Options:
  --area     council area name or GSS code (default: West Dunbartonshire, S12000039); "all" for all 32 and an index page
  --topic    diversion, bail, arrest-referral, custody-to-community, community-sentences, services, or all (default)
  --data     your own data: a CSV or XLSX file, or a folder of them: observation tables, individual-level extracts
             (one row per case), published tables as downloaded; checked first: problems listed by file, row and
             column stop the run, warnings are printed and carried into every report
  --evidence your local evidence workbook (written by snsa evidence-template, filled in), or the folder of its CSV form:
             a section per outcome with your local measures, evidence and self-evaluation scores; checked first like
             --data (a workbook among the --data files is found and used too)
  --survey, --survey-schema
             a lived-experience survey export (CSV or XLSX, one row per response) and its question schema (JSON;
             docs/survey.md): a section with the share giving each answer, charts and the change between waves;
             groups under the minimum number of respondents are not shown; free text is counted, never printed;
             for one area (not --area all)
  --out      where to write the pack (default: snsa-output)
  --format   html, docx or both (default: html,docx); the chart pack and CSV tables are always written
  --jobs     parallel workers for --area all (default: one per core)
  --png-scale        the charts' PNGs at this many pixels per SVG unit, 1 to 4 (default: 2, crisp in print); 1 gives
                     a quarter of the pixels and smaller files, and saves some time, for drafts and --area all
  --min-count        the smallest count that may be published (default: 5, so counts of 1 to 4 are withheld)
  --disclosure-rule  a JSON file with the data owner's rule, e.g. {"min": 1, "max": 9}; every output states the rule used
  --strict   treat any warning about the data as an error: list the warnings and write nothing
  --quiet    no progress lines
  --help     this text
`;

/**
 * Parse the `snsa` command line.
 *
 * @param argv - arguments after the script name
 * @throws Error with a catalogued message for an unknown option or format
 * @example
 * ```ts
 * parseCliArgs(['--area', 'Fife', '--format', 'docx']).formats; // ['docx']
 * ```
 */
export function parseCliArgs(argv: string[]): SnsaCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        area: { type: 'string', default: 'S12000039' },
        topic: { type: 'string', default: 'all' },
        data: { type: 'string' },
        evidence: { type: 'string' },
        survey: { type: 'string' },
        'survey-schema': { type: 'string' },
        out: { type: 'string', default: 'snsa-output' },
        format: { type: 'string', default: 'html,docx' },
        jobs: { type: 'string' },
        'png-scale': { type: 'string' },
        'min-count': { type: 'string' },
        'disclosure-rule': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        worker: { type: 'boolean', default: false },
      },
    });
  } catch (err) {
    throw new Error(messages.unknownOption((err as Error).message));
  }
  const v = parsed.values;
  const formats = String(v.format)
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  for (const f of formats) if (f !== 'html' && f !== 'docx') throw new Error(messages.unknownFormat(f));
  const jobs = v.jobs === undefined ? null : Number(v.jobs);
  const pngScale = v['png-scale'] === undefined ? 2 : Number(v['png-scale']);
  if (!(pngScale >= 1 && pngScale <= 4)) throw new Error(messages.pngScale(String(v['png-scale'])));
  if ((v.survey === undefined) !== (v['survey-schema'] === undefined)) throw new Error(messages.surveyCliOptionsTogether);
  const disclosure = disclosureOption(v);
  return {
    area: String(v.area),
    topic: String(v.topic),
    data: v.data === undefined ? null : String(v.data),
    evidence: v.evidence === undefined ? null : String(v.evidence),
    survey: v.survey === undefined ? null : { file: String(v.survey), schema: String(v['survey-schema']) },
    out: String(v.out),
    formats: formats as PackFormat[],
    quiet: Boolean(v.quiet),
    strict: Boolean(v.strict),
    help: Boolean(v.help),
    jobs: jobs !== null && Number.isFinite(jobs) && jobs > 0 ? Math.floor(jobs) : null,
    disclosure,
    disclosureArgs:
      v['disclosure-rule'] !== undefined
        ? ['--disclosure-rule', resolve(String(v['disclosure-rule']))]
        : v['min-count'] !== undefined
          ? ['--min-count', String(v['min-count'])]
          : [],
    pngScale,
    worker: Boolean(v.worker),
  };
}

/**
 * The small-count rule a command was given: `--disclosure-rule <file>`
 * ({@link readDisclosureRule}), `--min-count <n>`, or neither (the default
 * rule: counts of 1 to 4 withheld). Every command that writes figures takes
 * it the same way.
 *
 * @param values - the parsed options (`node:util` `parseArgs` values)
 * @returns the rule
 * @throws Error with a catalogued message when both are given, or for a bad count or file
 * @example
 * ```ts
 * disclosureOption({ 'min-count': '10' }); // { min: 1, max: 9 }
 * disclosureOption({}); // { min: 1, max: 4 }
 * ```
 */
export function disclosureOption(values: { 'min-count'?: string | boolean; 'disclosure-rule'?: string | boolean }): SmallCountRule {
  if (values['min-count'] !== undefined && values['disclosure-rule'] !== undefined) throw new Error(messages.disclosureOptionsTogether);
  if (values['disclosure-rule'] !== undefined) return readDisclosureRule(String(values['disclosure-rule']));
  return smallCountRule(values['min-count'] === undefined ? {} : { minCount: Number(values['min-count']) });
}

/**
 * Read a data owner's small-count rule from a JSON file: `{ "min": 1, "max": 9 }`
 * (the withheld range) or `{ "minCount": 10 }` (the smallest count that may be published).
 *
 * @throws Error with a catalogued message naming the file for an unreadable file, bad JSON, an unknown key or a bad range
 * @example
 * ```ts
 * readDisclosureRule('rule.json'); // { min: 1, max: 9 } for a file holding {"min": 1, "max": 9}
 * ```
 */
export function readDisclosureRule(file: string): SmallCountRule {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(messages.disclosureRuleFile(file, (err as Error).message));
  }
  const allowed = ['min', 'max', 'minCount'];
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(messages.disclosureRuleFile(file, 'it must be a JSON object such as {"min": 1, "max": 4}'));
  const entries = Object.entries(parsed as Record<string, unknown>);
  for (const [k, val] of entries) {
    if (!allowed.includes(k)) throw new Error(messages.disclosureRuleFile(file, `unknown key "${k}" (keys: ${allowed.join(', ')})`));
    if (typeof val !== 'number') throw new Error(messages.disclosureRuleFile(file, `"${k}" must be a number`));
  }
  try {
    return smallCountRule(parsed as { min?: number; max?: number; minCount?: number });
  } catch (err) {
    throw new Error(messages.disclosureRuleFile(file, (err as Error).message));
  }
}
