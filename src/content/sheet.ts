import type { IsoDate } from './types'

/**
 * The date the facts in this folder were last checked against ../shared/facts/facts-fr.md. One date
 * for the whole sheet, written once: the sheet gives no per-item check date. A fact re-checked on its
 * own later gets its own `lastVerified`.
 */
export const factSheetDate: IsoDate = '2026-11-21'
