import { fileURLToPath } from 'node:url';

/**
 * Paths of the TrueType fonts shipped with `@cjsnsa/charts` (Liberation Sans 2,
 * SIL Open Font License 1.1, metric-compatible with Arial; licence in `fonts/`).
 * Renderers load exactly these files, so text looks the same in SVG, PNG and HTML.
 *
 * @example
 * ```ts
 * fontFiles().regular; // '/…/packages/charts/fonts/LiberationSans-Regular.ttf'
 * ```
 */
export function fontFiles(): { regular: string; bold: string } {
  // src/render/ and dist/render/ are both two levels below the package root.
  const dir = new URL('../../fonts/', import.meta.url);
  return {
    regular: fileURLToPath(new URL('LiberationSans-Regular.ttf', dir)),
    bold: fileURLToPath(new URL('LiberationSans-Bold.ttf', dir)),
  };
}
