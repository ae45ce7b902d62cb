import type { EntryError } from './entries'

export type DossierErrorCode =
  /** The verifier did not match: a typing slip, most often. No lock-out, ever. */
  | 'wrongPassphrase'
  /** The passphrase is right (or the header itself is damaged) but the data does not decrypt or validate. */
  | 'damaged'
  /** The browser refused to store more. Nothing already saved is lost. */
  | 'storageFull'
  /** Any other storage failure (private browsing, storage cleared or blocked). */
  | 'storage'
  /** No IndexedDB or WebCrypto here. */
  | 'unsupported'
  /** No vault on this device (unlock, export). */
  | 'missing'
  /** A vault already exists (create). */
  | 'exists'
  /** The vault was locked (by lock(), the idle timer, a restore or a deletion, or another tab). */
  | 'locked'
  | 'emptyPassphrase'
  /** add/update with invalid content: see `errors`. */
  | 'invalidEntry'
  /** update/remove of an id that is not there (removed in another tab, for example). */
  | 'notFound'
  /** restoreBackup: the file comes from something else. */
  | 'notBackup'

/** The one error type of src/dossier/. `code` picks the message shown. */
export class DossierError extends Error {
  readonly code: DossierErrorCode
  /** For 'invalidEntry': each field's problem. */
  readonly errors: EntryError[]

  constructor(code: DossierErrorCode, options: { cause?: unknown, errors?: EntryError[] } = {}) {
    super(code, { cause: options.cause })
    this.name = 'DossierError'
    this.code = code
    this.errors = options.errors ?? []
  }
}
