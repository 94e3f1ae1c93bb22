#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNCIL_AREAS } from '@cjsnsa/framework';
import { evidenceTemplateCommand } from './cli/evidence-template-command.js';
import { annualReportCommand } from './annual-report/annual-report-command.js';
import { dashboardCommand } from './dashboard/dashboard-command.js';
import { servicesCommand } from './services/services-command.js';
import { quarterlyCommand } from './quarterly/quarterly-command.js';
import { parseCliArgs, SNSA_USAGE, type SnsaCliOptions } from './cli/parse-cli-args.js';
import { runPool, type PoolWorkerMessage } from './cli/run-pool.js';
import { terminalText } from './cli/terminal-text.js';
import { DataError } from '@cjsnsa/core';
import { DataProblemsError, loadSnsaData, type ReadingProgress, type SnsaData } from './data/load-snsa-data.js';
import { readEvidenceWorkbook, type EvidenceWorkbook } from './evidence/read-evidence-workbook.js';
import { addWorkbookWarnings } from './evidence/add-workbook-warnings.js';
import { readSurvey, type SurveyResponses } from './survey/read-survey.js';
import { readSurveySchema } from './survey/survey-schema.js';
import { messages } from './messages.js';
import { indexPage } from './output/index-page.js';
import { writePack, type PackFormat } from './output/write-pack.js';
import { buildSnsaPack } from './snsa/build-snsa-pack.js';
import type { SnsaPack } from './snsa/pack-model.js';
import { prepareSnsa, snsaArea, type SnsaArea, type SnsaContext } from './snsa/snsa-context.js';
import { SNSA_TOPICS, topicById, type SnsaTopic } from './snsa/topics.js';
import { areaSlug } from './output/area-slug.js';
import { printDataWarnings } from './cli/print-data-warnings.js';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'annual-report') {
    await annualReportCommand(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'evidence-template') {
    await evidenceTemplateCommand(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'dashboard') {
    await dashboardCommand(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'quarterly') {
    await quarterlyCommand(argv.slice(1));
    return 0;
  }
  if (argv[0] === 'services' || argv[0] === 'services-template') {
    await servicesCommand(argv.slice(1), argv[0] === 'services-template');
    return 0;
  }
  const opts = parseCliArgs(argv);
  if (opts.help) {
    process.stdout.write(SNSA_USAGE);
    return 0;
  }
  const topics = opts.topic === 'all' ? [...SNSA_TOPICS] : [topicById(opts.topic)];
  const out = resolve(opts.out);
  const log = (line: string) => {
    if (!opts.quiet) process.stdout.write(line + '\n');
  };

  if (opts.worker) return worker(opts, topics, out);

  if (opts.area.trim().toLowerCase() === 'all') {
    if (opts.survey) throw new Error(messages.surveyOneArea);
    // Check the partnership's data once, before any worker writes anything; say its warnings here (workers do not).
    const data = await checkedData(opts);
    printDataWarnings(data, opts.strict);
    const script = fileURLToPath(import.meta.url);
    const jobs = opts.jobs ?? availableParallelism();
    const evidenceFile = await checkedEvidence(opts, data, null);
    const workerArgs = [
      '--worker', '--topic', opts.topic, '--out', out, '--format', opts.formats.join(','), '--png-scale', String(opts.pngScale),
      ...(opts.data ? ['--data', opts.data] : []), ...(evidenceFile ? ['--evidence', evidenceFile.file] : []), ...opts.disclosureArgs,
    ];
    log(`Writing SNSA packs for ${COUNCIL_AREAS.length} council areas with ${jobs} worker${jobs === 1 ? '' : 's'}…`);
    const results = await runPool(
      script,
      workerArgs,
      COUNCIL_AREAS.map((a) => ({ label: a.name, payload: a.code })),
      jobs,
      (r, done, total) => log(messages.progress(done, total, r.ok ? r.label : messages.areaFailed(r.label, r.output))),
    );
    const links = COUNCIL_AREAS.map((a, i) => ({
      href: `${areaSlug(a.name)}/index.html`,
      label: a.name,
      note: results[i]!.ok ? undefined : 'failed',
    }));
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'index.html'), indexPage('SNSA data packs: all council areas', links, true));
    const failed = results.filter((r) => !r.ok);
    for (const f of failed) process.stderr.write(terminalText(messages.areaFailed(f.label, f.output) + '\n'));
    process.stdout.write(`SNSA packs for all council areas: ${join(out, 'index.html')}\n`);
    return failed.length ? 1 : 0;
  }

  const area = snsaArea(opts.area);
  const data = await checkedData(opts);
  printDataWarnings(data, opts.strict);
  log(`${area.name}: computing the indicators for all areas (Scotland = sum of the 32 areas)…`);
  const ctx = await prepareSnsa(data, { disclosure: opts.disclosure, evidence: await checkedEvidence(opts, data, area), survey: await checkedSurvey(opts, data) });
  const index = await writeAreaPack(ctx, area, topics, out, opts.formats, opts.pngScale, (i, title) => log(messages.progress(i + 1, topics.length, `${area.name}: ${title}`)));
  process.stdout.write(`SNSA pack for ${area.name}: ${index}\n`);
  return 0;
}

/**
 * Progress lines while a big extract is read, on stderr: one line
 * rewritten in place on a terminal, else a line every 500,000 rows.
 */
function readingProgress(): (progress: ReadingProgress) => void {
  const tty = process.stderr.isTTY;
  let last = 0;
  let open = false;
  return ({ file, rows, counted }) => {
    const name = basename(file);
    if (counted !== null) {
      process.stderr.write(`${open ? '\r\x1b[K' : ''}${messages.extractCounted(name, rows, counted)}\n`);
      open = false;
      last = 0;
    } else if (tty) {
      process.stderr.write(`\r\x1b[K${messages.extractProgress(name, rows)}`);
      open = true;
    } else if (rows - last >= 500_000) {
      process.stderr.write(`${messages.extractProgress(name, rows)}\n`);
      last = rows;
    }
  };
}

/** The data, read and checked, with the services register read too when a topic needs it, so that its warnings are known before anything is written. */
async function checkedData(opts: SnsaCliOptions): Promise<SnsaData> {
  const data = await loadSnsaData({ ownDataDir: opts.data, onProgress: opts.quiet ? undefined : readingProgress() });
  if (opts.topic === 'all' || opts.topic === 'services') await data.servicesRegister();
  return data;
}

/**
 * The local evidence workbook (`--evidence`, or the one found among
 * `--data`), read and checked before anything is written: its problems stop
 * the run listed by file, sheet, row and column, its warnings join the data's
 * (printed, and with `--strict` an error); a workbook for another area than
 * the pack's is an error. `null` when there is none.
 */
async function checkedEvidence(opts: SnsaCliOptions, data: SnsaData, area: SnsaArea | null): Promise<EvidenceWorkbook | null> {
  const file = opts.evidence ?? data.evidenceWorkbook ?? null;
  if (!file) return null;
  let workbook: EvidenceWorkbook;
  try {
    workbook = await readEvidenceWorkbook(resolve(file));
  } catch (err) {
    if (err instanceof DataError) throw new DataProblemsError(err.issues);
    throw err;
  }
  if (area && workbook.area.code !== area.code) throw new Error(messages.evidenceOtherArea(basename(file), workbook.area.name, area.name));
  addWorkbookWarnings(workbook, data, opts.disclosure, opts.strict);
  return workbook;
}

/**
 * The lived-experience survey (`--survey` with `--survey-schema`), read and
 * checked before anything is written: a schema that cannot be used stops the
 * run with its problems; an export that does not match it stops the run with
 * every problem by file, row and column; its warnings join the data's
 * (printed, and with `--strict` an error). `null` when none was given.
 */
async function checkedSurvey(opts: SnsaCliOptions, data: SnsaData): Promise<SurveyResponses | null> {
  if (!opts.survey) return null;
  const schema = await readSurveySchema(resolve(opts.survey.schema));
  let survey: SurveyResponses;
  try {
    survey = await readSurvey(resolve(opts.survey.file), schema);
  } catch (err) {
    if (err instanceof DataError) throw new DataProblemsError(err.issues);
    throw err;
  }
  // its warnings (text read as Windows-1252, another delimiter) are printed and carried like the data's
  if (survey.warnings.length) {
    printDataWarnings({ ...data, warningIssues: survey.warnings }, opts.strict);
    data.warningIssues.push(...survey.warnings);
    data.warnings.push(...survey.warnings.map((w) => `${w.file}: ${w.message}`));
  }
  return survey;
}

/** Write one area's pack (every topic asked for, and its index page); returns the index page's path. */
async function writeAreaPack(
  ctx: SnsaContext,
  area: SnsaArea,
  topics: SnsaTopic[],
  out: string,
  formats: PackFormat[],
  pngScale: number,
  progress: (i: number, title: string) => void,
): Promise<string> {
  const areaDir = join(out, areaSlug(area.name));
  // Two topics at a time: one topic's Word document is written while the next one's charts are drawn and
  // rasterised, so both cores stay busy (more at once only holds more charts in memory). Each pack waits for its
  // own charts only.
  let written = 0;
  const packs: SnsaPack[] = [];
  let next = 0;
  const lane = async () => {
    while (next < topics.length) {
      const k = next++;
      const pack = await buildSnsaPack(ctx, area, topics[k]!, { pngScale });
      await writePack(pack, join(areaDir, topics[k]!.id), formats);
      packs[k] = pack;
      progress(written++, topics[k]!.title);
    }
  };
  await Promise.all([lane(), lane()]);
  const links = topics.map((topic) => ({ href: `${topic.id}/report.html`, label: topic.title }));
  const synthetic = packs.some((p) => p.synthetic);
  const index = join(areaDir, 'index.html');
  await writeFile(index, indexPage(`SNSA data pack: ${area.name}`, links, synthetic));
  return index;
}

/**
 * An `--area all` worker: load the data and compute every area's results
 * once, then write the pack of each area the parent sends, until it
 * disconnects (see runPool).
 */
async function worker(opts: SnsaCliOptions, topics: SnsaTopic[], out: string): Promise<number> {
  const send = (m: PoolWorkerMessage) => process.send!(m);
  const data = await loadSnsaData({ ownDataDir: opts.data });
  const ctx = await prepareSnsa(data, { disclosure: opts.disclosure, evidence: opts.evidence ? await readEvidenceWorkbook(opts.evidence) : null });
  let queue = Promise.resolve();
  process.on('message', (m: { type: 'job'; payload: string }) => {
    if (m.type !== 'job') return;
    queue = queue.then(async () => {
      try {
        const index = await writeAreaPack(ctx, snsaArea(m.payload), topics, out, opts.formats, opts.pngScale, () => {});
        send({ type: 'done', ok: true, output: index });
      } catch (err) {
        send({ type: 'done', ok: false, output: (err as Error).stack ?? String(err) });
      }
    });
  });
  send({ type: 'ready' });
  await new Promise<void>((resolve) => process.once('disconnect', () => resolve()));
  await queue;
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(terminalText(`snsa: ${err.message}\n`));
    process.exitCode = 1;
  },
);
