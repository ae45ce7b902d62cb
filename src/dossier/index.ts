import type { UseStore } from 'idb-keyval'
import { CURRENT_KDF, isKdfParams, type KdfParams, needsUpgrade } from './crypto'
import type { Entry } from './entries'
import { DossierError } from './errors'
import { deviceStore, recordStore } from './idb'
import { type Backup, type BackupCheck, backupOf, newSession, openRecord, parseRecord, readBackup, seal, type Session } from './record'
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
  exists(): Promise<boolean>
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

  async function exists(): Promise<boolean> {
    return (await records.read()) !== undefined
  }

  async function create(passphrase: string): Promise<Vault> {
    if (passphrase.trim() === '') throw new DossierError('emptyPassphrase')
    if (await exists()) throw new DossierError('exists')
    const session = await newSession(passphrase, kdf)
    const record = await seal(session, [])
    if (!await records.compareAndPut(record, null)) throw new DossierError('exists')
    return open(session, [], record.iv)
  }

  async function unlock(passphrase: string): Promise<Vault> {
    if (passphrase === '') throw new DossierError('emptyPassphrase')
    const raw = await records.read()
    if (raw === undefined) throw new DossierError('missing')
    const record = await parseRecord(raw)
    const { session, entries } = await openRecord(record, passphrase)
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

  return { isSupported, exists, create, unlock, exportBackup, inspectBackup, restoreBackup, destroy }
}

/** The app's dossier, on this device. */
export const dossier = createDossier()
