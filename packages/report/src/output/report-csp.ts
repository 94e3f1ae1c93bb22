/**
 * The Content-Security-Policy every page `snsa` writes declares: nothing may
 * be loaded from anywhere (no scripts at all, no remote images, fonts, styles
 * or connections, no forms, no `<base>`); only the page's own `<style>` and
 * `data:` images and fonts are allowed. The pages need nothing else, so even
 * if user text ever slipped past escaping it could neither run nor fetch.
 *
 * @example
 * ```ts
 * `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;
 * REPORT_CSP.startsWith("default-src 'none'"); // true
 * ```
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";
