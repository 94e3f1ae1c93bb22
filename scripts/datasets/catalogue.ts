import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SURVEY_COLUMNS, SURVEY_CSV, SURVEY_SCHEMA_FILE } from './generate-survey.js';

/** One entry of datasets/catalogue.json: what a file holds and where it came from. */
export interface CatalogueEntry {
  path: string;
  title: string;
  kind: 'real' | 'synthetic';
  schema: 'observation' | 'extract' | 'register' | 'lookup' | 'survey';
  source: string;
  licence?: string;
  generator?: string;
  seed?: number;
  columns: string[];
  caveats: string[];
}

const OBS = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source'];
const OGL = 'Open Government Licence v3.0 (Crown copyright; Scottish Government / National Records of Scotland)';
const SYN = 'synthetic demonstration data: not official statistics';
const real = (path: string, title: string, schema: CatalogueEntry['schema'], source: string, columns: string[], caveats: string[]): CatalogueEntry =>
  ({ path, title, kind: 'real', schema, source, licence: OGL, generator: 'scripts/datasets/derive-real.ts', columns, caveats });

/** The full catalogue, for a given synthetic seed. */
export function catalogue(seed: number): CatalogueEntry[] {
  const syn = (path: string, title: string, schema: CatalogueEntry['schema'], columns: string[], caveats: string[]): CatalogueEntry =>
    ({ path, title: `${title} (synthetic demonstration data)`, kind: 'synthetic', schema, source: `synthetic demonstration data (cjsnsa generator, seed ${seed})`,
      generator: 'scripts/datasets/generate-synthetic.ts', seed, columns, caveats: [SYN, ...caveats] });
  const agg = 'Counted from the matching extract file; Scotland = sum of the 32 areas (no Scotland rows). 2020-21 and 2021-22 rows carry pandemic-caveat.';
  return [
    real('real/council-areas.csv', 'Council areas: GSS codes, LGBF family groups, police divisions, 2017-18 reconviction court groups', 'lookup',
      'shared/data/council_areas.csv (compiled from public code lookups, Improvement Service LGBF family groups, SG SCJS weighting code; see domain.md §4)',
      ['ca_code', 'ca_name', 'previous_code', 'lgbf_people_family_group', 'lgbf_place_family_group', 'police_division_letter', 'police_division', 'reconviction_court_group_2017_18'],
      ['LGBF place-based group 4 membership of Glasgow City is inferred.', 'Court groups change between reconviction cohorts: read each year\'s table.']),
    real('real/population-16-70-unrebased.csv', 'Population aged 16-70 by council area, 1998-2021 (NRS, unrebased)', 'observation',
      'NRS mid-year population estimates (single year of age): 1998-2018 via ScotGovAnalysis/population_estimates @ fe285fa; 2019-2021 as published by ONS in MYE2 (mid-2019, mid-2020, mid-2021)', OBS,
      ['Unrebased (pre-Census 2022) series, mid-1998 to mid-2021. Rates from mid-2022 use the Census-2022-based item population-16-70-rebased: the change of base is marked break-in-series on the first rate on the new base.']),
    real('real/population-16-70-rebased.csv', 'Population aged 16-70 by council area, mid-2022 (NRS, Census-2022-based)', 'observation',
      'NRS Mid-Year Population Estimates, Scotland, mid-2022 (Revised, 8 October 2024), Table 1', OBS,
      ['Census-2022-based: a different series from population-16-70 (Scotland mid-2021 unrebased 3,856,633; mid-2022 rebased 3,831,825). Years after mid-2022 use mid-2022 (population-fallback) until a newer NRS workbook is given with --data.']),
    real('real/population-all-ages-unrebased.csv', 'Population, all ages, by council area, 1998-2021 (NRS, unrebased)', 'observation',
      'NRS mid-year population estimates: 1998-2018 via ScotGovAnalysis/population_estimates @ fe285fa; 2019-2021 as published by ONS in MYE2', OBS,
      ['Unrebased: differs from the rebased series (Scotland 2018: 5,438,100 vs 5,392,100).']),
    real('real/population-all-ages-rebased.csv', 'Population, all ages, by council area, 2015-2023 (NRS, rebased on Census 2022)', 'observation',
      'NRS mid-year estimates, Population sheet of SG Recorded Crime in Scotland 2024-25 bulletin tables', OBS,
      ['Rebased on Census 2022: a different series from the unrebased file; do not mix.']),
    real('real/simd-2020v2-council-areas.csv', 'SIMD 2020v2: data zones among Scotland\'s 20% most deprived, by council area', 'lookup',
      'Scottish Government, Scottish Index of Multiple Deprivation 2020v2, data zone lookup as published by Public Health Scotland (simd2020v2_22062020.csv)',
      ['ca_code', 'datazones', 'datazones_most_deprived_20pct', 'datazones_pop_weighted_quintile1'],
      ['Area context, not an indicator. datazones_most_deprived_20pct counts data zones ranked 1 to 1,395 of 6,976 (the 20% most deprived data zones; Scotland = 20%). datazones_pop_weighted_quintile1 is PHS\'s population-weighted quintile 1 (ranks 1 to 1,429): use it only to match PHS outputs.']),
    real('real/reconviction-residence-2017-18.csv', 'Reconviction by council area of residence, 2017-18 cohort (Experimental Statistics)', 'observation',
      'SG Reconviction Rates in Scotland: 2017-18 Offender Cohort, Table 13', OBS,
      ['Experimental Statistics.', 'numerator = round(offenders × printed rate / 100) (reconviction-rate-residence) or round(offenders × printed average) (reconvictions-residence); denominator = offenders.',
        '"Other" (649) and "Unknown" (7,292, about 20%) residence rows are not included, so areas do not sum to Scotland (S92000003 row = All).']),
    real('real/reconviction-court-group-2017-18.csv', 'Reconviction by court-area council group, 2017-18 cohort', 'observation',
      'SG Reconviction Rates in Scotland: 2017-18 Offender Cohort, Table 12', OBS,
      ['area = the group\'s GSS codes joined by ";".', 'High Court row (602 offenders) has no area and is not included.', 'Counts derived from printed rates as for the residence file.']),
    real('real/reconviction-scotland-1997-98-to-2017-18.csv', 'Reconviction, Scotland, cohorts 1997-98 to 2017-18', 'observation',
      'SG Reconviction Rates in Scotland: 2017-18 Offender Cohort, Table 1', OBS, ['Counts derived from printed rates and averages.']),
    real('real/convictions-by-main-penalty-2013-14-to-2022-23.csv', 'People convicted by main penalty, Scotland, 2013-14 to 2022-23', 'observation',
      'SG Criminal Proceedings in Scotland 2022-23, Table 7a', [...OBS, 'breakdown'],
      ['breakdown = main penalty label with "[note n]" markers removed.', 'Includes subtotal rows ("Total", "All custody", "All community sentences", ...): do not add breakdowns together.']),
    syn('synthetic/diversion-synthetic.csv', 'Diversion from prosecution: referrals, assessments, commenced, completed by council area, 2017-18 to 2023-24', 'observation', OBS, [agg]),
    syn('synthetic/bail-synthetic.csv', 'Bail assessment reports and bail supervision commenced/completed by council area', 'observation', OBS, [agg]),
    syn('synthetic/custody-referrals-synthetic.csv', 'Referrals from police custody centres (arrest referral) by council area', 'observation', OBS, [agg, 'National scale is a generator assumption: no published figure.']),
    syn('synthetic/release-throughcare-synthetic.csv', 'Prison releases, health continuity, accommodation and voluntary throughcare commenced by council area', 'observation', OBS, [agg, 'Release counts and the health/accommodation shares are generator assumptions.']),
    syn('synthetic/cpo-dtto-synthetic.csv', 'CPOs commenced (with unpaid work / supervision requirements), terminated, completed; DTTOs commenced', 'observation', OBS,
      [agg.replace('matching extract file', 'CPO extract (dtto-commenced is aggregate only)'), 'cpo-completed counts terminations with reason completed or early-discharge.']),
    syn('synthetic/employability-synthetic.csv', 'People with convictions starting employability support by council area', 'observation', OBS, ['Aggregate only (no extract); national scale is a generator assumption.']),
    syn('synthetic/reconviction-residence-synthetic.csv', 'Reconviction by residence, synthetic cohorts 2018-19 to 2021-22', 'observation', OBS,
      ['Built around the real 2017-18 rates; 2019-20 to 2021-22 cohorts carry pandemic-caveat.']),
    syn('synthetic/confidence-in-justice-synthetic.csv', 'Confidence in the criminal justice system (respondents agreeing / respondents), Scotland', 'observation', OBS,
      ['National only. The real SCJS Table A16 was not read into this file.']),
    syn('synthetic/extract-diversion-synthetic.csv', 'Diversion cases, one row per referral', 'extract',
      ['case_id', 'area', 'referral_date', 'assessment_date', 'commenced_date', 'end_date', 'age_band', 'sex', 'outcome', 'source'],
      ['outcome: not-assessed | assessed-not-commenced | completed | not-completed | ongoing (not ended by 2024-03-31).', 'Includes 2016-17 cases that ended in 2017-18 or later.']),
    syn('synthetic/extract-bail-synthetic.csv', 'Bail assessments and supervision, one row per assessment report', 'extract',
      ['case_id', 'area', 'assessment_date', 'supervision_start_date', 'supervision_end_date', 'age_band', 'sex', 'outcome', 'source'],
      ['outcome: no-supervision | completed | breached | ongoing.']),
    syn('synthetic/extract-custody-referrals-synthetic.csv', 'Arrest referrals from police custody, one row per referral', 'extract',
      ['referral_id', 'area', 'referral_date', 'age_band', 'sex', 'referred_to', 'engaged', 'source'], []),
    syn('synthetic/extract-release-synthetic.csv', 'Releases from custody and voluntary throughcare, one row per release', 'extract',
      ['person_id', 'area', 'release_date', 'age_band', 'sex', 'health_continuity', 'accommodation', 'throughcare_commenced_date', 'source'], []),
    syn('synthetic/extract-cpo-synthetic.csv', 'Community payback orders and terminations, one row per order', 'extract',
      ['order_id', 'area', 'imposed_date', 'age_band', 'sex', 'unpaid_work', 'supervision', 'terminated_date', 'termination_reason', 'source'],
      ['termination_reason: completed | early-discharge | revoked-breach | revoked-other; empty = not terminated by 2024-03-31.', 'Includes orders imposed in 2015-16 and 2016-17 that terminated in 2017-18 or later.']),
    syn('synthetic/register-services-synthetic.csv', 'Services register example for the third-sector SNSA', 'register',
      ['service_id', 'area', 'service_name', 'provider_type', 'outcomes', 'capacity', 'referrals_2023_24', 'funding_start', 'funding_end', 'status', 'source'],
      ['outcomes = CJPF nationally determined outcome numbers (1-9) joined by ";".', 'Funding end dates spread from April 2024 to June 2028 so that some end within 12 months of 2024-03-31 and of any date up to mid-2027.']),
    { ...syn(`synthetic/${SURVEY_CSV}`, 'Lived experience survey export, two waves (2023, 2024), one row per response as Microsoft Forms writes it', 'survey', SURVEY_COLUMNS,
      [`Read with its question schema synthetic/${SURVEY_SCHEMA_FILE} (docs/survey.md).`, 'Every response and comment is invented; comments hold made-up names, example.org emails, Ofcom drama phone numbers and a made-up postcode to show the redaction.']),
      generator: 'scripts/datasets/generate-survey.ts' },
  ];
}

/** Write datasets/catalogue.json (sorted keys order as declared; LF; final newline). */
export function writeCatalogue(outDir: string, seed = 20240331): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'catalogue.json'), JSON.stringify({ files: catalogue(seed) }, null, 2) + '\n', 'utf8');
}
