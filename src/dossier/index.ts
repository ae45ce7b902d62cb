import type { UseStore } from 'idb-keyval'
import { CURRENT_KDF, isKdfParams, type KdfParams, needsUpgrade } from './crypto'
import type { Entry } from './entries'
import { DossierError } from './errors'
import { deviceStore, recordStore } from './idb'
import {
  type Backup, type BackupCheck, backupOf, isObject, newSession, openRecord, parseRecord, readBackup, seal, type Session, type StoredRecord,
} from './record'
import { type Vault, type VaultContext, VaultImpl } from './vault'

/**
 * "Mon dossier": the encrypted vault on this device. Its one way in for the app is
 * composables/useDossier.ts, which loads this module only when it is needed. Overview: README.md.
 */

export { entryDate } from './entries'
export type { Entry, EntryBody, EntryError, EntryErrorCode, EntryField, EntryKind, ReportStatus, ReportWhere } from './entries'
export { DossierError, type DossierErrorCode } from './errors'
export { createIdleLock, type IdleLock } from './idle-lock'
export { passphraseStrength, type Strength } from './passphrase'
export { type Backup, type BackupCheck, MAX_BACKUP_CHARS } from './record'
export { summary } from './summary'
export type { Vault } from './vault'

export interface DossierOptions {
  /** An idb-keyval store; tests pass their own. */
  store?: UseStore
  /** KDF parameters for new keys; tests pass a low iteration count. */
  kdf?: KdfParams
  now?: () => Date
}

export interface Dossier {
  /** IndexedDB and WebCrypto are both there (not during prerendering, not in some private modes). */
  isSupported(): boolean
  // No exists(): nothing outside this folder may learn whether there is a dossier without its
  // passphrase (README.md, "Deniable"). create() and unlock() answer the same either way.
  create(passphrase: string): Promise<Vault>
  unlock(passphrase: string): Promise<Vault>
  /** Works locked too: the stored record is already encrypted. */
  exportBackup(): Promise<Backup>
  inspectBackup(text: string): Promise<BackupCheck>
  /**
   * Replaces the vault on this device with the backup's content, only once the backup has fully
   * decrypted and validated; it then uses the backup's passphrase. Any error leaves the device's vault
   * untouched. Locks a vault that was open.
   */
  restoreBackup(text: string, passphrase: string): Promise<Vault>
  /** Erases the stored record and locks the open vault. No passphrase needed: a forgotten one must not trap anyone. */
  destroy(): Promise<void>
}

export function createDossier(options: DossierOptions = {}): Dossier {
  const kdf = options.kdf ?? CURRENT_KDF
  if (!isKdfParams(kdf)) throw new TypeError('Invalid KDF parameters')
  const now = options.now ?? (() => new Date())
  let idb = options.store
  let current: VaultImpl | null = null

  function isSupported(): boolean {
    return (options.store !== undefined || typeof indexedDB !== 'undefined') && typeof globalThis.crypto?.subtle === 'object'
  }

  const records = recordStore(() => {
    if (!isSupported()) throw new DossierError('unsupported')
    return idb ??= deviceStore()
  })

  const context: VaultContext = {
    kdf,
    now,
    read: records.read,
    compareAndPut: records.compareAndPut,
    exportBackup,
  }

  function open(session: Session, entries: readonly Entry[], iv: string): Vault {
    current?.lock()
    current = new VaultImpl(context, session, entries, iv)
    return current
  }

  /**
   * The stored record, opened with `passphrase`; null when there is none, it is damaged, or the
   * passphrase does not open it. With no record, a key is derived all the same and thrown away, so the
   * answer takes as long either way: the time says nothing of whether a dossier exists (README.md).
   */
  async function tryOpen(passphrase: string) {
    const raw = await records.read()
    let record: StoredRecord
    try {
      if (raw === undefined) throw new DossierError('wrongPassphrase')
      record = await parseRecord(raw)
    }
    catch (error) {
      await newSession(passphrase, kdf)
      return { raw, opened: null, error }
    }
    try {
      return { raw, record, opened: await openRecord(record, passphrase), error: null }
    }
    catch (error) {
      return { raw, record, opened: null, error }
    }
  }

  /**
   * A new, empty dossier. Whether one is already here is never said: one that this passphrase opens is
   * opened (nothing lost for someone who chose the same passphrase again), any other is replaced.
   * The create form says so, whether or not there is one.
   */
  async function create(passphrase: string): Promise<Vault> {
    if (passphrase.trim() === '') throw new DossierError('emptyPassphrase')
    const found = await tryOpen(passphrase)
    if (found.record && found.opened) return openStored(found.record, found.opened, passphrase)
    const session = await newSession(passphrase, kdf)
    const record = await seal(session, [])
    // Replaces what was read (a damaged record too); another tab wrote meanwhile: nothing is replaced,
    // and the person can simply try again.
    const expectedIv = isObject(found.raw) && typeof found.raw.iv === 'string' ? found.raw.iv : null
    if (!await records.compareAndPut(record, expectedIv)) {
      throw new DossierError('storage')
    }
    return open(session, [], record.iv)
  }

  /**
   * Opens the dossier with its passphrase. No dossier and a passphrase that does not open it give the
   * same error ('wrongPassphrase'), in the same time: nothing tells whether there is one.
   */
  async function unlock(passphrase: string): Promise<Vault> {
    if (passphrase === '') throw new DossierError('emptyPassphrase')
    const found = await tryOpen(passphrase)
    if (!found.record || !found.opened) {
      // A damaged record whose passphrase is right says so (the verifier proved it): the backup helps.
      if (found.record && found.error instanceof DossierError && found.error.code === 'damaged') throw found.error
      throw new DossierError('wrongPassphrase')
    }
    return openStored(found.record, found.opened, passphrase)
  }

  async function openStored(record: StoredRecord, opened: { session: Session, entries: readonly Entry[] }, passphrase: string): Promise<Vault> {
    const { session, entries } = opened
    if (!needsUpgrade(record.kdf, kdf)) return open(session, entries, record.iv)
    // Stronger parameters than the stored ones: re-encrypt now, with a new salt. If that write fails
    // (full storage, another tab), the vault stays as it was and opens all the same.
    try {
      const upgraded = await newSession(passphrase, kdf)
      const next = await seal(upgraded, entries)
      if (await records.compareAndPut(next, record.iv)) return open(upgraded, entries, next.iv)
    }
    catch {}
    return open(session, entries, record.iv)
  }

  async function exportBackup(): Promise<Backup> {
    const raw = await records.read()
    if (raw === undefined) throw new DossierError('missing')
    return backupOf(await parseRecord(raw), now())
  }

  async function inspectBackup(text: string): Promise<BackupCheck> {
    try {
      await readBackup(text)
      return 'ok'
    }
    catch (error) {
      if (error instanceof DossierError && (error.code === 'notBackup' || error.code === 'damaged')) return error.code
      throw error
    }
  }

  async function restoreBackup(text: string, passphrase: string): Promise<Vault> {
    const record = await readBackup(text)
    if (passphrase === '') throw new DossierError('emptyPassphrase')
    const opened = await openRecord(record, passphrase)
    const session = needsUpgrade(record.kdf, kdf) ? await newSession(passphrase, kdf) : opened.session
    const next = await seal(session, opened.entries)
    await records.put(next)
    return open(session, opened.entries, next.iv)
  }

  async function destroy(): Promise<void> {
    current?.lock()
    current = null
    await records.clear()
  }

  return { isSupported, create, unlock, exportBackup, inspectBackup, restoreBackup, destroy }
}

/** The app's dossier, on this device. */
export const dossier = createDossier()
