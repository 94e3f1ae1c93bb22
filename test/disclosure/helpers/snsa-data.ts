// An SnsaData for a random table, read through core's readers as `snsa` reads its files.
import { readObservations, readTable } from '@cjsnsa/core';
import { countExtract, extractSchemas } from '@cjsnsa/framework';
import { readServicesRegister, topicById, type SnsaData } from '@cjsnsa/report';
import { prng, type RandomTable } from './random-tables.js';

/**
 * A random services register for the table's own area: 3 to 8 services, places 1 to 30, and
 * referrals drawn so that counts of 0 to 6 (in and just outside the rule's range) are common.
 */
export function randomRegisterCsv(t: RandomTable): string {
  const rnd = prng(t.params.seed ^ 0x5eed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const header = 'service_id,area,service_name,provider_type,outcomes,capacity,referrals_2023_24,funding_start,funding_end,status,source';
  const types = ['local-authority', 'third-sector', 'nhs', 'community-group'];
  const lines = Array.from({ length: int(3, 8) }, (_, i) => {
    const referrals = rnd() < 0.6 ? int(0, 6) : int(7, 40);
    return [`R${i + 1}`, t.areaCode, `Random service ${i + 1}`, types[int(0, 3)], `${int(1, 4)}`, int(1, 30), referrals, '2023-04-01', `202${int(5, 8)}-03-31`, 'published', 'random register'].join(',');
  });
  return [header, ...lines].join('\n');
}

/** An SnsaData for a random table, read through core's readers as `snsa` reads its files. */
export async function snsaData(t: RandomTable): Promise<SnsaData> {
  const cols = ['indicator', 'area', 'period', 'numerator', 'denominator', 'status', 'source', 'breakdown'] as const;
  const csv = [cols.join(','), ...t.observations.map((r) => cols.map((c) => (r[c] === null ? '' : String(r[c]))).join(','))].join('\n');
  const { table: observations } = await readObservations({ name: 'random-observations.csv', data: csv });
  const topic = topicById(t.params.topic);
  // the extract with an id per record, counted by the topic's schema as snsa counts an extract
  const schema = extractSchemas().find((s) => s.kind === topic.extract);
  const extractCsv =
    t.extract && t.extract.length && schema
      ? [[schema.id, ...Object.keys(t.extract[0])].join(','), ...t.extract.map((r, i) => [`R${i + 1}`, ...Object.values(r).map((v) => v ?? '')].join(','))].join('\n')
      : null;
  const extractTable = extractCsv ? await readTable({ name: 'extract.csv', data: extractCsv }) : null;
  const counts = extractCsv ? await countExtract({ name: 'extract.csv', data: extractCsv }, { schema }) : null;
  const registerCsv = randomRegisterCsv(t);
  const registerEntry = { path: 'synthetic/register-random.csv', title: 'Random register', kind: 'synthetic' as const, schema: 'register' as const, source: 'random register', columns: [] };
  const register = { register: await readServicesRegister({ name: 'register-random.csv', data: registerCsv }), table: await readTable({ name: 'register-random.csv', data: registerCsv }), entry: registerEntry };
  const entry = { path: `synthetic/extract-${topic.extract}-random.csv`, title: 'Random extract', kind: 'synthetic' as const, schema: 'extract' as const, source: 'random', columns: [] };
  return {
    datasetsDir: '',
    observations,
    catalogue: [entry, registerEntry],
    ownItems: [],
    warnings: [],
    warningIssues: [],
    ownExtracts: [],
    extract: async (name: string) => (extractTable && name === topic.extract ? { table: extractTable, entry } : null),
    extractSource: (name: string) => (counts && name === topic.extract ? { title: entry.title, synthetic: true, own: false, entry, counts } : null),
    servicesRegister: async () => register,
  };
}

