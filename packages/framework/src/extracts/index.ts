export * from './extract-schemas.js';
export * from './count-extract.js';
