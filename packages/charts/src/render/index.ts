export * from './fontFiles.js';
export * from './toVegaSpec.js';
export * from './toSVG.js';
export * from './toPNG.js';
export * from './toHTML.js';
export * from './dataTableHTML.js';
export * from './chartHTMLFragment.js';
export * from './showChart.js';
