import { providerTypeLabel } from '../data/services-register.js';
import { chartFigureHtml } from '../output/html-report.js';
import { escapeHtml } from '../output/escape-html.js';
import type { PackChart } from '../snsa/pack-model.js';
import { directoryAreaName, type DirectoryEntry, type ServicesDirectory } from './services-directory.js';

/**
 * The Content-Security-Policy of the directory page: the page's own inline
 * style and its one inline script (the search box), `data:` images and
 * fonts; nothing can be loaded or fetched (`connect-src 'none'`).
 *
 * @example
 * ```ts
 * DIRECTORY_CSP.includes("connect-src 'none'"); // true
 * ```
 */
export const DIRECTORY_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { --ink: #1b1b1b; --muted: #4a4a4a; --rule: #c8c8c8; --accent: #0b4f8a; --warn-bg: #fff4d6; }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; color: var(--ink); margin: 0 auto; max-width: 960px; padding: 1.5rem; line-height: 1.5; overflow-wrap: break-word; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 0 0 .25rem; }
.meta, figcaption { color: var(--muted); }
.banner { background: var(--warn-bg); border-left: 6px solid #b06d00; padding: .75rem 1rem; margin: 1rem 0; }
.search { margin: 1rem 0; } .search input { font-size: 1rem; padding: .4rem; width: min(100%, 28rem); border: 2px solid var(--muted); }
.search input:focus { outline: 3px solid var(--accent); }
.service { border: 1px solid var(--rule); border-left: 6px solid var(--accent); padding: .6rem .9rem; margin: .75rem 0; break-inside: avoid; page-break-inside: avoid; }
.service.unchecked { border-left-color: #b06d00; }
.service dl { display: grid; grid-template-columns: 11rem 1fr; gap: .15rem .75rem; margin: .4rem 0 0; }
.service dt { font-weight: bold; } .service dd { margin: 0; }
.flags { margin: .3rem 0 0; padding: 0; list-style: none; } .flags li { display: inline-block; background: var(--warn-bg); border: 1px solid #b06d00; padding: 0 .4rem; margin: 0 .4rem .2rem 0; font-size: .9rem; }
figure { margin: 1.5rem 0; break-inside: avoid; } figure .chart svg { max-width: 100%; height: auto; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0; }
th, td { border: 1px solid var(--rule); padding: .25rem .4rem; text-align: left; vertical-align: top; } th { background: #eef2f6; }
details summary { cursor: pointer; color: var(--accent); }
[hidden] { display: none !important; }
@media (max-width: 600px) { body { padding: .75rem; } .service dl { grid-template-columns: 1fr; } }
@media print { body { max-width: none; padding: 0; font-size: 10pt; } h2 { break-after: avoid; page-break-after: avoid; } .search, .no-print { display: none !important; } .service[hidden] { display: block !important; } details { display: block; } a { color: inherit; } }
`;

// Filters the services by the words typed (every word must appear); says how many are shown. The page works without it.
const SEARCH_SCRIPT = `(function(){var i=document.getElementById('q'),s=document.querySelectorAll('.service'),o=document.getElementById('count'),g=document.querySelectorAll('.area-group');
function f(){var w=i.value.toLowerCase().split(/\\s+/).filter(Boolean),n=0;s.forEach(function(e){var t=e.textContent.toLowerCase(),m=w.every(function(x){return t.indexOf(x)>=0});e.hidden=!m;if(m)n++});
g.forEach(function(x){x.hidden=!x.querySelector('.service:not([hidden])')});o.textContent=n+(n===1?' service':' services')+' shown of '+s.length+'.'}
i.addEventListener('input',f);document.querySelector('.search').hidden=false;f()})();`;

const fmtDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const DUE_DILIGENCE_WORDS: Record<string, string> = {
  complete: 'Complete',
  'not-required': 'Not required (statutory provider)',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  lapsed: 'Lapsed',
};

/**
 * One service of a directory as an HTML `<article>`: its name, flags (not
 * checked, review overdue, funding ending within 12 months or ended) and
 * what it offers, who can use it, how to refer, contact, places, funding
 * and its checks. Every text is escaped. The directory page and the
 * dashboard's Services view both show services this way.
 *
 * @param e - an entry of {@link servicesDirectory}
 * @param asOf - the directory's date (named in the review flag)
 * @param level - the level of the service's heading. __Default value:__ `3`
 * @returns the article's HTML
 * @example
 * ```ts
 * const d = servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' });
 * directoryServiceHtml(d.entries[0], d.asOf); // '<article class="service" id="service-D006" …'
 * ```
 */
export function directoryServiceHtml(e: DirectoryEntry, asOf: string, level = 3): string {
  const flags: string[] = [];
  if (!e.checked) flags.push(`Not checked: ${e.notCheckedReason}`);
  if (e.stale) flags.push(`Review overdue: last reviewed ${fmtDate(e.lastReviewed)}, over 12 months before ${fmtDate(asOf)}`);
  if (e.fundingEndsSoon) flags.push(`Funding ends within 12 months: ${fmtDate(e.fundingEnd!)}`);
  if (e.fundingEnded) flags.push(`Funding ended ${fmtDate(e.fundingEnd!)}`);
  const row = (term: string, value: string) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
  return `<article class="service${e.checked ? '' : ' unchecked'}" id="service-${escapeHtml(e.serviceId)}" aria-labelledby="service-${escapeHtml(e.serviceId)}-name">
<h${level} id="service-${escapeHtml(e.serviceId)}-name">${escapeHtml(e.name)}</h${level}>
${flags.length ? `<ul class="flags">${flags.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>` : ''}
<dl>${[
    row('Provider', `${e.provider} (${providerTypeLabel(e.sector)})`),
    row('What it offers', e.offer),
    row('Who can use it', e.eligibility),
    row('How to refer', e.referralRoute),
    row('Contact', e.contact),
    row('Places', e.capacity === null ? 'Not recorded' : String(e.capacity)),
    row('Funding ends', e.fundingEnd ? fmtDate(e.fundingEnd) : 'No end date recorded'),
    row('Due diligence', `${DUE_DILIGENCE_WORDS[e.dueDiligence] ?? e.dueDiligence}${e.dueDiligenceDate ? `, ${fmtDate(e.dueDiligenceDate)}` : ''}`),
    row('Agreed by the partnership', e.partnershipAgreed ? 'Yes' : 'No'),
    row('Last reviewed', fmtDate(e.lastReviewed)),
    ...(e.notes ? [row('Notes', e.notes)] : []),
  ].join('')}</dl>
</article>`;
}

/**
 * The services directory as one self-contained, printable HTML page:
 * every listed service with what it offers, who can use it, how to refer,
 * contact, places, funding and its checks; flags for reviews over 12 months
 * old and funding that ends within 12 months; the rule for being listed and
 * how many services it left out; a search box (a small inline script; with
 * scripts off every service shows and the browser's find works); the
 * funding cliff chart when given, with its description and data table.
 * Nothing is loaded from anywhere ({@link DIRECTORY_CSP}). Printing hides
 * the search box and prints every service.
 *
 * Capacity is a number of places, not of people, so the directory holds no
 * count that disclosure control would act on.
 *
 * @param d - the directory ({@link servicesDirectory})
 * @param options - `fundingChart`: the rendered funding cliff chart (`renderChart(fundingTimelineChart(…))`), or none; `synthetic`: label the page as synthetic demonstration data
 * @returns the page's HTML
 * @example
 * ```ts
 * const html = servicesDirectoryHtml(servicesDirectory(register, { area: 'S12000013', asOf: '2025-06-01' }));
 * html.includes('<input id="q"'); // true: the search box
 * ```
 */
export function servicesDirectoryHtml(d: ServicesDirectory, options: { fundingChart?: PackChart | null; synthetic?: boolean } = {}): string {
  const title = `Services directory: ${d.areaName}`;
  const rule = d.includeUnchecked
    ? 'This directory lists every service in the register, including services whose due diligence is not complete or that the partnership has not agreed; those are marked "Not checked". Do not refer to a service marked "Not checked" before it is.'
    : 'Only services whose due diligence is complete (or not required, for statutory providers) and that the partnership has agreed to list are shown.';
  const leftOut = d.leftOut
    ? ` ${d.leftOut === 1 ? '1 service in the register is' : `${d.leftOut} services in the register are`} not listed because ${d.leftOut === 1 ? 'it is' : 'they are'} not checked yet.`
    : '';
  const stale = d.entries.filter((e) => e.stale).length;
  const soon = d.entries.filter((e) => e.fundingEndsSoon).length;
  const groups = new Map<string, DirectoryEntry[]>();
  for (const e of d.entries) groups.set(e.area, [...(groups.get(e.area) ?? []), e]);
  const byArea = [...groups]
    .map(
      ([code, entries]) => `<section class="area-group" aria-labelledby="area-${escapeHtml(code)}">
<h2 id="area-${escapeHtml(code)}">${escapeHtml(code === 'S92000003' ? 'Open to every area in Scotland' : directoryAreaName(code))} (${entries.length})</h2>
${entries.map((e) => directoryServiceHtml(e, d.asOf)).join('\n')}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${DIRECTORY_CSP}"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${escapeHtml(title)}</h1>
<p class="meta">As at ${escapeHtml(fmtDate(d.asOf))}. ${d.entries.length} ${d.entries.length === 1 ? 'service' : 'services'} listed, from the partnership's services register.</p></header>
<main>
${options.synthetic ? '<p class="banner"><strong>Synthetic demonstration data.</strong> These services are made up to show how the directory works: they do not exist.</p>' : ''}
<p>${escapeHtml(rule + leftOut)}</p>
<p>${escapeHtml(`${stale} ${stale === 1 ? 'entry has' : 'entries have'} not been reviewed in the last 12 months; ${soon} ${soon === 1 ? 'service has' : 'services have'} funding that ends within 12 months. Check with the provider before referring.`)}</p>
<div class="search" role="search" hidden><label for="q">Search services (name, provider, offer, who can use it, how to refer)</label><br>
<input id="q" type="search" autocomplete="off"><p id="count" class="meta" aria-live="polite"></p></div>
${d.entries.length ? byArea : '<p><strong>No services to list.</strong> The register has no checked service for this area yet.</p>'}
${options.fundingChart ? `<section aria-labelledby="funding-heading"><h2 id="funding-heading">Funding cliff</h2>${chartFigureHtml(options.fundingChart)}</section>` : ''}
</main>
<script>${SEARCH_SCRIPT}</script>
</body></html>
`;
}
