import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '@cjsnsa/core';
import { findDatasetsDir, messages, parseServicesRegister, providerTypeLabel, readServicesRegister, referralsPeriod } from '@cjsnsa/report';

const HEADER = 'service_id,area,service_name,provider_type,outcomes,capacity,referrals_2023_24,funding_start,funding_end,status,source';
const ROW = 'SVC1,S12000013,Bail Support,local-authority,3,9,11,2023-04-01,2026-03-31,published,register';
const csv = (...lines: string[]) => ({ name: 'register.csv', data: [...lines, ''].join('\r\n') });

/** The issues a reading throws, as plain data. */
async function issuesOf(read: Promise<unknown>) {
  const err = await read.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DataError);
  return (err as DataError).issues.map((i) => ({ file: i.file, row: i.row, column: i.column, columnLetter: i.columnLetter, message: i.message }));
}

describe('readServicesRegister(source): cells parsed once into typed rows', () => {
  it('reads places and referrals as numbers, so 11 referrals against 9 places compare as numbers', async () => {
    const r = await readServicesRegister(csv(HEADER, ROW, 'SVC2,S12000013,Custody Link,third-sector,2;1,11,9,2022-11-08,2024-05-01,published,register'));
    expect(r.services.map((s) => [s.places, s.referrals])).toEqual([
      [9, 11],
      [11, 9],
    ]);
    // as text "11" < "9": the comparison the register's string cells used to get wrong
    expect(r.services.map((s) => s.referrals! > s.places!)).toEqual([true, false]);
    expect(r.services[1]).toMatchObject({ row: 3, serviceId: 'SVC2', area: 'S12000013', outcomes: [1, 2], providerType: 'third-sector', fundingEnd: '2024-05-01' });
  });

  it('reads the shipped synthetic register: 182 services, referrals for 2023-24', async () => {
    const r = await readServicesRegister(join(findDatasetsDir(), 'synthetic/register-services-synthetic.csv'));
    expect(r.services).toHaveLength(182);
    expect(r.period).toBe('2023-24');
    // datasets/synthetic/register-services-synthetic.csv, rows SVC0030 to SVC0033
    expect(r.services.filter((s) => s.area === 'S12000013').map((s) => [s.places, s.referrals])).toEqual([
      [5, 4],
      [5, 4],
      [11, 9],
      [16, 12],
    ]);
    expect(r.services.every((s) => typeof s.places === 'number' && typeof s.referrals === 'number')).toBe(true);
  });

  it('keeps the file\'s row numbers past blank rows, and resolves area names to codes', async () => {
    const r = await readServicesRegister(csv(HEADER, '', ROW.replace('S12000013', 'Eilean Siar')));
    expect(r.services[0]).toMatchObject({ row: 3, area: 'S12000013' });
  });

  it('reads blank counts as not recorded, and [c] as withheld by the register\'s owner', async () => {
    const r = await readServicesRegister(csv(HEADER, ROW.replace(',9,11,', ',,[c],')));
    expect(r.services[0]).toMatchObject({ places: null, placesStatus: 'not-available', referrals: null, referralsStatus: 'suppressed' });
  });

  it('names file, row, column and letter for every bad cell, all at once', async () => {
    const issues = await issuesOf(
      readServicesRegister(
        csv(
          HEADER,
          ROW.replace(',9,11,', ',ten,4.5,'),
          ROW.replace('SVC1', 'SVC2').replace('2026-03-31', '31/03/2026').replace(',3,', ',3;12,'),
          ROW.replace('S12000013', 'Glasgo').replace('SVC1', 'SVC3').replace('Bail Support', ''),
          ROW.replace('2026-03-31', '2022-03-31'),
        ),
      ),
    );
    expect(issues).toEqual([
      { file: 'register.csv', row: 2, column: 'capacity', columnLetter: 'F', message: messages.registerNotCount('capacity', 'ten') },
      { file: 'register.csv', row: 2, column: 'referrals_2023_24', columnLetter: 'G', message: messages.registerNotCount('referrals_2023_24', '4.5') },
      { file: 'register.csv', row: 3, column: 'outcomes', columnLetter: 'E', message: messages.registerUnknownOutcome('3;12', [1, 2, 3, 4, 5, 6, 7, 8, 9]) },
      { file: 'register.csv', row: 3, column: 'funding_end', columnLetter: 'I', message: messages.registerNotDate('funding_end', '31/03/2026') },
      expect.objectContaining({ row: 4, column: 'area', columnLetter: 'B', message: expect.stringContaining('Glasgow City') }),
      { file: 'register.csv', row: 4, column: 'service_name', columnLetter: 'C', message: messages.registerBlank('service_name') },
      { file: 'register.csv', row: 5, column: 'funding_end', columnLetter: 'I', message: messages.registerDateOrder('2023-04-01', '2022-03-31') },
    ]);
  });

  it('a service id given twice, or a service name twice in one area, is a problem naming the first row', async () => {
    const issues = await issuesOf(readServicesRegister(csv(HEADER, ROW, ROW.replace('Bail Support', 'Other'), ROW.replace('SVC1', 'SVC9'))));
    expect(issues).toEqual([
      { file: 'register.csv', row: 3, column: 'service_id', columnLetter: 'A', message: messages.registerRepeated('service_id', 'SVC1', 2) },
      { file: 'register.csv', row: 4, column: 'service_name', columnLetter: 'C', message: messages.registerRepeated('service_name', 'Bail Support', 2) },
    ]);
  });

  it('a missing column, or no referrals column, stops the reading naming the columns', async () => {
    const noCapacity = await issuesOf(readServicesRegister(csv(HEADER.replace('capacity,', 'places,'), ROW)));
    expect(noCapacity).toEqual([{ file: 'register.csv', row: null, column: 'capacity', columnLetter: null, message: messages.registerMissingColumn('capacity') }]);
    const noReferrals = await issuesOf(readServicesRegister(csv(HEADER.replace('referrals_2023_24', 'demand'), ROW)));
    expect(noReferrals).toEqual([{ file: 'register.csv', row: null, column: null, columnLetter: null, message: messages.registerNoReferralsColumn }]);
  });

  it('an XLSX register is refused with core\'s CSV-only error', async () => {
    await expect(readServicesRegister('register.xlsx')).rejects.toBeInstanceOf(DataError);
  });
});

describe('referralsPeriod(header): the register\'s own period', () => {
  it('referrals_2023_24 holds referrals in 2023-24', () => {
    expect(referralsPeriod(['service_id', 'referrals_2023_24'])).toEqual({ period: '2023-24', column: 'referrals_2023_24', earlier: [] });
  });

  it('of several periods the latest is used and the others are listed, whatever the column order', () => {
    expect(referralsPeriod(['referrals_2024_25', 'capacity', 'referrals_2019_20', 'referrals_2022_23'])).toEqual({
      period: '2024-25',
      column: 'referrals_2024_25',
      earlier: ['2019-20', '2022-23'],
    });
  });

  it('a referrals column that does not name one financial year is an error, not a guess', () => {
    for (const column of ['referrals', 'referrals_2023', 'referrals_2023_25', 'Referrals 2023-24', 'referrals_2023_2024']) {
      expect(referralsPeriod(['referrals_2022_23', column]), column).toEqual({ problem: messages.registerReferralsColumnUnclear(column), column });
    }
  });

  it('no referrals column at all is an error', () => {
    expect(referralsPeriod(['service_id', 'capacity'])).toEqual({ problem: messages.registerNoReferralsColumn, column: null });
  });

  it('the period comes through the reader: a register of 2024-25 is read as 2024-25', () => {
    const r = parseServicesRegister([{ service_id: 'S1', area: 'Fife', service_name: 'A', provider_type: 'nhs', outcomes: '1', capacity: 3, referrals_2024_25: 7, funding_start: '2024-04-01', funding_end: '2025-03-31' }], {
      file: 'r.csv',
    });
    expect(r).toMatchObject({ period: '2024-25', referralsColumn: 'referrals_2024_25', earlierPeriods: [] });
    expect(r.services[0]).toMatchObject({ places: 3, referrals: 7, status: 'published', source: '' });
  });
});

describe('providerTypeLabel(type): readable provider types', () => {
  it('reads the register\'s codes as words', () => {
    expect(['third-sector', 'local-authority', 'nhs', 'housing-association', 'faith_group', 'peer-support-2'].map(providerTypeLabel)).toEqual([
      'Third sector',
      'Local authority',
      'NHS',
      'Housing association',
      'Faith group',
      'Peer support 2',
    ]);
  });

  it('keeps a provider type that is not a code as written', () => {
    expect([' Mentoring charity ', 'NHS Fife', '-1+1', 'Third sector'].map(providerTypeLabel)).toEqual(['Mentoring charity', 'NHS Fife', '-1+1', 'Third sector']);
  });
});
