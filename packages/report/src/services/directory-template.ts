import { spreadsheetSafe } from '@cjsnsa/charts';
import { DIRECTORY_COLUMNS } from './directory-register.js';

const EXAMPLE_ROWS: Record<(typeof DIRECTORY_COLUMNS)[number], string>[] = [
  {
    service_id: 'EX001',
    area: 'S12000013',
    service_name: 'Example Bail Support Service',
    provider: 'Example Community Trust',
    sector: 'third-sector',
    offer: 'Support to keep to bail conditions: appointments, housing and benefits advice',
    eligibility: 'Adults 16 and over on bail or being considered for bail',
    referral_route: 'Court social work, solicitor, or self-referral by phone',
    contact: '01234 567890 (example)',
    capacity: '12',
    funding_start: '2024-04-01',
    funding_end: '2026-03-31',
    due_diligence_status: 'complete',
    due_diligence_date: '2024-05-14',
    partnership_agreed: 'yes',
    last_reviewed: '2024-11-20',
    notes: 'Example row: replace or delete it.',
  },
  {
    service_id: 'EX002',
    area: 'S92000003',
    service_name: 'Example National Helpline',
    provider: 'Example Health Board',
    sector: 'nhs',
    offer: 'Telephone advice on drug and alcohol services',
    eligibility: 'Anyone in Scotland',
    referral_route: 'Self-referral by phone',
    contact: '0800 000 000 (example)',
    capacity: '',
    funding_start: '',
    funding_end: '',
    due_diligence_status: 'not-required',
    due_diligence_date: '',
    partnership_agreed: 'yes',
    last_reviewed: '2024-09-01',
    notes: 'Example row: area S92000003 (Scotland) lists a service in every area\'s directory.',
  },
  {
    service_id: 'EX003',
    area: 'S12000013',
    service_name: 'Example Mentoring Project',
    provider: 'Example Mentoring Charity',
    sector: 'third-sector',
    offer: 'Peer mentoring for people leaving custody',
    eligibility: 'Adults released from custody in the last 6 months',
    referral_route: 'Throughcare worker',
    contact: 'mentoring@example.org',
    capacity: '8',
    funding_start: '2023-10-01',
    funding_end: '2025-09-30',
    due_diligence_status: 'in-progress',
    due_diligence_date: '',
    partnership_agreed: 'no',
    last_reviewed: '2024-10-15',
    notes: 'Example row: not listed until due diligence is complete and the partnership agrees.',
  },
];

/**
 * A services directory register to start from, as CSV: the header of
 * {@link DIRECTORY_COLUMNS} and three example rows (a checked third-sector
 * service, a Scotland-wide statutory service, and one still being checked,
 * which the directory leaves out). `snsa services-template` writes it.
 *
 * @returns the CSV text
 * @example
 * ```ts
 * directoryTemplateCsv().split('\n')[0]; // 'service_id,area,service_name,provider,sector,offer,…,last_reviewed,notes'
 * ```
 */
export function directoryTemplateCsv(): string {
  const quote = (v: string) => {
    const safe = String(spreadsheetSafe(v));
    return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [DIRECTORY_COLUMNS.join(','), ...EXAMPLE_ROWS.map((r) => DIRECTORY_COLUMNS.map((c) => quote(r[c])).join(','))];
  return lines.join('\n') + '\n';
}
