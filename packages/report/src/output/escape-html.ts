/**
 * Escape text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('Argyll & Bute <b>'); // 'Argyll &amp; Bute &lt;b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
