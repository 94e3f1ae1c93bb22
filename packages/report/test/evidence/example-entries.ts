// A filled-in local evidence workbook for West Dunbartonshire, as a coordinator might enter it: used by the section and pack tests.
import type { Entries } from './fill-evidence-workbook.js';

export const exampleEntries: Entries = {
  scores: {
    C2: '4 Good', D2: 'More cases completed each year since 2021-22.', E2: 'Case reviews and the completion measure below.', F2: 'Offer diversion to 16 and 17 year olds.', G2: new Date(Date.UTC(2025, 0, 15)), H2: 'CJP self-evaluation session',
    C3: '3 Adequate', C4: '5 Very good', C5: '4 Good', C9: '2 Weak',
  },
  measures: {
    B2: 'Diversion cases completed within 6 months', C2: '2019-20', D2: 18, E2: 40, F2: 'Higher', G2: 'Case management system',
    B3: 'Diversion cases completed within 6 months', C3: '2020-21', D3: 20, E3: 41, F3: 'Higher', G3: 'Case management system',
    B4: 'Diversion cases completed within 6 months', C4: '2021-22', D4: 24, E4: 42, F4: 'Higher', G4: 'Case management system',
    A50: 'Outcome 1', B50: 'Diversion cases completed within 6 months', C50: '2022-23', D50: 30, E50: 44, F50: 'Higher', G50: 'Case management system',
    A51: 'Outcome 1', B51: 'Diversion cases completed within 6 months', C51: '2023-24', D51: 36, E51: 45, F51: 'Higher', G51: 'Case management system',
    A52: 'Outcome 1', B52: 'Young people offered diversion', C52: '2022-23', D52: 11, G52: 'Youth justice team',
    A53: 'Outcome 1', B53: 'Young people offered diversion', C53: '2023-24', D53: 3, G53: 'Youth justice team',
    B8: 'Bail assessments completed within 24 hours', C8: '2023-24', D8: 40, E8: 52, F8: 'Higher',
  },
  evidence: {
    B2: 'Diversion annual review 2024', C2: 'Document or report', D2: 'https://example.org/diversion-review-2024.pdf', E2: new Date(Date.UTC(2024, 5, 30)), F2: 'Justice social work',
    B3: 'Case study: diversion and a return to college', C3: 'Case study', E3: new Date(Date.UTC(2024, 8, 1)), F3: 'Third-sector partner',
    B4: 'Feedback from people who completed diversion', C4: 'Lived experience', D4: 'S:\\Justice\\Evidence\\feedback-2024.docx', F4: 'Justice social work',
    B5: 'Custody referral pathway audit', C5: 'Inspection or audit',
    A34: 'Priority action 6', B34: 'Restorative justice service scoping paper', C34: 'Document or report',
  },
};
