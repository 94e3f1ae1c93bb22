/**
 * Every error, warning and progress message of `@cjsnsa/report`, in one
 * catalogue. Code and tests use these entries.
 *
 * @example
 * ```ts
 * messages.unknownTopic('bial', ['bail']); // 'Unknown topic "bial". Did you mean: bail? …'
 * ```
 */
export const messages = {
  unknownTopic: (topic: string, suggestions: string[], all: string[]) =>
    `Unknown topic "${topic}".${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''} Topics: ${all.join(', ')}, or all.`,
  unknownFormat: (format: string) => `Unknown format "${format}". Formats: html, docx.`,
  unknownOption: (detail: string) => `${detail}. Run snsa --help for the options.`,
  dataDirMissing: (dir: string) => `Data directory "${dir}" does not exist.`,
  dataProblems: (count: number) =>
    `Your data has ${count} problem${count === 1 ? '' : 's'}; nothing was written. Fix them and run again:`,
  wrote: (area: string, dir: string) => `${area}: SNSA pack written to ${dir}`,
  packReady: (indexPath: string) => `Open ${indexPath} in a browser; the Word documents and chart pack are beside it.`,
  progress: (done: number, total: number, label: string) => `[${done}/${total}] ${label}`,
  areaFailed: (area: string, detail: string) => `${area}: failed: ${detail}`,
} as const;
