/**
 * The label every display of a provisional indicator carries, so that a
 * partnership never mistakes a proposed wording for the framework's text.
 *
 * @example
 * ```ts
 * PROVISIONAL_LABEL; // 'Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes'
 * ```
 */
export const PROVISIONAL_LABEL = 'Provisional: wording to be confirmed against the CJPF Guidance and Technical Notes';

/**
 * The label every display of a supporting measure carries.
 *
 * @example
 * ```ts
 * SUPPORTING_LABEL; // 'Supporting measure, not a national indicator'
 * ```
 */
export const SUPPORTING_LABEL = 'Supporting measure, not a national indicator';

/**
 * The label every display of a locally determined indicator carries.
 *
 * @example
 * ```ts
 * LOCAL_LABEL; // 'Locally determined indicator'
 * ```
 */
export const LOCAL_LABEL = 'Locally determined indicator';
