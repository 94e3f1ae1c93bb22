// A filled-in local evidence workbook with its Annual report sheet, for West Dunbartonshire: used by the annual report tests.
import { exampleEntries } from '../evidence/example-entries.js';
import type { Entries } from '../evidence/fill-evidence-workbook.js';

// the Annual report sheet as a coordinator fills it in: the partnership details' rows 2–8 are pre-filled with headings
export const annualEntries: Entries = {
  ...exampleEntries,
  annual: {
    C2: 'West Dunbartonshire Community Justice Partnership', C3: 'Jo Bloggs, Chief Social Work Officer', C4: 'Sam Smith', C5: 'community.justice@example.org',
    C6: 'Police Scotland, Scottish Fire and Rescue Service, NHS Greater Glasgow and Clyde, West Dunbartonshire Council, COPFS, SPS, Skills Development Scotland, Integration Joint Board',
    C8: '2025-09-30',
    C9: 'The partnership meets quarterly and reports to the Community Planning Partnership board.',
    B12: 'Offer diversion to 16 and 17 year olds', C12: 'Agreed with COPFS; the first young people were offered diversion in January 2025.', D12: 'On track',
    B13: 'Map bail supervision capacity', C13: 'Not started: the post was vacant.', D13: 'Carried forward',
    B15: 'Fewer people are remanded', C15: 'Remand numbers fell by a fifth.', D15: 'On track',
    C18: 'A new diversion service for young people.',
    B21: 'Housing on release', C21: 'Too few tenancies for people leaving prison.',
    C24: 'Agree a housing protocol with the council by March 2026.',
  },
};

