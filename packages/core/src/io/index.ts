export * from './data-error.js';
export * from './parse-cell.js';
export * from './table-source.js';
export * from './observation-schema.js';
export * from './read-table.js';
export * from './read-observations.js';
