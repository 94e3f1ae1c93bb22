import { frameworkDefinitions, priorityActions } from '@cjsnsa/framework';

/**
 * The layout of the local evidence workbook, shared by its writer
 * ({@link writeEvidenceTemplate}) and its reader ({@link readEvidenceWorkbook}):
 * sheet names, each sheet's header row (row 1) and the choices of its
 * drop-down lists. The CSV form has one file per sheet with the same header.
 *
 * @example
 * ```ts
 * EVIDENCE_SHEETS.measures; // 'Local measures'
 * EVIDENCE_COLUMNS.measures[3]; // 'Numerator'
 * ```
 */
export const EVIDENCE_SHEETS = {
  readMe: 'Read me',
  scores: 'Self-evaluation',
  measures: 'Local measures',
  evidence: 'Evidence',
  lists: 'Lists',
  about: 'About',
  annual: 'Annual report',
} as const;

/**
 * The header row of each data sheet, in order (the reader finds columns by these names).
 *
 * @example
 * ```ts
 * EVIDENCE_COLUMNS.evidence.join(','); // 'Outcome or priority action,Evidence,Kind,Link,Date,Held by': the header of evidence.csv
 * ```
 */
export const EVIDENCE_COLUMNS = {
  scores: ['Outcome', 'Nationally determined outcome', 'Score', 'How are we doing?', 'How do we know?', 'What are we going to do next?', 'Scored on', 'Scored by'],
  measures: ['Outcome or priority action', 'Measure', 'Period', 'Numerator', 'Denominator', 'Better when', 'Source', 'Notes'],
  evidence: ['Outcome or priority action', 'Evidence', 'Kind', 'Link', 'Date', 'Held by'],
  annual: ['Section', 'Heading', 'Text', 'Status'],
} as const;

/**
 * The file name of each sheet in the CSV form (a folder beside the workbook).
 *
 * @example
 * ```ts
 * EVIDENCE_CSV_FILES.measures; // 'local-measures.csv'
 * ```
 */
export const EVIDENCE_CSV_FILES = {
  scores: 'self-evaluation.csv',
  measures: 'local-measures.csv',
  evidence: 'evidence.csv',
  about: 'about.csv',
  annual: 'annual-report.csv',
} as const;

/**
 * The About sheet's first cell: how a workbook is recognised as a local evidence workbook.
 *
 * @example
 * ```ts
 * EVIDENCE_WORKBOOK_MARK; // 'cjsnsa local evidence workbook', in cell A1 of the About sheet
 * ```
 */
export const EVIDENCE_WORKBOOK_MARK = 'cjsnsa local evidence workbook';

/**
 * Kinds of evidence item: **the toolkit's assumption** of what partnerships
 * hold as evidence (the CJS Improvement Tool's evidence areas were not read).
 *
 * @example
 * ```ts
 * EVIDENCE_KINDS.includes('Lived experience'); // true: one of the Kind column's choices
 * ```
 */
export const EVIDENCE_KINDS = ['Service data', 'Document or report', 'Case study', 'Lived experience', 'Partner feedback', 'Inspection or audit', 'Other'] as const;

/**
 * The choices of a local measure's "Better when" column (blank reads as Not judged).
 *
 * @example
 * ```ts
 * BETTER_WHEN; // ['Higher', 'Lower', 'Not judged']
 * ```
 */
export const BETTER_WHEN = ['Higher', 'Lower', 'Not judged'] as const;

/**
 * One block of the workbook: a nationally determined outcome or a priority action.
 *
 * @example
 * ```ts
 * const block: EvidenceBlock = evidenceBlocks()[9];
 * block.label; // 'Priority action 1'
 * block.outcomes; // [1]
 * ```
 */
export interface EvidenceBlock {
  kind: 'outcome' | 'priority-action';
  number: number;
  /** As written in the workbook's "Outcome or priority action" column: `Outcome 1`, `Priority action 6`. */
  label: string;
  /** The wording, or `null` for a priority action whose wording was not read. */
  wording: string | null;
  /** The outcomes it belongs to: itself for an outcome; the aligned outcomes, where known, for a priority action. */
  outcomes: number[];
}

/**
 * The blocks of the workbook, one per nationally determined outcome (9) and
 * priority action (13) of the framework version, outcomes first.
 *
 * @example
 * ```ts
 * evidenceBlocks().map((b) => b.label).slice(8, 10); // ['Outcome 9', 'Priority action 1']
 * ```
 */
export function evidenceBlocks(version = 'cjpf-2023'): EvidenceBlock[] {
  const outcomes = frameworkDefinitions(version).outcomes.map(
    (o): EvidenceBlock => ({ kind: 'outcome', number: o.outcome, label: `Outcome ${o.outcome}`, wording: o.wording, outcomes: [o.outcome] }),
  );
  const actions = priorityActions(version).priorityActions.map(
    (a): EvidenceBlock => ({ kind: 'priority-action', number: a.action, label: `Priority action ${a.action}`, wording: a.wording, outcomes: a.outcomes }),
  );
  return [...outcomes, ...actions];
}

/**
 * The sections of the annual report whose words the partnership writes, in
 * the order of the report (the Annual report sheet's Section column). The
 * order follows the Community Justice annual return as this toolkit
 * understands it (partnership details, governance, progress on last year's
 * recommendations, performance per national outcome, local outcomes,
 * achievements and challenges, next steps): **the toolkit's assumption**, as
 * CJS's own return template was not read. Performance per national outcome
 * is written from the indicators and the rest of the workbook, so it has no
 * rows here.
 *
 * @example
 * ```ts
 * ANNUAL_REPORT_SECTIONS[0]; // 'Partnership details'
 * ```
 */
export const ANNUAL_REPORT_SECTIONS = [
  'Partnership details',
  'Governance',
  "Last year's recommendations",
  'Local outcomes',
  'Achievements',
  'Challenges',
  'Next steps',
] as const;

/**
 * The headings pre-filled under Partnership details on the Annual report sheet.
 *
 * @example
 * ```ts
 * PARTNERSHIP_DETAILS.includes('Chair'); // true
 * ```
 */
export const PARTNERSHIP_DETAILS = ['Partnership name', 'Chair', 'Lead officer or coordinator', 'Contact', 'Partners', 'Approved by', 'Date approved'] as const;

/**
 * The choices of the Annual report sheet's Status column, for a
 * recommendation or a local outcome: **the toolkit's assumption**.
 *
 * @example
 * ```ts
 * ANNUAL_REPORT_STATUSES[0]; // 'Complete'
 * ```
 */
export const ANNUAL_REPORT_STATUSES = ['Complete', 'On track', 'Delayed', 'Not started', 'Carried forward'] as const;
