import { describe, expect, it } from 'vitest';
import { readObservations } from '@cjsnsa/core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { datasetsDir, load } from './helpers.js';
import { generateSynthetic } from '../../scripts/datasets/generate-synthetic.js';
import { catalogue } from '../../scripts/datasets/catalogue.js';

const total = (file: string, indicator: string, period: string) =>
  load(file).filter((r) => r.indicator === indicator && r.period === period).reduce((s, r) => s + Number(r.numerator), 0);
const pop1670 = new Map(load('real/population-16-70-unrebased.csv').filter((r) => r.period === '2018').map((r) => [r.area!, Number(r.numerator)]));
const rate = (file: string, indicator: string, period: string, area: string) =>
  (Number(load(file).find((r) => r.indicator === indicator && r.period === period && r.area === area)!.numerator) / pop1670.get(area)!) * 1e4;
const within = (x: number, target: number, tol: number) => expect(Math.abs(x - target) / target).toBeLessThanOrEqual(tol);

describe('synthetic totals match calibration targets (JSW figures quoted in domain.md §1.4, §3.2)', () => {
  it('diversion: 4,800 referred, 4,400 assessed, 2,700 commenced, ~2,000 completed in 2022-23; 3,400 commenced in 2023-24', () => {
    within(total('synthetic/diversion-synthetic.csv', 'diversion-referrals', '2022-23'), 4800, 0.02);
    within(total('synthetic/diversion-synthetic.csv', 'diversion-assessments', '2022-23'), 4400, 0.02);
    within(total('synthetic/diversion-synthetic.csv', 'diversion-commenced', '2022-23'), 2700, 0.02);
    within(total('synthetic/diversion-synthetic.csv', 'diversion-commenced', '2023-24'), 3400, 0.02);
    within(total('synthetic/diversion-synthetic.csv', 'diversion-completed', '2022-23'), 2000, 0.1);
  });
  it('bail supervision 1,100 and 1,300; CPOs 14,700 and 15,100; DTTOs 300 and 280; throughcare 1,840 and 1,870', () => {
    within(total('synthetic/bail-synthetic.csv', 'bail-supervision-commenced', '2022-23'), 1100, 0.02);
    within(total('synthetic/bail-synthetic.csv', 'bail-supervision-commenced', '2023-24'), 1300, 0.02);
    within(total('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2022-23'), 14700, 0.02);
    within(total('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2023-24'), 15100, 0.02);
    within(total('synthetic/cpo-dtto-synthetic.csv', 'dtto-commenced', '2022-23'), 300, 0.05);
    within(total('synthetic/release-throughcare-synthetic.csv', 'throughcare-voluntary-commenced', '2022-23'), 1840, 0.02);
    within(total('synthetic/release-throughcare-synthetic.csv', 'throughcare-voluntary-commenced', '2023-24'), 1870, 0.02);
  });
  it('CPO completion 73% (2022-23) and 71% (2023-24); unpaid work 68.0% and supervision 68.2% of 2023-24 CPOs (±3 points)', () => {
    const f = 'synthetic/cpo-dtto-synthetic.csv';
    expect(Math.abs(total(f, 'cpo-completed', '2022-23') / total(f, 'cpo-terminated', '2022-23') - 0.73)).toBeLessThan(0.03);
    expect(Math.abs(total(f, 'cpo-completed', '2023-24') / total(f, 'cpo-terminated', '2023-24') - 0.71)).toBeLessThan(0.03);
    expect(Math.abs(total(f, 'cpo-unpaid-work', '2023-24') / total(f, 'cpo-commenced', '2023-24') - 0.68)).toBeLessThan(0.03);
    expect(Math.abs(total(f, 'cpo-supervision', '2023-24') / total(f, 'cpo-commenced', '2023-24') - 0.682)).toBeLessThan(0.03);
  });
  it('CPOs per 10,000 aged 16-70 (2018 base) in 2022-23: Scotland 38 (±1), West Dunbartonshire 61 (±2), Shetland 12 (±1.5)', () => {
    const scot = (total('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2022-23') / pop1670.get('S92000003')!) * 1e4;
    expect(Math.abs(scot - 38)).toBeLessThanOrEqual(1);
    expect(Math.abs(rate('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2022-23', 'S12000039') - 61)).toBeLessThanOrEqual(2);
    expect(Math.abs(rate('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2022-23', 'S12000027') - 12)).toBeLessThanOrEqual(1.5);
  });
  it('shows the pandemic dip: 2020-21 below 2019-20 for CPOs and diversion', () => {
    expect(total('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2020-21')).toBeLessThan(total('synthetic/cpo-dtto-synthetic.csv', 'cpo-commenced', '2019-20') * 0.7);
    expect(total('synthetic/diversion-synthetic.csv', 'diversion-commenced', '2020-21')).toBeLessThan(total('synthetic/diversion-synthetic.csv', 'diversion-commenced', '2019-20'));
  });
  it('islands have small counts (1-4) so disclosure control has work', () => {
    const islands = ['S12000023', 'S12000027', 'S12000013'];
    const small = ['bail-synthetic.csv', 'cpo-dtto-synthetic.csv', 'release-throughcare-synthetic.csv']
      .flatMap((f) => load(`synthetic/${f}`)).filter((r) => islands.includes(r.area!) && Number(r.numerator) >= 1 && Number(r.numerator) <= 4);
    expect(small.length).toBeGreaterThanOrEqual(10);
  });
});

describe('counting the extracts reproduces the aggregate series', () => {
  const fy = (d: string) => { const [y, m] = d.split('-').map(Number) as [number, number]; const s = m >= 4 ? y : y - 1; return `${s}-${String((s + 1) % 100).padStart(2, '0')}`; };
  const check = (aggFile: string, extractFile: string, indicator: string, date: string, keep: (r: Record<string, string>) => boolean = () => true) => {
    const counts = new Map<string, number>();
    for (const r of load(extractFile)) if (r[date] && keep(r)) counts.set(`${r.area}|${fy(r[date]!)}`, (counts.get(`${r.area}|${fy(r[date]!)}`) ?? 0) + 1);
    const rows = load(aggFile).filter((r) => r.indicator === indicator);
    expect(rows.length).toBe(32 * 7);
    for (const r of rows) expect(Number(r.numerator), `${indicator} ${r.area} ${r.period}`).toBe(counts.get(`${r.area}|${r.period}`) ?? 0);
  };
  it('diversion', () => {
    const a = 'synthetic/diversion-synthetic.csv', e = 'synthetic/extract-diversion-synthetic.csv';
    check(a, e, 'diversion-referrals', 'referral_date');
    check(a, e, 'diversion-assessments', 'assessment_date');
    check(a, e, 'diversion-commenced', 'commenced_date');
    check(a, e, 'diversion-completed', 'end_date', (r) => r.outcome === 'completed');
  });
  it('bail, custody referrals, release and throughcare', () => {
    check('synthetic/bail-synthetic.csv', 'synthetic/extract-bail-synthetic.csv', 'bail-assessment-reports', 'assessment_date');
    check('synthetic/bail-synthetic.csv', 'synthetic/extract-bail-synthetic.csv', 'bail-supervision-commenced', 'supervision_start_date');
    check('synthetic/bail-synthetic.csv', 'synthetic/extract-bail-synthetic.csv', 'bail-supervision-completed', 'supervision_end_date', (r) => r.outcome === 'completed');
    check('synthetic/custody-referrals-synthetic.csv', 'synthetic/extract-custody-referrals-synthetic.csv', 'custody-referrals', 'referral_date');
    const a = 'synthetic/release-throughcare-synthetic.csv', e = 'synthetic/extract-release-synthetic.csv';
    check(a, e, 'prison-releases', 'release_date');
    check(a, e, 'release-health-continuity', 'release_date', (r) => r.health_continuity === 'Y');
    check(a, e, 'release-accommodation', 'release_date', (r) => r.accommodation === 'Y');
    check(a, e, 'throughcare-voluntary-commenced', 'throughcare_commenced_date');
  });
  it('CPOs', () => {
    const a = 'synthetic/cpo-dtto-synthetic.csv', e = 'synthetic/extract-cpo-synthetic.csv';
    check(a, e, 'cpo-commenced', 'imposed_date');
    check(a, e, 'cpo-unpaid-work', 'imposed_date', (r) => r.unpaid_work === 'Y');
    check(a, e, 'cpo-supervision', 'imposed_date', (r) => r.supervision === 'Y');
    check(a, e, 'cpo-terminated', 'terminated_date');
    check(a, e, 'cpo-completed', 'terminated_date', (r) => r.termination_reason === 'completed' || r.termination_reason === 'early-discharge');
  });
});

describe('services register', () => {
  it('has funding ending within 12 months of 2024-03-31 and of 2026-11-23, and outcomes 1-9 only', () => {
    const rows = load('synthetic/register-services-synthetic.csv');
    const endsWithin = (ref: string) => rows.filter((r) => r.funding_end! > ref && r.funding_end! <= `${Number(ref.slice(0, 4)) + 1}${ref.slice(4)}`).length;
    expect(endsWithin('2024-03-31')).toBeGreaterThan(5);
    expect(endsWithin('2026-11-23')).toBeGreaterThan(5);
    for (const r of rows) for (const o of r.outcomes!.split(';')) expect(Number(o)).toBeGreaterThanOrEqual(1), expect(Number(o)).toBeLessThanOrEqual(9);
  });
});

describe('every file is catalogued, validates against its schema, and synthetic files say so', () => {
  const entries = JSON.parse(readFileSync(join(datasetsDir, 'catalogue.json'), 'utf8')).files as ReturnType<typeof catalogue>;
  const gss = /^S(12|92)\d{6}(;S12\d{6})*$/;
  const period = /^(\d{4}|\d{4}-\d{2})$/;
  it.each(entries.filter((e) => e.schema === 'observation').map((e) => [e.path] as const))(
    '%s reads through core readObservations (the observation schema) with no problem and no warning',
    async (path) => {
      const { table, warnings } = await readObservations(join(datasetsDir, path));
      expect(warnings).toEqual([]);
      expect(table.numRows()).toBe(load(path).length);
    },
  );
  it.each(entries.map((e) => [e.path, e] as const))('%s', (_path, e) => {
    const text = readFileSync(join(datasetsDir, e.path), 'utf8');
    expect(text.startsWith('#')).toBe(false);
    expect(text.includes('\r')).toBe(false);
    const header = text.slice(0, text.indexOf('\n')).split(',');
    expect(header).toEqual(e.columns);
    if (e.kind === 'synthetic') expect(e.path).toMatch(/-synthetic\.csv$/);
    if (e.schema !== 'observation') return;
    // Stricter than the schema: the embedded files use canonical forms only.
    for (const r of load(e.path)) {
      expect(r.indicator).toMatch(/^[a-z0-9-]+$/);
      expect(r.area).toMatch(gss);
      expect(r.period).toMatch(period);
      expect(r.numerator).toMatch(/^\d+$/);
      expect(r.denominator).toMatch(/^\d*$/);
      if (e.kind === 'synthetic') {
        expect(r.status!.split('; ')).toContain('synthetic');
        expect(r.source).toBe(e.source);
        expect(r.source).toContain('synthetic demonstration data');
      } else expect(r.status).toBe('published');
    }
  });
});

describe('regenerating with the same seed', () => {
  it('gives byte-identical synthetic files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cjsnsa-syn-'));
    try {
      const files = generateSynthetic(dir);
      expect(files.length).toBe(14);
      for (const f of files) expect(readFileSync(join(dir, f)).equals(readFileSync(join(datasetsDir, f))), f).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
