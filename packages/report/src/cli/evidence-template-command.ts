import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { messages } from '../messages.js';
import { areaSlug } from '../output/area-slug.js';
import { evidenceScale } from '../evidence/evidence-scale.js';
import { evidenceTemplateCsv, writeEvidenceTemplate } from '../evidence/write-evidence-template.js';
import { snsaArea } from '../snsa/snsa-context.js';

/**
 * The `snsa evidence-template --help` text.
 *
 * @example
 * ```ts
 * EVIDENCE_TEMPLATE_USAGE.split('\n')[0]; // 'snsa evidence-template: the local evidence workbook a partnership fills in'
 * ```
 */
export const EVIDENCE_TEMPLATE_USAGE = `snsa evidence-template: the local evidence workbook a partnership fills in

Usage:
  snsa evidence-template --area <name or code> [--out <file.xlsx>] [--scale six-point|ten-point|<file.json>]

Options:
  --area    council area name or GSS code (required)
  --out     the workbook to write (default: <area>-evidence.xlsx); the same sheets as CSV go in a folder beside it (<name>-csv)
  --scale   the self-evaluation scale: six-point (default: 6 Excellent to 1 Unsatisfactory, this toolkit's assumption),
            ten-point (10 to 1), or a JSON file {"id", "name", "levels": [{"score": 5, "label": "Strong"}, …]}
  --help    this text

Then fill it in and give it to the pack: snsa --area <area> --evidence <file.xlsx>
`;

/**
 * What {@link evidenceTemplateCommand} wrote.
 *
 * @example
 * ```ts
 * const written: EvidenceTemplateWritten = { xlsx: 'fife-evidence.xlsx', csvDir: 'fife-evidence-csv' };
 * ```
 */
export interface EvidenceTemplateWritten {
  xlsx: string;
  csvDir: string;
}

/**
 * `snsa evidence-template`: write the local evidence workbook for an area
 * ({@link writeEvidenceTemplate}) and its CSV form beside it
 * ({@link evidenceTemplateCsv}).
 *
 * @param argv - the arguments after `evidence-template`
 * @returns the paths written, or `null` for `--help` (the usage is printed)
 * @throws Error with a catalogued message for an unknown option, a missing or unknown area, a bad scale or an `--out` that is not .xlsx
 * @example
 * ```ts
 * await evidenceTemplateCommand(['--area', 'Fife', '--scale', 'ten-point']);
 * // { xlsx: '/…/fife-evidence.xlsx', csvDir: '/…/fife-evidence-csv' }
 * ```
 */
export async function evidenceTemplateCommand(argv: string[], asOf?: string): Promise<EvidenceTemplateWritten | null> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: { area: { type: 'string' }, out: { type: 'string' }, scale: { type: 'string', default: 'six-point' }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (err) {
    throw new Error(messages.unknownOption((err as Error).message));
  }
  if (values.help) {
    process.stdout.write(EVIDENCE_TEMPLATE_USAGE);
    return null;
  }
  if (values.area === undefined) throw new Error(messages.unknownOption('evidence-template needs --area <name or code>'));
  const area = snsaArea(values.area);
  const scale = evidenceScale(String(values.scale));
  const xlsx = resolve(values.out ?? `${areaSlug(area.name)}-evidence.xlsx`);
  if (!/\.xlsx$/i.test(xlsx)) throw new Error(messages.evidenceTemplateOut(values.out!));
  const csvDir = xlsx.replace(/\.xlsx$/i, '-csv');
  const options = { area: { code: area.code, name: area.name }, scale, ...(asOf ? { asOf } : {}) };
  await mkdir(dirname(xlsx), { recursive: true });
  await writeFile(xlsx, await writeEvidenceTemplate(options));
  await mkdir(csvDir, { recursive: true });
  for (const [name, text] of Object.entries(evidenceTemplateCsv(options))) await writeFile(join(csvDir, name), text);
  process.stdout.write(`${messages.evidenceTemplateWritten(xlsx, csvDir)}\n`);
  return { xlsx, csvDir };
}
