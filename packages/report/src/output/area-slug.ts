/**
 * A file-system-safe folder name for an area.
 *
 * @example
 * ```ts
 * areaSlug('Na h-Eileanan Siar'); // 'na-h-eileanan-siar'
 * areaSlug('Perth and Kinross'); // 'perth-and-kinross'
 * ```
 */
export function areaSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
