import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FrameworkError } from './framework-error.js';
import { indicatorDefinitionSchema, type IndicatorDefinition } from './indicator-definition.js';
import { messages } from '../messages.js';

/** Files in a definitions folder that describe the framework rather than one indicator. */
const FRAMEWORK_FILES = new Set(['aims.json', 'outcomes.json', 'framework.json', 'priority-actions.json']);

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.json') && !FRAMEWORK_FILES.has(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Read and validate every indicator definition file (`*.json`, one indicator
 * per file) in a folder and its subfolders. Framework files (`aims.json`, `priority-actions.json`,
 * `outcomes.json`, `framework.json`) are skipped.
 *
 * @param dir - folder path or `file:` URL
 * @returns the definitions, in file-name order
 * @throws {FrameworkError} when a file is not valid JSON or fails the schema
 *   (message names the file and each problem), or when an id repeats
 * @example
 * ```ts
 * readDefinitionsFolder('./my-local-indicators').map((d) => d.id); // ['LOCAL-unpaid-work-hours']
 * ```
 */
export function readDefinitionsFolder(dir: string | URL): IndicatorDefinition[] {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new FrameworkError(messages.definitionsDirMissing(path));
  const seen = new Map<string, string>();
  const out: IndicatorDefinition[] = [];
  for (const file of jsonFiles(path)) {
    const name = relative(path, file) || file;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new FrameworkError(messages.invalidDefinition(name, (e as Error).message));
    }
    const parsed = indicatorDefinitionSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
      throw new FrameworkError(messages.invalidDefinition(name, problems));
    }
    if (seen.has(parsed.data.id)) throw new FrameworkError(messages.duplicateIndicator(parsed.data.id, name));
    seen.set(parsed.data.id, name);
    out.push(parsed.data);
  }
  return out;
}
