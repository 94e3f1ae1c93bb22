/**
 * Every error, warning and note of `@cjsnsa/charts`, in one catalogue.
 * Presets and renderers throw and label with these entries; tests assert on them.
 *
 * @example
 * ```ts
 * messages.suppressedNote; // 'Suppressed (small numbers): the value is withheld by disclosure control.'
 * messages.noRows('trendChart'); // 'trendChart: no results rows match the selection.'
 * ```
 */
export const messages = {
  // ── notes drawn in charts and alt text ──────────────────────────────────
  suppressedLabel: 'Suppressed (small numbers)',
  suppressedNote: 'Suppressed (small numbers): the value is withheld by disclosure control.',
  suppressedCell: 'suppressed',
  syntheticLabel: 'Synthetic demonstration data: not official statistics.',
  provisionalLabel: 'Provisional indicator: definition not yet confirmed.',
  pandemicNote: (periods: string[]) => `${periods.join(', ')}: COVID-19 pandemic years, compare with caution.`,
  breakNote: (periods: string[]) => `Break in series at ${periods.join(', ')}: not comparable with earlier periods.`,
  caveatNote: (periods: string[]) => `${periods.join(', ')}: figures carry a caveat (see source).`,
  sourceNote: (source: string) => `Source: ${source}`,
  intervalNote: (what: string, level: string) => `${what}: ${level} confidence interval.`,
  axisNotFromZero: 'The vertical axis does not start at zero.',
  axisNotFromZeroTitle: (title: string) => `${title} (axis does not start at 0)`,
  noPublishedValues: 'No published values',
  noPublishedValuesNote: (what: string) => `No published values for ${what}: every value is withheld or not available.`,
  countOwnScale: (area: string) => `Counts for ${area} on their own scale, from zero; Scotland's count is much larger and is not drawn on this axis.`,
  indexNote: (area: string, base: string) => `Lower panel: ${area} and Scotland as an index (${base} = 100), so their change can be compared.`,
  rateNote: (name: string) => `Lower panel: ${name}, with Scotland for comparison.`,
  trendSubtitle: (text: string) => `Trend: ${text}`,

  // ── errors ───────────────────────────────────────────────────────────────
  noRows: (preset: string) => `${preset}: no results rows match the selection.`,
  missingOption: (preset: string, option: string) => `${preset}: option "${option}" is required.`,
  notAnArray: 'Chart input must be an arquero table or an array of row objects.',
  unknownArea: (preset: string, area: string) => `${preset}: area "${area}" is not in the results.`,
  fontMissing: (file: string) => `Chart font file not found: ${file}. Reinstall @cjsnsa/charts.`,
  badScale: (scale: unknown) => `svgToPNG: scale must be a positive number, not ${String(scale)}.`,
  rasterWorkerStopped: (code: number) => `The PNG worker thread stopped (exit code ${code}) before the chart was rasterised.`,
  rasterFailed: (reason: string) => `The chart could not be rasterised to PNG: ${reason}`,
  vegaBuildMissing: (pkg: string) => `Cannot locate the browser build of ${pkg} (build/*.min.js) to inline in HTML.`,
} as const;
