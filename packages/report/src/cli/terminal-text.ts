/**
 * Text from data made safe to print in a terminal: control characters
 * (C0 except line feed and tab, DEL, and C1) are shown as escapes such as
 * `\x1b`, so a value in a file cannot move the cursor, recolour the
 * terminal or hide the rest of a message. Line breaks of the message
 * itself are kept.
 *
 * @param text - a message that may quote data
 * @returns the same text with every control character made visible
 * @example
 * ```ts
 * terminalText('Unknown data item "\u001b[31mred".'); // 'Unknown data item "\\x1b[31mred".'
 * ```
 */
export function terminalText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
