import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Copies of the embedded synthetic CPO extract (119,304 orders) in the big extract: about 2.03 million rows. */
export const COPIES = 17;

/**
 * A partnership-style individual-level CPO extract of about 2 million rows
 * (`order_id, area, imposed_date, …, termination_reason, source`), made by
 * repeating the embedded synthetic extract with new order ids, so that
 * every count is exactly COPIES times the embedded one (checked by the
 * suite). Written once to the bench cache and reused.
 *
 * @example
 * ```ts
 * const file = await ensureBigCpoExtract(root, cacheDir); // bench/.cache/own-cpo-extract-2m.csv
 * ```
 */
export async function ensureBigCpoExtract(root: string, cacheDir: string): Promise<string> {
  const file = join(cacheDir, 'own-cpo-extract-2m.csv');
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const lines: string[] = [];
  let header = '';
  for await (const line of createInterface({ input: createReadStream(join(root, 'datasets', 'synthetic', 'extract-cpo-synthetic.csv')) })) {
    if (!header) header = line;
    else if (line) lines.push(line);
  }
  const out = createWriteStream(`${file}.part`);
  out.write(`${header}\n`);
  for (let copy = 0; copy < COPIES; copy++) {
    let chunk = '';
    for (const line of lines) {
      chunk += `C${copy}-${line}\n`; // a new order id: the copy number before the embedded id
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
        chunk = '';
      }
    }
    out.write(chunk);
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(`${file}.part`, file);
  return file;
}
