import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smallCountRule } from '@cjsnsa/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localEvidence, readEvidenceWorkbook, writeEvidenceTemplate, type EvidenceWorkbook } from '../../src/index.js';
import { exampleEntries } from './example-entries.js';
import { fillEvidenceWorkbook } from './fill-evidence-workbook.js';

let workbook: EvidenceWorkbook;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'local-evidence-'));
  const file = join(dir, 'wd-evidence.xlsx');
  const template = await writeEvidenceTemplate({ area: { code: 'S12000039', name: 'West Dunbartonshire' }, asOf: '2025-01-01' });
  await writeFile(file, await fillEvidenceWorkbook(template, exampleEntries));
  workbook = await readEvidenceWorkbook(file);
});

const row = (local: ReturnType<typeof localEvidence>, name: string, period: string) =>
  local.results.find((r) => r.indicator_name.startsWith(name) && r.period === period)!;

describe('localEvidence(workbook, { disclosure })', () => {
  it('makes one local indicator per measure: a percentage where it has a denominator, else a count', () => {
    const local = localEvidence(workbook, { disclosure: smallCountRule() });
    expect(local.definitions.map((d) => [d.id, d.kind, d.name, d.measure, d.outcome, d.polarity])).toEqual([
      ['LM1', 'local', 'Diversion cases completed within 6 months', 'percentage', 1, 'high-is-good'],
      ['LM2', 'local', 'Bail assessments completed within 24 hours', 'percentage', 3, 'high-is-good'],
      ['LM3', 'local', 'Young people offered diversion', 'count', 1, 'no-judgement'],
    ]);
  });

  it('withholds a count of 3 under the default rule (1 to 4), like any other count, and publishes 11', () => {
    const local = localEvidence(workbook, { disclosure: smallCountRule() });
    const three = row(local, 'Young people offered diversion', '2023-24');
    expect([three.numerator, three.value, three.lower, three.upper, three.status]).toEqual([null, null, null, null, 'suppressed']);
    const eleven = row(local, 'Young people offered diversion', '2022-23');
    expect([eleven.numerator, eleven.value, eleven.status]).toEqual([11, 11, 'published']);
    // with the data owner's rule of 1 to 9 withheld, 11 is still published
    expect(row(localEvidence(workbook, { disclosure: smallCountRule({ minCount: 10 }) }), 'Young people offered diversion', '2022-23').value).toBe(11);
    expect(row(localEvidence(workbook, { disclosure: smallCountRule({ minCount: 12 }) }), 'Young people offered diversion', '2022-23').value).toBeNull();
  });

  it('gives a percentage its Wilson 95% interval', () => {
    const r = row(localEvidence(workbook, { disclosure: smallCountRule() }), 'Diversion cases completed within 6 months', '2023-24');
    expect(r.value).toBeCloseTo(80, 10);
    // scipy: z = norm.ppf(0.975); Wilson score interval of 36/45 = 0.6617703088385799 to 0.8910387319216871
    expect(r.lower).toBeCloseTo(66.17703088385799, 8);
    expect(r.upper).toBeCloseTo(89.10387319216871, 8);
  });

  it('tests the recent trend over the last five years and reads it by the measure\'s better direction', () => {
    // 18/40, 20/41, 24/42, 30/44, 36/45: a steady rise
    const r = row(localEvidence(workbook, { disclosure: smallCountRule() }), 'Diversion cases completed within 6 months', '2023-24');
    expect([r.trend, r.trend_direction]).toEqual(['Increasing', 'getting better']);
  });
});
