import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataError } from '@cjsnsa/core';
import { messages } from '../../src/messages.js';
import { DIRECTORY_COLUMNS, parseDirectoryRegister, readDirectoryRegister } from '../../src/services/directory-register.js';
import { directoryTemplateCsv } from '../../src/services/directory-template.js';

const fixture = fileURLToPath(new URL('./fixtures/directory-register.csv', import.meta.url));
const good = {
  service_id: 'D1', area: 'Fife', service_name: 'Bail support', provider: 'Fife Trust', sector: 'third-sector', offer: 'Support on bail',
  eligibility: 'Adults', referral_route: 'Court social work', contact: '01592 000000', capacity: '9', funding_start: '2024-04-01',
  funding_end: '2026-03-31', due_diligence_status: 'complete', due_diligence_date: '2024-05-01', partnership_agreed: 'yes', last_reviewed: '2025-01-10', notes: '',
};
const header = [...DIRECTORY_COLUMNS];
const problems = (records: Record<string, string>[], today = '2025-06-01') => {
  try {
    parseDirectoryRegister(records, { file: 'register.csv', header, today });
  } catch (err) {
    if (err instanceof DataError) return err.issues;
    throw err;
  }
  return [];
};

describe('readDirectoryRegister(file)', () => {
  it('reads every row into typed services, names resolved to GSS codes', async () => {
    const r = await readDirectoryRegister(fixture, { today: '2025-06-01' });
    expect(r.services.map((s) => s.serviceId)).toEqual(['D001', 'D002', 'D003', 'D004', 'D005', 'D006', 'D007']);
    const d1 = r.services[0]!;
    expect(d1).toMatchObject({ row: 2, area: 'S12000013', capacity: 8, fundingEnd: '2025-09-30', dueDiligence: 'complete', partnershipAgreed: true });
    expect(r.services[5]).toMatchObject({ area: 'S92000003', capacity: null, fundingEnd: null, dueDiligence: 'not-required' });
    expect(r.services[2]).toMatchObject({ dueDiligence: 'in-progress', dueDiligenceDate: null, partnershipAgreed: false });
  });

  it('reads the template it writes, with its example rows', async () => {
    const r = await readDirectoryRegister({ name: 'services-register.csv', data: directoryTemplateCsv() }, { today: '2025-06-01' });
    expect(r.services.map((s) => [s.serviceId, s.area, s.dueDiligence])).toEqual([
      ['EX001', 'S12000013', 'complete'],
      ['EX002', 'S92000003', 'not-required'],
      ['EX003', 'S12000013', 'in-progress'],
    ]);
  });
});

describe('parseDirectoryRegister(rows) refuses bad rows by file, row and column', () => {
  it('names every missing column at once', () => {
    const { offer: _o, contact: _c, ...rest } = good;
    try {
      parseDirectoryRegister([rest], { file: 'register.csv', today: '2025-06-01' });
      expect.unreachable();
    } catch (err) {
      const e = err as DataError;
      expect(e.issues.map((i) => [i.row, i.column, i.message])).toEqual([
        [null, 'offer', messages.directoryMissingColumn('offer')],
        [null, 'contact', messages.directoryMissingColumn('contact')],
      ]);
    }
  });

  it('gives each bad cell its row, column and column letter', () => {
    const issues = problems([
      good,
      { ...good, service_id: 'D2', capacity: 'ten', last_reviewed: '2025-13-01' },
      { ...good, service_id: 'D3', area: 'Glasgo', contact: '' },
      { ...good, service_id: 'D4', due_diligence_status: 'done' },
      { ...good, service_id: 'D5', due_diligence_date: '' },
      { ...good, service_id: 'D6', due_diligence_status: 'not-required', due_diligence_date: '' },
      { ...good, service_id: 'D7', partnership_agreed: 'maybe', funding_end: '2024-01-01' },
      { ...good, service_id: 'D8', last_reviewed: '2025-07-01' },
      { ...good },
    ]);
    expect(issues.map((i) => [i.file, i.row, i.column, i.columnLetter])).toEqual([
      ['register.csv', 3, 'capacity', 'J'],
      ['register.csv', 3, 'last_reviewed', 'P'],
      ['register.csv', 4, 'area', 'B'],
      ['register.csv', 4, 'contact', 'I'],
      ['register.csv', 5, 'due_diligence_status', 'M'],
      ['register.csv', 6, 'due_diligence_date', 'N'],
      ['register.csv', 7, 'due_diligence_status', 'M'],
      ['register.csv', 8, 'funding_end', 'L'],
      ['register.csv', 8, 'partnership_agreed', 'O'],
      ['register.csv', 9, 'last_reviewed', 'P'],
      ['register.csv', 10, 'service_id', 'A'],
    ]);
    expect(issues[0]!.message).toBe(messages.directoryNotPlaces('ten'));
    expect(issues[2]!.message).toContain('Glasgow City');
    expect(issues[4]!.message).toBe(messages.directoryDueDiligenceStatus('done', ['complete', 'not-required', 'in-progress', 'not-started', 'lapsed']));
    expect(issues[5]!.message).toBe(messages.directoryDueDiligenceDate);
    expect(issues[7]!.message).toBe(messages.registerDateOrder('2024-04-01', '2024-01-01'));
    expect(issues[6]!.message).toBe(messages.directoryNotRequired('third-sector', ['local-authority', 'nhs', 'sps', 'police-scotland']));
    expect(issues[9]!.message).toBe(messages.directoryFutureDate('last_reviewed', '2025-07-01', '2025-06-01'));
    expect(issues[10]!.message).toBe(messages.registerRepeated('service_id', 'D1', 2));
  });

  it('reads a register that names the sector provider_type, and names that column in its problems', () => {
    const { sector, ...rest } = good;
    const row = { ...rest, provider_type: sector };
    const cols = Object.keys(row);
    expect(parseDirectoryRegister([row], { file: 'r.csv', header: cols, today: '2025-06-01' }).services[0]!.sector).toBe('third-sector');
    try {
      parseDirectoryRegister([{ ...row, provider_type: '' }], { file: 'r.csv', header: cols, today: '2025-06-01' });
      expect.unreachable();
    } catch (err) {
      expect((err as DataError).issues.map((i) => i.column)).toEqual(['provider_type']);
    }
  });

  it('refuses a council area that is not one (a police division is not an area of the directory)', () => {
    expect(problems([{ ...good, area: 'Not a place at all' }]).map((i) => i.column)).toEqual(['area']);
  });
});
