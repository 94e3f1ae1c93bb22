export * from './fontFiles.js';
export * from './toVegaSpec.js';
export * from './toSVG.js';
export * from './toPNG.js';
