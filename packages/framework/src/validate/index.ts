export { observationChecks, FIRST_DATA_YEAR, type ObservationChecksOptions } from './observation-checks.js';
export { validateObservations, FLOW_RATIO_LIMIT, FLOW_RATIO_SLACK, type ValidatedObservations } from './validate-observations.js';
export { readCheckedObservations, type ReadCheckedObservationsOptions } from './read-checked-observations.js';
export { dataItems, type DataItem } from './data-items.js';
export { coverageGaps, type CoverageGapsOptions } from './coverage-gaps.js';
