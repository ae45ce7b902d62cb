import type { EntryError } from './entries'

export type DossierErrorCode =
  /**
   * The passphrase opens no dossier here: the verifier did not match (a typing slip, most often), or
   * there is no dossier at all — the same answer on purpose, so that nothing tells whether one exists.
   * No lock-out, ever.
   */
  | 'wrongPassphrase'
  /** The passphrase is right (or the header itself is damaged) but the data does not decrypt or validate. */
  | 'damaged'
  /** The browser refused to store more. Nothing already saved is lost. */
  | 'storageFull'
  /** Any other storage failure (private browsing, storage cleared or blocked). */
  | 'storage'
  /** No IndexedDB or WebCrypto here. */
  | 'unsupported'
  /** No vault on this device any more (export from an open vault that another tab erased). */
  | 'missing'
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
