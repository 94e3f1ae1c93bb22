import { escapeHtml } from './escape-html.js';
import { REPORT_CSP } from './report-csp.js';

/**
 * A small self-contained index page linking to packs (an area's topics, or
 * every area), with the synthetic-data label when it applies.
 *
 * @example
 * ```ts
 * indexPage('West Dunbartonshire', [{ href: 'diversion/report.html', label: 'Diversion from Prosecution' }], true);
 * // '<!doctype html>…'
 * ```
 */
export function indexPage(title: string, links: { href: string; label: string; note?: string }[], synthetic: boolean): string {
  const items = links
    .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>${l.note ? ` <span class="note">${escapeHtml(l.note)}</span>` : ''}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}"><title>${escapeHtml(title)}</title>
<style>body{font-family:"Liberation Sans",Arial,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
.banner{background:#fff4d6;border-left:6px solid #b06d00;padding:.75rem 1rem}.note{color:#4a4a4a}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>Strategic Needs and Strengths Assessment data packs made by cjsnsa. Each pack has a report (HTML and Word), its charts as SVG and PNG with alt text and CSV, and the results and baseline tables.</p>
${synthetic ? '<p class="banner"><strong>Synthetic demonstration data.</strong> Justice social work figures in these packs are generated for demonstration and are not official statistics.</p>' : ''}
<ul>
${items}
</ul></body></html>
`;
}
