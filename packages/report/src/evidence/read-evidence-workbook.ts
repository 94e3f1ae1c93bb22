import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { columnLetter, DataError, dateParts, parsePeriod, readSheets, type DataIssue, type DataWarning, type PeriodKind } from '@cjsnsa/core';
import { resolveArea } from '@cjsnsa/framework';
import { messages } from '../messages.js';
import {
  ANNUAL_REPORT_SECTIONS,
  ANNUAL_REPORT_STATUSES,
  BETTER_WHEN,
  EVIDENCE_COLUMNS,
  EVIDENCE_CSV_FILES,
  EVIDENCE_KINDS,
  EVIDENCE_SHEETS,
  EVIDENCE_WORKBOOK_MARK,
  evidenceBlocks,
  PARTNERSHIP_DETAILS,
  type EvidenceBlock,
} from './evidence-layout.js';
import { scoreChoice, type EvidenceScale } from './evidence-scale.js';

/**
 * One outcome's self-evaluation, as the Self-evaluation sheet gives it.
 *
 * @example
 * ```ts
 * (await readEvidenceWorkbook('evidence.xlsx')).scores[0].scoreLabel; // e.g. 'Good'
 * ```
 */
export interface OutcomeScore {
  outcome: number;
  wording: string;
  /** The score on the workbook's scale, or `null` when not yet scored. */
  score: number | null;
  /** The score's label on the scale (`Good`), or `null`. */
  scoreLabel: string | null;
  howAreWeDoing: string | null;
  howDoWeKnow: string | null;
  whatNext: string | null;
  /** ISO date. */
  scoredOn: string | null;
  scoredBy: string | null;
  /** Excel row. */
  row: number;
}

/**
 * One row of the Local measures sheet: a measure's figures for one period.
 *
 * @example
 * ```ts
 * (await readEvidenceWorkbook('evidence.xlsx')).measures[0].period; // e.g. '2023-24'
 * ```
 */
export interface LocalMeasureRow {
  block: EvidenceBlock;
  measure: string;
  /** Canonical label: `2023-24`, `2023`, `2023-24 Q3`. */
  period: string;
  periodKind: PeriodKind;
  /** A count; `null` when not recorded. */
  numerator: number | null;
  /** The percentage's base, or `null` for a count. */
  denominator: number | null;
  betterWhen: (typeof BETTER_WHEN)[number];
  source: string | null;
  notes: string | null;
  row: number;
}

/**
 * One narrative evidence item. Links are kept as text: no output turns them into links.
 *
 * @example
 * ```ts
 * (await readEvidenceWorkbook('evidence.xlsx')).items[0].block.label; // e.g. 'Outcome 1'
 * ```
 */
export interface EvidenceItem {
  block: EvidenceBlock;
  evidence: string;
  kind: (typeof EVIDENCE_KINDS)[number] | null;
  link: string | null;
  /** ISO date. */
  date: string | null;
  heldBy: string | null;
  row: number;
}

/**
 * One row of the Annual report sheet: words the partnership writes for its annual report.
 *
 * @example
 * ```ts
 * const entry: AnnualReportEntry = (await readEvidenceWorkbook('evidence.xlsx')).narrative![0];
 * entry.section; // 'Partnership details'
 * ```
 */
export interface AnnualReportEntry {
  section: (typeof ANNUAL_REPORT_SECTIONS)[number];
  /** The row's heading (a detail's name, a recommendation, a local outcome), or `null`. */
  heading: string | null;
  text: string;
  /** For a recommendation or local outcome: one of `ANNUAL_REPORT_STATUSES`, or `null`. */
  status: (typeof ANNUAL_REPORT_STATUSES)[number] | null;
  /** Excel row. */
  row: number;
}

/**
 * One cell of free text a partnership wrote in its workbook that an output
 * prints as written (a self-evaluation answer, an evidence item, a measure's
 * notes, the annual report's words), with where it is, so that
 * `freeTextWarnings` can point at it.
 *
 * @example
 * ```ts
 * const cell: FreeTextCell = (await readEvidenceWorkbook('evidence.xlsx')).freeText![0];
 * cell.column; // e.g. 'How are we doing?'
 * ```
 */
export interface FreeTextCell {
  /** The file, and the sheet of a workbook (`evidence.xlsx, sheet Self-evaluation`), or the CSV file. */
  file: string;
  /** Row of the sheet or CSV file, counting the header as row 1. */
  row: number;
  column: string;
  columnLetter: string;
  text: string;
  /** The Annual report sheet's section of the row, or `null` for the other sheets. */
  section: string | null;
}

/**
 * A local evidence workbook, read and checked.
 *
 * @example
 * ```ts
 * const wb: EvidenceWorkbook = await readEvidenceWorkbook('evidence.xlsx');
 * wb.scale.id; // 'six-point'
 * ```
 */
export interface EvidenceWorkbook {
  file: string;
  area: { code: string; name: string };
  scale: EvidenceScale;
  /** One per outcome, in outcome order. */
  scores: OutcomeScore[];
  measures: LocalMeasureRow[];
  items: EvidenceItem[];
  /**
   * The Annual report sheet's filled rows, in sheet order, or `null` when the
   * workbook has no such sheet (one written before the sheet was added: it is
   * read as before, and the annual report says what to add).
   */
  narrative?: AnnualReportEntry[] | null;
  /** Things to look at that did not stop the reading (e.g. a link that does not look like one). */
  warnings: DataWarning[];
  /** Every free-text cell an output prints as written, with where it is (see `freeTextWarnings`). */
  freeText?: FreeTextCell[];
}

type Grid = { location: string; rows: unknown[][] };

const text = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const s = (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
  return s === '' ? null : s;
};

/** The sheets of the workbook (or of its CSV form, a folder of one CSV per sheet), by role. */
async function loadGrids(source: string): Promise<{ about: Grid | null; scores: Grid | null; measures: Grid | null; evidence: Grid | null; annual?: Grid | null; issues: DataIssue[] }> {
  const info = await stat(source).catch(() => null);
  const issues: DataIssue[] = [];
  const at = (location: string) => ({ file: location, row: null, column: null, columnLetter: null });
  if (info?.isDirectory()) {
    const one = async (name: string): Promise<Grid | null> => {
      const path = join(source, name);
      if (!(await stat(path).catch(() => null))) return null;
      const { sheets } = await readSheets(path, { format: 'csv' });
      return { location: path, rows: sheets[0]?.rows ?? [] };
    };
    const [about, scores, measures, evidence, annual] = await Promise.all([
      one(EVIDENCE_CSV_FILES.about),
      one(EVIDENCE_CSV_FILES.scores),
      one(EVIDENCE_CSV_FILES.measures),
      one(EVIDENCE_CSV_FILES.evidence),
      one(EVIDENCE_CSV_FILES.annual), // optional: folders written before it was added have none
    ]);
    // about.csv has a header row (key, value, label) the About sheet has not
    const aboutRows = about ? { ...about, rows: about.rows.slice(1) } : null;
    for (const [g, name] of [[scores, EVIDENCE_CSV_FILES.scores], [measures, EVIDENCE_CSV_FILES.measures], [evidence, EVIDENCE_CSV_FILES.evidence]] as const) {
      if (!g && about) issues.push({ ...at(join(source, name)), message: messages.evidenceMissingSheet(name) });
    }
    return { about: aboutRows, scores, measures, evidence, annual, issues };
  }
  const { sheets, format } = await readSheets(source);
  // one CSV on its own is not the CSV form (a folder of them)
  if (format === 'csv') return { about: null, scores: null, measures: null, evidence: null, issues };
  const grid = (name: string): Grid | null => {
    const s = sheets.find((x) => x.name === name);
    if (!s) {
      issues.push({ ...at(source), message: messages.evidenceMissingSheet(name) });
      return null;
    }
    return { location: `${source}, sheet ${name}`, rows: s.rows };
  };
  const hasAbout = sheets.some((s) => s.name === EVIDENCE_SHEETS.about);
  if (!hasAbout) return { about: null, scores: null, measures: null, evidence: null, issues };
  const annual = sheets.find((x) => x.name === EVIDENCE_SHEETS.annual); // optional: workbooks written before it was added have none
  return {
    about: grid(EVIDENCE_SHEETS.about),
    scores: grid(EVIDENCE_SHEETS.scores),
    measures: grid(EVIDENCE_SHEETS.measures),
    evidence: grid(EVIDENCE_SHEETS.evidence),
    annual: annual ? { location: `${source}, sheet ${EVIDENCE_SHEETS.annual}`, rows: annual.rows } : null,
    issues,
  };
}

/** Whether the About sheet marks the grid as a local evidence workbook. */
function isMarked(about: Grid | null): boolean {
  return !!about && about.rows.some((r) => text(r[0]) === 'workbook' && text(r[1]) === EVIDENCE_WORKBOOK_MARK);
}

/**
 * Whether a file (XLSX) or folder (CSV form) is a cjsnsa local evidence
 * workbook: it has an About sheet (or `about.csv`) that says so. For telling
 * the workbook apart from observation files among `--data`.
 *
 * @example
 * ```ts
 * await isEvidenceWorkbook('evidence.xlsx'); // true for a workbook from snsa evidence-template
 * ```
 */
export async function isEvidenceWorkbook(source: string): Promise<boolean> {
  try {
    return isMarked((await loadGrids(source)).about);
  } catch {
    return false;
  }
}

/** The columns of a data sheet by header name, with a problem for each one missing. */
function columnsOf(grid: Grid, expected: readonly string[], issues: DataIssue[]): Map<string, number> | null {
  const header = (grid.rows[0] ?? []).map((h) => text(h));
  const index = new Map<string, number>();
  let ok = true;
  for (const name of expected) {
    const i = header.findIndex((h) => h !== null && h.toLowerCase() === name.toLowerCase());
    if (i < 0) {
      ok = false;
      issues.push({ file: grid.location, row: 1, column: name, columnLetter: null, message: messages.evidenceMissingColumn(name) });
    } else index.set(name, i);
  }
  return ok ? index : null;
}

/**
 * Read a local evidence workbook back (from {@link writeEvidenceTemplate},
 * filled in), or its CSV form (a folder holding the files of
 * {@link EVIDENCE_CSV_FILES}), and check every cell: the outcome or priority
 * action of each row, scores on the workbook's own scale (read from its
 * About sheet), counts as whole numbers of 0 or more (a denominator 1 or
 * more, and no smaller than its numerator), periods (core `parsePeriod`:
 * 2023-24, 2023, 2023-24 Q3), one kind of period and one form (count or
 * percentage) per measure, no measure and period twice, dates, kinds and
 * "better when" from their lists. Rows with nothing but their outcome or
 * priority action filled in are the template's empty rows and are skipped.
 *
 * Every problem is collected first, then thrown at once as core's
 * `DataError` (core), each naming the file and sheet (`evidence.xlsx, sheet
 * Local measures`), the Excel row and the column (name and letter), with a
 * message from the report catalogue (`messages.evidence…`).
 *
 * @param source - the `.xlsx` file, or the folder of its CSV form
 * @returns the workbook's area, scale, scores (one per outcome), local measure rows and evidence items
 * @throws `DataError` (core) listing every problem; a file that is not a local evidence workbook is one problem
 * @example
 * ```ts
 * const wb = await readEvidenceWorkbook('west-dunbartonshire-evidence.xlsx');
 * wb.area.name; // 'West Dunbartonshire'
 * wb.scores.find((s) => s.outcome === 1)?.score; // e.g. 4 (Good, on the six-point scale)
 * wb.measures[0]; // { block: { label: 'Outcome 1', … }, measure: 'Diversion cases completed within 6 months', period: '2023-24', numerator: 30, denominator: 45, … }
 * ```
 */
export async function readEvidenceWorkbook(source: string): Promise<EvidenceWorkbook> {
  const grids = await loadGrids(source);
  if (!isMarked(grids.about)) throw new DataError({ file: source, row: null, column: null, columnLetter: null, message: messages.evidenceNotWorkbook(source) });
  const issues: DataIssue[] = [...grids.issues];
  const warnings: DataWarning[] = [];
  const freeText: FreeTextCell[] = [];

  // About: area and scale
  const about = grids.about!;
  const value = (key: string) => about.rows.find((r) => text(r[0]) === key)?.[1];
  const aboutProblem = (key: string) => {
    const row = about.rows.findIndex((r) => text(r[0]) === key);
    issues.push({ file: about.location, row: row >= 0 ? row + 1 : null, column: null, columnLetter: row >= 0 ? 'B' : null, message: messages.evidenceAboutBroken(key) });
  };
  let area = { code: '', name: '' };
  try {
    const r = resolveArea(text(value('area code')) ?? '');
    area = { code: r.code, name: r.name };
  } catch {
    aboutProblem('area code');
  }
  const levels = about.rows
    .filter((r) => text(r[0]) === 'score')
    .map((r) => ({ score: Number(r[1]), label: text(r[2]) }))
    .filter((l) => Number.isInteger(l.score));
  if (levels.length < 2) aboutProblem('score');
  const scale: EvidenceScale = {
    id: text(value('scale id')) ?? 'own',
    name: text(value('scale name')) ?? 'scale given in the workbook',
    levels: levels.sort((a, b) => b.score - a.score),
    assumption: text(value('scale assumption')) ?? '',
  };

  const blocks = evidenceBlocks();
  const outcomeCount = blocks.filter((b) => b.kind === 'outcome').length;
  const actionCount = blocks.length - outcomeCount;
  const blockOf = (raw: string): EvidenceBlock | null => {
    const m = /^\s*(outcome|priority action|pa)\s*(\d+)\s*$/i.exec(raw);
    if (!m) return null;
    const kind = m[1]!.toLowerCase() === 'outcome' ? 'outcome' : 'priority-action';
    return blocks.find((b) => b.kind === kind && b.number === Number(m[2])) ?? null;
  };

  /** Cell readers for one sheet: each records its problem at the cell and returns null. */
  const cells = (grid: Grid, index: Map<string, number>) => {
    const raw = (row: unknown[], column: string) => row[index.get(column)!];
    const problem = (r: number, column: string, message: string) =>
      issues.push({ file: grid.location, row: r, column, columnLetter: columnLetter(index.get(column)!), message });
    const count = (row: unknown[], r: number, column: string, min: number): number | null => {
      const v = raw(row, column);
      const t = text(v);
      if (t === null) return null;
      const n = typeof v === 'number' ? v : /^\d{1,3}(,\d{3})+$|^\d+$/.test(t) ? Number(t.replace(/,/g, '')) : NaN;
      if (!Number.isSafeInteger(n) || n < 0) {
        problem(r, column, messages.evidenceNotCount(column, t));
        return null;
      }
      if (n < min) {
        problem(r, column, messages.evidenceZeroDenominator);
        return null;
      }
      return n;
    };
    const date = (row: unknown[], r: number, column: string): string | null => {
      const v = raw(row, column);
      const t = text(v);
      if (t === null) return null;
      // a date cell not formatted as a date reads as its Excel serial number (days since 1899-12-30)
      const asDate = typeof v === 'number' && v > 36000 && v < 74000 ? new Date(Date.UTC(1899, 11, 30) + v * 86_400_000) : v;
      const parts = dateParts(asDate);
      if (!parts) {
        problem(r, column, messages.evidenceBadDate(column, t));
        return null;
      }
      return parts.map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0')).join('-');
    };
    /** A free-text cell that outputs print as written: read, and remembered with where it is. */
    const prose = (row: unknown[], r: number, column: string, section: string | null = null): string | null => {
      const t = text(raw(row, column));
      if (t !== null) freeText.push({ file: grid.location, row: r, column, columnLetter: columnLetter(index.get(column)!), text: t, section });
      return t;
    };
    return { raw, problem, count, date, prose, str: (row: unknown[], column: string) => text(raw(row, column)) };
  };

  // Self-evaluation
  const scores: OutcomeScore[] = [];
  if (grids.scores) {
    const index = columnsOf(grids.scores, EVIDENCE_COLUMNS.scores, issues);
    if (index) {
      const c = cells(grids.scores, index);
      const seen = new Map<number, number>();
      const choices = scale.levels.map(scoreChoice);
      grids.scores.rows.slice(1).forEach((row, i) => {
        const r = i + 2;
        if (row.every((v) => text(v) === null)) return;
        const outcomeText = c.str(row, 'Outcome') ?? '';
        const outcome = /^\d+$/.test(outcomeText) ? Number(outcomeText) : NaN;
        const block = blocks.find((b) => b.kind === 'outcome' && b.number === outcome);
        if (!block) return void c.problem(r, 'Outcome', messages.evidenceBadOutcomeRow(outcomeText, outcomeCount));
        if (seen.has(outcome)) return void c.problem(r, 'Outcome', messages.evidenceRepeatedOutcome(outcome, seen.get(outcome)!));
        seen.set(outcome, r);
        let score: number | null = null;
        let scoreLabel: string | null = null;
        const scoreText = c.str(row, 'Score');
        if (scoreText !== null) {
          const m = /^(\d+)(?:\s*[-–:.]?\s*(.*))?$/.exec(scoreText);
          const level = m ? scale.levels.find((l) => l.score === Number(m[1])) : undefined;
          const label = m?.[2]?.trim() || null;
          if (!level || (label !== null && (level.label ?? '').toLowerCase() !== label.toLowerCase())) c.problem(r, 'Score', messages.evidenceScoreNotOnScale(scoreText, choices));
          else {
            score = level.score;
            scoreLabel = level.label;
          }
        }
        scores.push({
          outcome,
          wording: block.wording!,
          score,
          scoreLabel,
          howAreWeDoing: c.prose(row, r, 'How are we doing?'),
          howDoWeKnow: c.prose(row, r, 'How do we know?'),
          whatNext: c.prose(row, r, 'What are we going to do next?'),
          scoredOn: c.date(row, r, 'Scored on'),
          scoredBy: c.str(row, 'Scored by'),
          row: r,
        });
      });
      // every outcome has its row, scored or not
      for (const b of blocks) {
        if (b.kind === 'outcome' && !seen.has(b.number)) {
          scores.push({ outcome: b.number, wording: b.wording!, score: null, scoreLabel: null, howAreWeDoing: null, howDoWeKnow: null, whatNext: null, scoredOn: null, scoredBy: null, row: 0 });
        }
      }
      scores.sort((a, b) => a.outcome - b.outcome);
    }
  }

  // Local measures
  const measures: LocalMeasureRow[] = [];
  if (grids.measures) {
    const index = columnsOf(grids.measures, EVIDENCE_COLUMNS.measures, issues);
    if (index) {
      const c = cells(grids.measures, index);
      const first = new Map<string, { row: number; kind: PeriodKind; block: string; hasDenominator: boolean; periods: Map<string, number> }>();
      grids.measures.rows.slice(1).forEach((row, i) => {
        const r = i + 2;
        const blockText = c.str(row, 'Outcome or priority action');
        const rest = EVIDENCE_COLUMNS.measures.slice(1).map((col) => c.str(row, col));
        if (rest.every((v) => v === null)) return; // the template's empty rows
        const before = issues.length;
        const block = blockText === null ? null : blockOf(blockText);
        if (!block) c.problem(r, 'Outcome or priority action', blockText === null ? messages.evidenceBlankRequired('Outcome or priority action') : messages.evidenceUnknownBlock(blockText, outcomeCount, actionCount));
        const measure = c.str(row, 'Measure');
        if (measure === null) c.problem(r, 'Measure', messages.evidenceBlankRequired('Measure'));
        const periodText = c.str(row, 'Period');
        let period: { label: string; kind: PeriodKind } | null = null;
        if (periodText === null) c.problem(r, 'Period', messages.evidenceBlankRequired('Period'));
        else {
          try {
            const p = parsePeriod(periodText);
            period = { label: p.label, kind: p.kind };
          } catch {
            c.problem(r, 'Period', messages.evidenceBadPeriod(periodText));
          }
        }
        const numerator = c.count(row, r, 'Numerator', 0);
        const denominator = c.count(row, r, 'Denominator', 1);
        if (numerator !== null && denominator !== null && numerator > denominator) c.problem(r, 'Numerator', messages.evidenceNumeratorAboveDenominator(numerator, denominator));
        const betterText = c.str(row, 'Better when');
        const betterWhen = betterText === null ? 'Not judged' : BETTER_WHEN.find((b) => b.toLowerCase() === betterText.toLowerCase());
        if (!betterWhen) c.problem(r, 'Better when', messages.evidenceBadBetterWhen(betterText!));
        if (issues.length > before || !block || !measure || !period || !betterWhen) return;
        const key = measure.toLowerCase();
        const seen = first.get(key);
        if (seen) {
          if (seen.block !== block.label) return void c.problem(r, 'Outcome or priority action', messages.evidenceMeasureTwoBlocks(measure, seen.block, seen.row));
          if (seen.kind !== period.kind) return void c.problem(r, 'Period', messages.evidenceMixedPeriods(measure, period.kind.replace('-', ' '), seen.kind.replace('-', ' '), seen.row));
          const again = seen.periods.get(period.label);
          if (again) return void c.problem(r, 'Period', messages.evidenceRepeatedMeasure(measure, period.label, again));
          if (numerator !== null && (denominator !== null) !== seen.hasDenominator) return void c.problem(r, 'Denominator', messages.evidenceMixedDenominator(measure, seen.row));
          seen.periods.set(period.label, r);
        } else first.set(key, { row: r, kind: period.kind, block: block.label, hasDenominator: denominator !== null, periods: new Map([[period.label, r]]) });
        measures.push({
          block,
          measure,
          period: period.label,
          periodKind: period.kind,
          numerator,
          denominator,
          betterWhen,
          source: c.str(row, 'Source'),
          notes: c.prose(row, r, 'Notes'),
          row: r,
        });
      });
    }
  }

  // Evidence
  const items: EvidenceItem[] = [];
  if (grids.evidence) {
    const index = columnsOf(grids.evidence, EVIDENCE_COLUMNS.evidence, issues);
    if (index) {
      const c = cells(grids.evidence, index);
      grids.evidence.rows.slice(1).forEach((row, i) => {
        const r = i + 2;
        const rest = EVIDENCE_COLUMNS.evidence.slice(1).map((col) => c.str(row, col));
        if (rest.every((v) => v === null)) return;
        const before = issues.length;
        const blockText = c.str(row, 'Outcome or priority action');
        const block = blockText === null ? null : blockOf(blockText);
        if (!block) c.problem(r, 'Outcome or priority action', blockText === null ? messages.evidenceBlankRequired('Outcome or priority action') : messages.evidenceUnknownBlock(blockText, outcomeCount, actionCount));
        const evidence = c.str(row, 'Evidence');
        if (evidence === null) c.problem(r, 'Evidence', messages.evidenceBlankEvidence);
        const kindText = c.str(row, 'Kind');
        const kind = kindText === null ? null : EVIDENCE_KINDS.find((k) => k.toLowerCase() === kindText.toLowerCase()) ?? undefined;
        if (kind === undefined) c.problem(r, 'Kind', messages.evidenceBadKind(kindText!, [...EVIDENCE_KINDS]));
        const link = c.str(row, 'Link');
        if (link !== null && !/^(https?:\/\/\S+|[A-Za-z]:[\\/]|\\\\|\/|\.{1,2}[\\/]|~\/)/.test(link)) {
          warnings.push({ file: grids.evidence!.location, row: r, column: 'Link', columnLetter: columnLetter(index.get('Link')!), message: messages.evidenceLinkWarning(link) });
        }
        const date = c.date(row, r, 'Date');
        if (issues.length > before || !block || !evidence || kind === undefined) return;
        c.prose(row, r, 'Evidence');
        items.push({ block, evidence, kind, link, date, heldBy: c.str(row, 'Held by'), row: r });
      });
    }
  }
  // Annual report: the words of the annual report (optional sheet)
  let narrative: AnnualReportEntry[] | null = null;
  if (grids.annual) {
    narrative = [];
    const index = columnsOf(grids.annual, EVIDENCE_COLUMNS.annual, issues);
    if (index) {
      const c = cells(grids.annual, index);
      const prefilled = new Set(PARTNERSHIP_DETAILS.map((h) => h.toLowerCase()));
      grids.annual.rows.slice(1).forEach((row, i) => {
        const r = i + 2;
        const sectionText = c.str(row, 'Section');
        const heading = c.str(row, 'Heading');
        const body = c.str(row, 'Text');
        const statusText = c.str(row, 'Status');
        // the template's empty rows: a section alone, or a partnership detail's heading with nothing beside it
        if (body === null && statusText === null && (heading === null || prefilled.has(heading.toLowerCase()))) return;
        const before = issues.length;
        const section = sectionText === null ? undefined : ANNUAL_REPORT_SECTIONS.find((x) => x.toLowerCase() === sectionText.toLowerCase());
        if (!section) c.problem(r, 'Section', sectionText === null ? messages.evidenceBlankRequired('Section') : messages.annualBadSection(sectionText, ANNUAL_REPORT_SECTIONS));
        const status = statusText === null ? null : ANNUAL_REPORT_STATUSES.find((x) => x.toLowerCase() === statusText.toLowerCase());
        if (status === undefined) c.problem(r, 'Status', messages.annualBadStatus(statusText!, ANNUAL_REPORT_STATUSES));
        if (body === null) c.problem(r, 'Text', messages.annualBlankText);
        if (issues.length > before || !section || body === null || status === undefined) return;
        c.prose(row, r, 'Heading', section);
        c.prose(row, r, 'Text', section);
        narrative!.push({ section, heading, text: body, status, row: r });
      });
    }
  }
  if (issues.length) throw new DataError(issues);
  return { file: source, area, scale, scores, measures, items, narrative, warnings, freeText };
}
