import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNCIL_AREAS, SCOTLAND } from '@cjsnsa/framework';
import { readDirectoryRegister } from '../../src/services/directory-register.js';
import { servicesDirectory } from '../../src/services/services-directory.js';
import { directoryServiceHtml } from '../../src/services/services-directory-html.js';
import { dashboardServices } from '../../src/dashboard/dashboard-services.js';

const fixture = fileURLToPath(new URL('../services/fixtures/directory-register.csv', import.meta.url));
const register = await readDirectoryRegister(fixture, { today: '2025-06-01' });
const SIAR = 'S12000013';
const FIFE = 'S12000047';
const CLACKS = 'S12000005';

describe('dashboardServices(register, { asOf })', () => {
  const s = dashboardServices(register, { asOf: '2025-06-01' });
  const ids = (code: string) => s.lists[code]!.listed.map((i) => s.directory.entries[i]!.serviceId);

  it("holds Scotland's directory and a list for Scotland and each of the 32 council areas", () => {
    expect(s.asOf).toBe('2025-06-01');
    expect(s.directory.areaCode).toBe(SCOTLAND.code);
    expect(s.directory.entries.map((e) => e.serviceId)).toEqual(['D006', 'D005', 'D001', 'D004', 'D002']);
    expect(Object.keys(s.lists).sort()).toEqual([SCOTLAND.code, ...COUNCIL_AREAS.map((a) => a.code)].sort());
  });

  it("lists for each area exactly what servicesDirectory lists (checked and agreed only), in the directory's order", () => {
    for (const code of Object.keys(s.lists)) {
      expect(ids(code), code).toEqual(servicesDirectory(register, { area: code, asOf: '2025-06-01' }).entries.map((e) => e.serviceId));
    }
    expect(ids(SIAR)).toEqual(['D006', 'D001', 'D004', 'D002']);
    expect(ids(FIFE)).toEqual(['D006', 'D005']);
    // an area with no service of its own: the Scotland-wide one
    expect(ids(CLACKS)).toEqual(['D006']);
  });

  it("gives the register rows of an area's services left out, so that several areas' are counted once", () => {
    // D003 (row 4: due diligence in progress) in Na h-Eileanan Siar, D007 (row 8: not agreed) in Fife
    expect(s.lists[SIAR]!.leftOut).toEqual([4]);
    expect(s.lists[FIFE]!.leftOut).toEqual([8]);
    expect(s.lists[SCOTLAND.code]!.leftOut).toEqual([4, 8]);
    expect(s.lists[CLACKS]!.leftOut).toEqual([]);
    for (const code of Object.keys(s.lists)) {
      expect(s.lists[code]!.leftOut.length, code).toBe(servicesDirectory(register, { area: code, asOf: '2025-06-01' }).leftOut);
    }
  });

  it('flags stale reviews and funding ending within 12 months, and gives the funding cliff rows of services with both dates', () => {
    const byId = new Map(s.directory.entries.map((e, i) => [e.serviceId, { e, funding: s.funding[i] }]));
    expect(byId.get('D002')!.e.stale).toBe(true);
    expect(byId.get('D001')!.e.fundingEndsSoon).toBe(true);
    expect(byId.get('D005')!.e.fundingEnded).toBe(true);
    expect(byId.get('D001')!.funding).toEqual({ service: 'Island Bail Support', start: '2023-04-01', end: '2025-09-30', provider: 'Third sector', source: 'services register' });
    // no funding dates: no row
    expect(byId.get('D006')!.funding).toBeNull();
    expect(byId.get('D004')!.funding).toBeNull();
    expect(s.funding).toHaveLength(s.directory.entries.length);
  });

  it('with includeUnchecked lists every service, marked not checked, and leaves none out', () => {
    const all = dashboardServices(register, { asOf: '2025-06-01', includeUnchecked: true });
    const listed = (code: string) => all.lists[code]!.listed.map((i) => all.directory.entries[i]!);
    expect(listed(SIAR).map((e) => e.serviceId)).toEqual(['D006', 'D001', 'D004', 'D002', 'D003']);
    expect(listed(SIAR).find((e) => e.serviceId === 'D003')!.checked).toBe(false);
    expect(Object.values(all.lists).every((l) => l.leftOut.length === 0)).toBe(true);
  });
});

describe('directoryServiceHtml(entry, asOf, level)', () => {
  it('escapes every text and puts the name at the heading level asked', () => {
    const d = servicesDirectory(register, { area: SIAR, asOf: '2025-06-01' });
    const e = { ...d.entries[0]!, name: '<script>alert(1)</script>', notes: 'A & B' };
    const html = directoryServiceHtml(e, d.asOf, 4);
    expect(html).toContain('<h4 id="service-D006-name">&lt;script&gt;alert(1)&lt;/script&gt;</h4>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('A &amp; B');
    expect(directoryServiceHtml(e, d.asOf)).toContain('<h3 id="service-D006-name">');
  });
});

describe('snsa dashboard --include-unchecked', () => {
  it('is refused without --services, before anything is computed or written', async () => {
    const { dashboardCommand } = await import('../../src/dashboard/dashboard-command.js');
    await expect(dashboardCommand(['--include-unchecked', '--out', '/nonexistent/never-written.html'])).rejects.toThrow(
      '--include-unchecked lists the services of a register: give it with --services <register.csv>',
    );
  });
});
