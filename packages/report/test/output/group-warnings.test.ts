import { describe, expect, it } from 'vitest';
import type { DataIssue } from '@cjsnsa/core';
import { messages as fw } from '@cjsnsa/framework';
import { groupWarnings, warningGroupLine, warningKind } from '../../src/output/group-warnings.js';

const at = (row: number | null, column: string | null, message: string, file: string | null = '/data/own.csv'): DataIssue => ({ file, row, column, columnLetter: null, message });

describe('warningKind(message)', () => {
  it('leaves out what varies from row to row in framework catalogue messages', () => {
    expect(warningKind(fw.areaNameConverted('fife', 'S12000047', 'Fife'))).toBe('Area "…" read as <area> (S…).');
    expect(warningKind(fw.areaNameConverted('Glasgow', 'S12000049', 'Glasgow City'))).toBe('Area "…" read as <area> (S…).');
    expect(warningKind(fw.periodNotOver('2024-25', '31 March 2025'))).toBe(warningKind(fw.periodNotOver('2025-26', '31 March 2026')));
  });
});

describe('groupWarnings(issues)', () => {
  it('groups warnings of one kind with their count, the first in full and where it is, in order of first appearance', () => {
    const issues = [
      at(2, 'area', fw.areaNameConverted('fife', 'S12000047', 'Fife')),
      at(3, 'period', fw.periodNotOver('2024-25', '31 March 2025')),
      at(4, 'area', fw.areaNameConverted('glasgow city', 'S12000049', 'Glasgow City')),
      at(5, 'area', fw.areaNameConverted('s12000039', 'S12000039', 'West Dunbartonshire')),
    ];
    expect(groupWarnings(issues)).toEqual([
      { kind: 'Area "…" read as <area> (S…).', count: 3, example: 'Area "fife" read as Fife (S12000047).', where: 'own.csv, row 2, column area' },
      { kind: warningKind(fw.periodNotOver('2024-25', '31 March 2025')), count: 1, example: fw.periodNotOver('2024-25', '31 March 2025'), where: 'own.csv, row 3, column period' },
    ]);
  });
  it('reads singular and plural forms of one message as one kind', () => {
    const one = fw.breakdownRowsKept(1, 'diversion-commenced', 'row 4');
    const three = fw.breakdownRowsKept(3, 'bail-supervision-commenced', 'rows 5, 6 and 7');
    expect(groupWarnings([at(null, null, one), at(null, null, three)]).map((g) => g.count)).toEqual([2]);
  });
  it('keeps different kinds apart, and counts a repeated warning once', () => {
    const w = at(2, 'area', fw.areaNameConverted('fife', 'S12000047', 'Fife'));
    const groups = groupWarnings([w, w, at(null, null, 'Folder old not read: only the files directly in the data folder are read.', null)]);
    expect(groups.map((g) => [g.count, g.where])).toEqual([
      [1, 'own.csv, row 2, column area'],
      [1, ''],
    ]);
  });
});

describe('warningGroupLine(group)', () => {
  it('a group of one is its warning with its place; a larger group says how many, the kind and the first', () => {
    expect(warningGroupLine({ kind: 'k', count: 1, example: 'Period 2025-26 is not over yet.', where: 'own.csv, row 3' })).toBe('own.csv, row 3: Period 2025-26 is not over yet.');
    expect(warningGroupLine({ kind: 'Area "…" read as <area> (S…).', count: 896, example: 'Area "fife" read as Fife (S12000047).', where: 'own.csv, row 2, column area' })).toBe(
      '896 warnings like this: Area "…" read as <area> (S…). First: own.csv, row 2, column area: Area "fife" read as Fife (S12000047).',
    );
    expect(warningGroupLine({ kind: 'k', count: 1, example: 'Not read, as not CSV or XLSX: notes.txt.', where: '' })).toBe('Not read, as not CSV or XLSX: notes.txt.');
  });
});
