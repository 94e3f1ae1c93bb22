import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDirectoryRegister } from '../../src/services/directory-register.js';
import { directoryRows, servicesDirectory } from '../../src/services/services-directory.js';
import { DIRECTORY_CSP, servicesDirectoryHtml } from '../../src/services/services-directory-html.js';

const fixture = fileURLToPath(new URL('./fixtures/directory-register.csv', import.meta.url));
const register = await readDirectoryRegister(fixture, { today: '2025-06-01' });

describe('servicesDirectory(register, { area, asOf })', () => {
  it("lists an area's checked services and the Scotland-wide ones, Scotland-wide first, then by name", () => {
    const d = servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' });
    expect(d.areaName).toBe('Na h-Eileanan Siar');
    // D003 is in progress and not agreed: left out
    expect(d.entries.map((e) => e.serviceId)).toEqual(['D006', 'D001', 'D004', 'D002']);
    expect(d.leftOut).toBe(1);
  });

  it('leaves out a service with due diligence complete that the partnership has not agreed', () => {
    const d = servicesDirectory(register, { area: 'S12000047', asOf: '2025-06-01' });
    expect(d.entries.map((e) => e.serviceId)).toEqual(['D006', 'D005']);
    expect(d.leftOut).toBe(1);
  });

  it("Scotland's directory lists every checked service of every area", () => {
    const d = servicesDirectory(register, { asOf: '2025-06-01' });
    expect(d.areaName).toBe('Scotland');
    expect(d.entries.map((e) => e.serviceId)).toEqual(['D006', 'D005', 'D001', 'D004', 'D002']);
    expect(d.leftOut).toBe(2);
  });

  it('with includeUnchecked lists the others too, each saying why', () => {
    const d = servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01', includeUnchecked: true });
    const d3 = d.entries.find((e) => e.serviceId === 'D003')!;
    expect(d3.checked).toBe(false);
    expect(d3.notCheckedReason).toBe('due diligence in progress; not agreed by the partnership');
    expect(d.leftOut).toBe(0);
  });

  it('flags reviews older than 12 months and funding that ends within 12 months or has ended', () => {
    const d = servicesDirectory(register, { asOf: '2025-06-01' });
    const flags = Object.fromEntries(d.entries.map((e) => [e.serviceId, [e.stale, e.fundingEndsSoon, e.fundingEnded]]));
    expect(flags).toEqual({
      D006: [false, false, false], // no funding end recorded
      D005: [false, false, true], // ended 2025-04-30
      D001: [false, true, false], // ends 2025-09-30
      D004: [false, false, false],
      D002: [true, false, false], // reviewed 2024-02-01
    });
    // the edges: reviewed exactly 12 months before is not stale; funding ending exactly 12 months on is "soon"
    const edge = servicesDirectory(
      { ...register, services: [{ ...register.services[0]!, lastReviewed: '2024-06-01', fundingEnd: '2026-06-01' }] },
      { area: 'S12000013', asOf: '2025-06-01' },
    ).entries.find((e) => e.serviceId === 'D001')!;
    expect([edge.stale, edge.fundingEndsSoon]).toEqual([false, true]);
  });

  it('gives CSV rows with explicit yes/no flags', () => {
    const rows = directoryRows(servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' }));
    expect(rows.find((r) => r.service_id === 'D002')).toMatchObject({ review_overdue: 'yes', funding_ends_within_12_months: 'no', sector: 'Third sector', area_name: 'Na h-Eileanan Siar' });
  });
});

describe('servicesDirectoryHtml(directory)', () => {
  const html = servicesDirectoryHtml(servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' }));

  it('is self-contained: the CSP forbids every fetch and no URL is loaded', () => {
    expect(html).toContain(`content="${DIRECTORY_CSP}"`);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
  });

  it('lists only the checked services, with the rule and how many were left out', () => {
    expect(html).toContain('Island Bail Support');
    expect(html).not.toContain("Women's Space");
    expect(html).not.toContain('Women&#39;s Space');
    expect(html).toContain('1 service in the register is not listed because it is not checked yet.');
  });

  it('flags the stale review and the funding cliff in words', () => {
    expect(html).toContain('Review overdue: last reviewed 1 February 2024');
    expect(html).toContain('Funding ends within 12 months: 30 September 2025');
  });

  it('has a labelled search box, hidden until its script runs, and print styles', () => {
    expect(html).toMatch(/<label for="q">/);
    expect(html).toContain('<div class="search" role="search" hidden>');
    expect(html).toContain('@media print');
  });

  it('escapes register text', () => {
    const evil = { ...register, services: [{ ...register.services[0]!, name: '<script>alert(1)</script>' }] };
    const page = servicesDirectoryHtml(servicesDirectory(evil, { area: 'S12000013', asOf: '2025-06-01' }));
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
