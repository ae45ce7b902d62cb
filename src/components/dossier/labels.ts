import type { DossierErrorCode, EntryErrorCode, EntryKind, ReportStatus, ReportWhere } from '@/composables/useDossier'

/**
 * Message keys for the dossier's screens, written out so every key can be found in the source
 * (`dossier.*` in locales/). Each record has one key per value of its type, so the lists of choices
 * below, in the order the forms show them, cannot miss one.
 */

export const kindLabels: Record<EntryKind, string> = {
  place: 'dossier.kinds.place',
  report: 'dossier.kinds.report',
  contact: 'dossier.kinds.contact',
  note: 'dossier.kinds.note',
}

export const whereLabels: Record<ReportWhere, string> = {
  platform: 'dossier.where.platform',
  searchEngine: 'dossier.where.searchEngine',
  host: 'dossier.where.host',
  pharos: 'dossier.where.pharos',
  police: 'dossier.where.police',
  helpline: 'dossier.where.helpline',
  other: 'dossier.where.other',
}

export const statusLabels: Record<ReportStatus, string> = {
  sent: 'dossier.status.sent',
  acknowledged: 'dossier.status.acknowledged',
  removed: 'dossier.status.removed',
  refused: 'dossier.status.refused',
  noAnswer: 'dossier.status.noAnswer',
}

export const kinds = Object.keys(kindLabels) as EntryKind[]
export const wheres = Object.keys(whereLabels) as ReportWhere[]
export const statuses = Object.keys(statusLabels) as ReportStatus[]

/** The kind message for each error: no blame, and never a lock-out. */
export const errorLabels: Record<DossierErrorCode, string> = {
  wrongPassphrase: 'dossier.errors.wrongPassphrase',
  damaged: 'dossier.errors.damaged',
  storageFull: 'dossier.errors.storageFull',
  storage: 'dossier.errors.storage',
  unsupported: 'dossier.errors.unsupported',
  missing: 'dossier.errors.missing',
  locked: 'dossier.errors.locked',
  emptyPassphrase: 'dossier.errors.emptyPassphrase',
  invalidEntry: 'dossier.errors.invalidEntry',
  notFound: 'dossier.errors.notFound',
  notBackup: 'dossier.errors.notBackup',
}

/** A restore says, where it matters, that the dossier already here did not change. */
export const restoreErrorLabels: Record<DossierErrorCode, string> = {
  ...errorLabels,
  notBackup: 'dossier.backup.errors.notBackup',
  damaged: 'dossier.backup.errors.damaged',
  wrongPassphrase: 'dossier.backup.errors.wrongPassphrase',
  storageFull: 'dossier.backup.errors.storageFull',
}

/** Messages for a field's error; 'tooLong' takes `{max}`. */
export const validationLabels: Record<EntryErrorCode, string> = {
  missing: 'dossier.validation.missing',
  invalid: 'dossier.validation.invalid',
  tooLong: 'dossier.validation.tooLong',
  future: 'dossier.validation.future',
}
