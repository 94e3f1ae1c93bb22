import { nearest } from '@cjsnsa/framework';
import { messages } from '../messages.js';

/**
 * An SNSA topic: what partnerships assess today, the CJPF outcomes it speaks
 * to, the indicators it reports, and the individual-level extract (if any)
 * that shows who is behind the numbers.
 *
 * @example
 * ```ts
 * const topic: SnsaTopic = topicById('bail');
 * topic.indicators; // the ids its indicators section reports, e.g. 'NI3a'
 * ```
 */
export interface SnsaTopic {
  id: string;
  title: string;
  /** One-paragraph scope, shown at the top of the SNSA. */
  scope: string;
  /** CJPF nationally determined outcomes (1–9) the topic addresses. */
  outcomes: number[];
  /** Indicator and supporting-measure ids (framework definitions), in display order. */
  indicators: string[];
  /** Rate or percentage indicators worth a funnel plot and a ranked comparison. */
  compareIndicators: string[];
  /** Individual-level extract file stem in the data catalogue, if the topic has one. */
  extract: string | null;
  /**
   * How the extract is counted into the aggregate series: the date column
   * that places a record in a financial year, and the data item those counts
   * reproduce (e.g. diversion cases commenced). Records with no date in that
   * column are not part of the item (e.g. assessed but never commenced).
   */
  extractCount: { date: string; item: string; label: string } | null;
  /** Breakdown columns of the extract to show (who, and outcomes). */
  breakdowns: { column: string; label: string }[];
}

/**
 * The SNSA topics partnerships run today. Ids are what `snsa --topic` takes.
 *
 * @example
 * ```ts
 * SNSA_TOPICS.map((t) => t.id);
 * // ['diversion', 'bail', 'arrest-referral', 'custody-to-community', 'community-sentences', 'services']
 * ```
 */
export const SNSA_TOPICS: readonly SnsaTopic[] = [
  {
    id: 'diversion',
    title: 'Diversion from Prosecution',
    scope:
      'Diversion from prosecution: referrals from the Crown Office and Procurator Fiscal Service, assessments by justice social work, cases commenced and cases successfully completed.',
    outcomes: [1],
    indicators: ['NI1a', 'NI1b', 'NI1c', 'SM-diversion-rate', 'SM-diversion-progression', 'SM-diversion-completion'],
    compareIndicators: ['SM-diversion-rate', 'SM-diversion-progression', 'SM-diversion-completion'],
    extract: 'diversion',
    extractCount: { date: 'commenced_date', item: 'diversion-commenced', label: 'diversion cases commenced' },
    breakdowns: [
      { column: 'age_band', label: 'Age band' },
      { column: 'sex', label: 'Sex' },
      { column: 'outcome', label: 'Outcome' },
    ],
  },
  {
    id: 'bail',
    title: 'Bail Support and Supervision',
    scope:
      'Bail information and supervision as a robust alternative to remand: assessment reports for bail suitability, bail supervision cases commenced and completed.',
    outcomes: [3],
    indicators: ['NI3a', 'NI3b', 'NI3c', 'SM-bail-supervision-rate'],
    compareIndicators: ['SM-bail-supervision-rate'],
    extract: 'bail',
    extractCount: { date: 'supervision_start_date', item: 'bail-supervision-commenced', label: 'bail supervision cases commenced' },
    breakdowns: [
      { column: 'age_band', label: 'Age band' },
      { column: 'sex', label: 'Sex' },
      { column: 'outcome', label: 'Outcome' },
    ],
  },
  {
    id: 'arrest-referral',
    title: 'Arrest Referral (support in police custody)',
    scope:
      'Support for people in police custody: referrals from custody centres to services such as substance use and mental health support.',
    outcomes: [2],
    indicators: ['NI2', 'SM-custody-referral-rate'],
    compareIndicators: ['SM-custody-referral-rate'],
    extract: 'custody-referrals',
    extractCount: { date: 'referral_date', item: 'custody-referrals', label: 'referrals from custody centres' },
    breakdowns: [
      { column: 'age_band', label: 'Age band' },
      { column: 'sex', label: 'Sex' },
      { column: 'referred_to', label: 'Referred to' },
    ],
  },
  {
    id: 'custody-to-community',
    title: 'Custody to Community (throughcare)',
    scope:
      'Release from a prison sentence: voluntary throughcare, continuity of health and social care, suitable accommodation on release, and reconviction.',
    outcomes: [5, 6, 8],
    indicators: ['NI5', 'NI6', 'NI8', 'SM-throughcare-rate', 'NI10', 'SM-average-reconvictions'],
    compareIndicators: ['NI5', 'NI6', 'SM-throughcare-rate', 'NI10'],
    extract: 'release',
    extractCount: { date: 'release_date', item: 'prison-releases', label: 'people released from a prison sentence' },
    breakdowns: [
      { column: 'age_band', label: 'Age band' },
      { column: 'sex', label: 'Sex' },
      { column: 'health_continuity', label: 'Continuity of health care' },
      { column: 'accommodation', label: 'Accommodation on release' },
    ],
  },
  {
    id: 'community-sentences',
    title: 'Community sentences (Community Payback Orders)',
    scope:
      'Community Payback Orders: orders imposed, unpaid work and supervision requirements, and successful completion; Drug Treatment and Testing Orders; employability support for people with convictions.',
    outcomes: [4, 7],
    indicators: ['NI4', 'SM-cpo-rate', 'SM-cpo-completion', 'SM-dtto-commenced', 'NI7'],
    compareIndicators: ['SM-cpo-rate', 'NI4'],
    extract: 'cpo',
    extractCount: { date: 'imposed_date', item: 'cpo-commenced', label: 'Community Payback Orders imposed' },
    breakdowns: [
      { column: 'age_band', label: 'Age band' },
      { column: 'sex', label: 'Sex' },
      { column: 'termination_reason', label: 'How orders ended' },
    ],
  },
  {
    id: 'services',
    title: 'Third-sector and grass-roots service provision',
    scope:
      'Services that contribute to the community justice outcomes, from the partnership\'s services register: which outcomes are covered, capacity against demand, and funding that ends within 12 months.',
    outcomes: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    indicators: [],
    compareIndicators: [],
    extract: null,
    extractCount: null,
    breakdowns: [],
  },
];

/**
 * Find a topic by id, failing with the nearest topic ids for anything else.
 *
 * @param id - a topic id, e.g. `diversion`
 * @throws Error naming the nearest valid topics
 * @example
 * ```ts
 * topicById('bail').title; // 'Bail Support and Supervision'
 * topicById('bial'); // throws: Unknown topic "bial". Did you mean: bail? …
 * ```
 */
export function topicById(id: string): SnsaTopic {
  const wanted = id.trim().toLowerCase();
  const found = SNSA_TOPICS.find((t) => t.id === wanted);
  if (found) return found;
  const ids = SNSA_TOPICS.map((t) => t.id);
  throw new Error(messages.unknownTopic(id, nearest(wanted, ids), ids));
}
