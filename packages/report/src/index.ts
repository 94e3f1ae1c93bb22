export * from './messages.js';
export * from './snsa/pack-model.js';
export * from './snsa/topics.js';
export * from './snsa/format.js';
export * from './snsa/describe-indicator.js';
export * from './snsa/render-chart.js';
export * from './snsa/snsa-context.js';
export * from './snsa/section-html.js';
export * from './snsa/build-snsa-pack.js';
export * from './snsa/sections/profile-section.js';
export * from './snsa/sections/indicators-section.js';
export * from './snsa/sections/who-section.js';
export * from './snsa/sections/needs-section.js';
export * from './snsa/sections/gaps-section.js';
export * from './snsa/sections/baseline-table.js';
export * from './snsa/sections/services-section.js';
export * from './data/find-datasets-dir.js';
export * from './data/load-snsa-data.js';
/**
 * Services registers read and checked once into typed rows, with the period of their referrals.
 * @example
 * ```ts
 * const register = await readServicesRegister('datasets/synthetic/register-services-synthetic.csv');
 * register.period; // '2023-24' (from its referrals_2023_24 column)
 * ```
 */
export * from './data/services-register.js';
export * from './output/escape-html.js';
export * from './output/html-report.js';
export * from './output/docx.js';
export * from './output/write-pack.js';
export * from './output/index-page.js';
export * from './output/area-slug.js';
export * from './cli/parse-cli-args.js';
export * from './cli/run-pool.js';
export * from './snsa/count-breakdowns.js';
export * from './output/status-labels.js';
export * from './output/column-dictionary.js';
export * from './output/display-cell.js';
export * from './output/csv-export-stamp.js';
export * from './output/group-warnings.js';
export * from './snsa/technical-annex.js';
export * from './snsa/category-label.js';
export * from './cli/terminal-text.js';
export * from './evidence/evidence-scale.js';
export * from './evidence/evidence-layout.js';
export * from './evidence/write-evidence-template.js';
export * from './evidence/read-evidence-workbook.js';
export * from './evidence/local-evidence.js';
export * from './evidence/free-text-warnings.js';
export * from './snsa/sections/evidence-section.js';
export * from './cli/evidence-template-command.js';
export * from './annual-report/build-annual-report.js';
export * from './annual-report/annual-report-command.js';
export * from './dashboard/dashboard-data.js';
export * from './dashboard/dashboard-services.js';
export * from './dashboard/dashboard-script.js';
export * from './dashboard/build-dashboard-html.js';
export * from './dashboard/dashboard-command.js';
export * from './survey/survey-schema.js';
export { FreeTextAnswer } from './survey/free-text-answer.js';
export * from './survey/read-survey.js';
export * from './survey/survey-results.js';
export * from './survey/compare-survey-waves.js';
export * from './survey/redact-free-text.js';
export * from './survey/free-text-answers.js';
export * from './survey/survey-charts.js';
export * from './snsa/sections/survey-section.js';
export * from './services/directory-register.js';
export { servicesDirectory, directoryRows, DIRECTORY_CSV_COLUMNS, type DirectoryEntry, type ServicesDirectory, type ServicesDirectoryOptions } from './services/services-directory.js';
export * from './services/services-directory-html.js';
export * from './services/directory-template.js';
export * from './services/services-command.js';
export * from './quarterly/read-quarterly-data.js';
export * from './quarterly/quarterly-indicators.js';
export * from './quarterly/quarterly-report.js';
export * from './quarterly/quarterly-command.js';
