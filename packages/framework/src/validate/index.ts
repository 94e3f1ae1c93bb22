export { observationChecks, type ObservationChecksOptions } from './observation-checks.js';
export { validateObservations, type ValidatedObservations } from './validate-observations.js';
export { readCheckedObservations, type ReadCheckedObservationsOptions } from './read-checked-observations.js';
