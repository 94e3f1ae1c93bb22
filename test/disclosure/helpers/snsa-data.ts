// An SnsaData for a random table, read through core's readers as `snsa` reads its files.
import { readObservations, readTable } from '@cjsnsa/core';
import { topicById, type SnsaData } from '@cjsnsa/report';
import type { RandomTable } from './random-tables.js';

/** An SnsaData for a random table, read through core's readers as `snsa` reads its files. */
export async function snsaData(t: RandomTable): Promise<SnsaData> {
  const cols = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', 'breakdown'] as const;
  const csv = [cols.join(','), ...t.observations.map((r) => cols.map((c) => (r[c] === null ? '' : String(r[c]))).join(','))].join('\n');
  const { table: observations } = await readObservations({ name: 'random-observations.csv', data: csv });
  const topic = topicById(t.params.topic);
  const extractCsv = t.extract && t.extract.length ? [Object.keys(t.extract[0]).join(','), ...t.extract.map((r) => Object.values(r).map((v) => v ?? '').join(','))].join('\n') : null;
  const extractTable = extractCsv ? await readTable({ name: 'extract.csv', data: extractCsv }) : null;
  const entry = { path: `synthetic/extract-${topic.extract}-random.csv`, title: 'Random extract', kind: 'synthetic' as const, schema: 'extract' as const, source: 'random', columns: [] };
  return {
    datasetsDir: '',
    observations,
    catalogue: [entry],
    ownItems: [],
    warnings: [],
    extract: async (name: string) => (extractTable && name === topic.extract ? { table: extractTable, entry } : null),
    servicesRegister: async () => null,
  };
}

