import { clear, createStore, get, type UseStore } from 'idb-keyval'
import {
  CURRENT_KDF, SALT_BYTES, IV_BYTES, DIGEST_BYTES, checkVerifier, decrypt, deriveKey, encrypt, fromBase64,
  headerCheck, isKdfParams, makeVerifier, needsUpgrade, randomBytes, toBase64,
  type KdfParams, type Keys,
} from './crypto'
import {
  DossierError, isoDay, parseStoredEntry, validateEntry,
  type Entry, type EntryBody,
} from './entries'

export { DossierError, type DossierErrorCode } from './entries'
export { CURRENT_KDF, passphraseStrength, type KdfParams, type Strength } from './crypto'

/**
 * "Mon dossier": the encrypted vault on this device (crypto design in crypto.ts, overview in README.md).
 *
 * Storage: IndexedDB through idb-keyval, in a database of its own with neutral names
 * (database 'eclaircie-notes', store 'notes', one key 'record'). The whole vault is ONE record:
 * { version, kdf, salt, verifier, check, iv, data }, all base64 except the KDF parameters. Every write
 * re-encrypts the whole entry list with a fresh IV and puts that one record in one IndexedDB
 * transaction. A transaction is atomic: if the browser refuses the write (QuotaExceededError when the
 * disk or the origin's quota is full, or any other failure), it aborts and the previous record stays
 * exactly as it was. So no temporary key is needed, and a failed write leaves what was saved intact;
 * the vault in memory also keeps its previous entries, so memory and disk agree.
 *
 * Two tabs: each write is a compare-and-swap inside that one transaction (the record's IV must still be
 * the one this vault last read or wrote). If another tab wrote in between, the vault re-reads the record,
 * applies the change again on top, and retries; if the other tab changed the passphrase, restored a
 * backup or deleted everything, this vault locks itself ('locked').
 */

export const DB_NAME = 'eclaircie-notes'
export const STORE_NAME = 'notes'
export const RECORD_KEY = 'record'
export const BACKUP_FORMAT = 'eclaircie-backup'
export const RECORD_VERSION = 1
/** A backup of a few hundred text entries weighs well under a megabyte; anything huge is something else. */
export const MAX_BACKUP_CHARS = 50_000_000

interface StoredRecord {
  version: typeof RECORD_VERSION
  kdf: KdfParams
  salt: string
  verifier: string
  check: string
  iv: string
  data: string
}

/** What is needed to seal the entry list: the keys and the header they belong to. */
interface Session {
  keys: Keys
  kdf: KdfParams
  salt: string
  verifier: string
  check: string
}

export interface Backup {
  /** Neutral: eclaircie-YYYY-MM-DD.json. */
  fileName: string
  /** The file's content: JSON, still encrypted, useless without the passphrase. */
  text: string
  blob: Blob
}

export type BackupCheck = 'ok' | 'notBackup' | 'damaged'

export interface Vault {
  /** True once lock() was called, or the vault was locked by a restore, a deletion or another tab. */
  readonly locked: boolean
  /** The decrypted entries, in the order they were added (summary() sorts them by date). */
  entries(): readonly Entry[]
  /** Validates (throws 'invalidEntry' with `errors`), then saves. */
  add(body: EntryBody): Promise<Entry>
  update(id: string, body: EntryBody): Promise<Entry>
  remove(id: string): Promise<void>
  /** Asks for the current passphrase again, so an unlocked phone left on a table is not enough. */
  changePassphrase(current: string, next: string): Promise<void>
  exportBackup(): Promise<Backup>
  /** Forgets the keys and the decrypted entries. */
  lock(): void
}

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

  function store(): UseStore {
    if (!isSupported()) throw new DossierError('unsupported')
    return idb ??= createStore(DB_NAME, STORE_NAME)
  }

  function isSupported(): boolean {
    return (options.store !== undefined || typeof indexedDB !== 'undefined') && typeof globalThis.crypto?.subtle === 'object'
  }

  async function read(): Promise<unknown> {
    try {
      return await get(RECORD_KEY, store())
    } catch (error) {
      throw storageError(error)
    }
  }

  /** Puts `record` if the stored record's IV is `expectedIv` (null: no record); false if not. */
  async function compareAndPut(record: StoredRecord, expectedIv: string | null): Promise<boolean> {
    try {
      return await store()('readwrite', objects => new Promise<boolean>((resolve, reject) => {
        const transaction = objects.transaction
        let written = false
        const request = objects.get(RECORD_KEY)
        request.onsuccess = () => {
          if (ivOf(request.result) !== expectedIv) return
          objects.put(record, RECORD_KEY)
          written = true
        }
        transaction.oncomplete = () => resolve(written)
        transaction.onabort = () => reject(transaction.error ?? new DOMException('Transaction aborted', 'AbortError'))
      }))
    } catch (error) {
      throw storageError(error)
    }
  }

  async function putRecord(record: StoredRecord): Promise<void> {
    try {
      await store()('readwrite', objects => new Promise<void>((resolve, reject) => {
        const transaction = objects.transaction
        objects.put(record, RECORD_KEY)
        transaction.oncomplete = () => resolve()
        transaction.onabort = () => reject(transaction.error ?? new DOMException('Transaction aborted', 'AbortError'))
      }))
    } catch (error) {
      throw storageError(error)
    }
  }

  const context: VaultContext = {
    kdf,
    now,
    read,
    compareAndPut,
    exportBackup,
  }

  function open(session: Session, entries: readonly Entry[], iv: string): Vault {
    current?.lock()
    current = new VaultImpl(context, session, entries, iv)
    return current
  }

  async function exists(): Promise<boolean> {
    return (await read()) !== undefined
  }

  async function create(passphrase: string): Promise<Vault> {
    if (passphrase.trim() === '') throw new DossierError('emptyPassphrase')
    if (await exists()) throw new DossierError('exists')
    const session = await newSession(passphrase, kdf)
    const record = await seal(session, [])
    if (!await compareAndPut(record, null)) throw new DossierError('exists')
    return open(session, [], record.iv)
  }

  async function unlock(passphrase: string): Promise<Vault> {
    if (passphrase === '') throw new DossierError('emptyPassphrase')
    const raw = await read()
    if (raw === undefined) throw new DossierError('missing')
    const record = await parseRecord(raw)
    const { session, entries } = await openRecord(record, passphrase)
    if (!needsUpgrade(record.kdf, kdf)) return open(session, entries, record.iv)
    // Stronger parameters than the stored ones: re-encrypt now, with a new salt. If that write fails
    // (full storage, another tab), the vault stays as it was and opens all the same.
    try {
      const upgraded = await newSession(passphrase, kdf)
      const next = await seal(upgraded, entries)
      if (await compareAndPut(next, record.iv)) return open(upgraded, entries, next.iv)
    } catch {}
    return open(session, entries, record.iv)
  }

  async function exportBackup(): Promise<Backup> {
    const raw = await read()
    if (raw === undefined) throw new DossierError('missing')
    const record = await parseRecord(raw)
    const text = JSON.stringify({ format: BACKUP_FORMAT, ...record })
    return {
      fileName: `eclaircie-${isoDay(now())}.json`,
      text,
      blob: new Blob([text], { type: 'application/json' }),
    }
  }

  async function inspectBackup(text: string): Promise<BackupCheck> {
    try {
      await readBackup(text)
      return 'ok'
    } catch (error) {
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
    await putRecord(next)
    return open(session, opened.entries, next.iv)
  }

  async function destroy(): Promise<void> {
    current?.lock()
    current = null
    try {
      await clear(store())
    } catch (error) {
      throw storageError(error)
    }
  }

  return { isSupported, exists, create, unlock, exportBackup, inspectBackup, restoreBackup, destroy }
}

interface VaultContext {
  kdf: KdfParams
  now: () => Date
  read: () => Promise<unknown>
  compareAndPut: (record: StoredRecord, expectedIv: string | null) => Promise<boolean>
  exportBackup: () => Promise<Backup>
}

const maxAttempts = 3

class VaultImpl implements Vault {
  #context: VaultContext
  #session: Session | null
  #entries: readonly Entry[]
  #iv: string
  #queue: Promise<unknown> = Promise.resolve()

  constructor(context: VaultContext, session: Session, entries: readonly Entry[], iv: string) {
    this.#context = context
    this.#session = session
    this.#entries = entries
    this.#iv = iv
  }

  get locked(): boolean {
    return this.#session === null
  }

  entries(): readonly Entry[] {
    this.#requireSession()
    return [...this.#entries]
  }

  async add(body: EntryBody): Promise<Entry> {
    const checked = this.#validate(body)
    const stamp = this.#context.now().toISOString()
    const entry: Entry = Object.freeze({ id: newId(), createdAt: stamp, updatedAt: stamp, ...checked })
    return this.#enqueue(async () => {
      await this.#commit(list => [...list, entry])
      return entry
    })
  }

  async update(id: string, body: EntryBody): Promise<Entry> {
    const checked = this.#validate(body)
    return this.#enqueue(async () => {
      let updated: Entry | undefined
      await this.#commit(list => {
        const old = list.find(entry => entry.id === id)
        if (!old) throw new DossierError('notFound')
        const entry: Entry = Object.freeze({ id, createdAt: old.createdAt, updatedAt: this.#context.now().toISOString(), ...checked })
        updated = entry
        return list.map(item => item.id === id ? entry : item)
      })
      return updated!
    })
  }

  async remove(id: string): Promise<void> {
    this.#requireSession()
    return this.#enqueue(() => this.#commit(list => {
      if (!list.some(entry => entry.id === id)) throw new DossierError('notFound')
      return list.filter(entry => entry.id !== id)
    }))
  }

  async changePassphrase(currentPassphrase: string, next: string): Promise<void> {
    const session = this.#requireSession()
    if (next.trim() === '') throw new DossierError('emptyPassphrase')
    return this.#enqueue(async () => {
      const salt = fromBase64(session.salt)!
      const keys = await deriveKey(currentPassphrase, salt, session.kdf)
      if (!await checkVerifier(keys, salt, session.verifier)) throw new DossierError('wrongPassphrase')
      const fresh = await newSession(next, needsUpgrade(session.kdf, this.#context.kdf) ? this.#context.kdf : session.kdf)
      await this.#commit(list => [...list], fresh)
    })
  }

  async exportBackup(): Promise<Backup> {
    this.#requireSession()
    return this.#enqueue(() => this.#context.exportBackup())
  }

  lock(): void {
    this.#session = null
    this.#entries = []
  }

  #requireSession(): Session {
    if (!this.#session) throw new DossierError('locked')
    return this.#session
  }

  #validate(body: EntryBody): EntryBody {
    this.#requireSession()
    const checked = validateEntry(body, this.#context.now())
    if (!checked.ok) throw new DossierError('invalidEntry', { errors: checked.errors })
    return checked.body
  }

  /** One write at a time, in order; a failed one does not block the next. */
  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task)
    this.#queue = run.catch(() => undefined)
    return run
  }

  /**
   * Seals `change(entries)` with a fresh IV and writes it if nobody else wrote since; otherwise re-reads
   * and tries again. Memory changes only after the write succeeded.
   */
  async #commit(change: (list: readonly Entry[]) => Entry[], nextSession?: Session): Promise<void> {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const session = this.#requireSession()
      const list = change(this.#entries)
      const target = nextSession ?? session
      const record = await seal(target, list)
      if (this.#session !== session) throw new DossierError('locked')
      const written = await this.#context.compareAndPut(record, this.#iv)
      if (this.#session !== session) {
        if (written) return
        throw new DossierError('locked')
      }
      if (written) {
        this.#session = target
        this.#entries = list
        this.#iv = record.iv
        return
      }
      await this.#reload(session)
    }
    throw new DossierError('storage')
  }

  /** Another tab wrote: take its entries if it used the same keys, lock otherwise. */
  async #reload(session: Session): Promise<void> {
    const raw = await this.#context.read()
    if (raw === undefined) {
      this.lock()
      throw new DossierError('locked')
    }
    const record = await parseRecord(raw)
    if (record.salt !== session.salt || record.verifier !== session.verifier) {
      this.lock()
      throw new DossierError('locked')
    }
    const entries = parsePayload(await decrypt(session.keys.encryption, { iv: record.iv, ciphertext: record.data }))
    if (this.#session !== session) throw new DossierError('locked')
    this.#entries = entries
    this.#iv = record.iv
  }
}

/* ---- Records ---- */

async function newSession(passphrase: string, kdf: KdfParams): Promise<Session> {
  const saltBytes = randomBytes(SALT_BYTES)
  const keys = await deriveKey(passphrase, saltBytes, kdf)
  const salt = toBase64(saltBytes)
  const verifier = await makeVerifier(keys, saltBytes)
  const check = await headerCheck({ version: RECORD_VERSION, kdf, salt, verifier })
  return { keys, kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations }, salt, verifier, check }
}

async function seal(session: Session, entries: readonly Entry[]): Promise<StoredRecord> {
  const { iv, ciphertext } = await encrypt(session.keys.encryption, { version: RECORD_VERSION, entries })
  const { kdf, salt, verifier, check } = session
  return { version: RECORD_VERSION, kdf: { ...kdf }, salt, verifier, check, iv, data: ciphertext }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function ivOf(value: unknown): string | null {
  return isObject(value) && typeof value.iv === 'string' ? value.iv : null
}

function hasBytes(value: unknown, length: number | 'any'): value is string {
  if (typeof value !== 'string') return false
  const bytes = fromBase64(value)
  return bytes !== null && (length === 'any' ? bytes.length > 16 : bytes.length === length)
}

/** Shape and header check of a stored record or a backup: 'damaged' if anything is off. */
async function parseRecord(value: unknown): Promise<StoredRecord> {
  if (!isObject(value)) throw new DossierError('damaged')
  const { version, kdf, salt, verifier, check, iv, data } = value
  if (version !== RECORD_VERSION || !isKdfParams(kdf) || !hasBytes(salt, SALT_BYTES) || !hasBytes(verifier, DIGEST_BYTES)
    || !hasBytes(check, DIGEST_BYTES) || !hasBytes(iv, IV_BYTES) || !hasBytes(data, 'any')) {
    throw new DossierError('damaged')
  }
  const record: StoredRecord = {
    version, kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations }, salt, verifier, check, iv, data,
  }
  if (await headerCheck(record) !== check) throw new DossierError('damaged')
  return record
}

/** Verifier first ('wrongPassphrase'), then the data ('damaged'). */
async function openRecord(record: StoredRecord, passphrase: string): Promise<{ session: Session, entries: readonly Entry[] }> {
  const salt = fromBase64(record.salt)!
  const keys = await deriveKey(passphrase, salt, record.kdf)
  if (!await checkVerifier(keys, salt, record.verifier)) throw new DossierError('wrongPassphrase')
  const entries = parsePayload(await decrypt(keys.encryption, { iv: record.iv, ciphertext: record.data }))
  const { kdf, verifier, check } = record
  return { session: { keys, kdf, salt: record.salt, verifier, check }, entries }
}

function parsePayload(payload: unknown): readonly Entry[] {
  if (!isObject(payload) || payload.version !== RECORD_VERSION || !Array.isArray(payload.entries)) {
    throw new DossierError('damaged')
  }
  const ids = new Set<string>()
  return payload.entries.map((value: unknown) => {
    const entry = parseStoredEntry(value)
    if (!entry || ids.has(entry.id)) throw new DossierError('damaged')
    ids.add(entry.id)
    return Object.freeze(entry)
  })
}

/** Reads a backup file's text: 'notBackup' for a file from something else, 'damaged' for a broken one. */
async function readBackup(text: string): Promise<StoredRecord> {
  if (typeof text !== 'string' || text.length > MAX_BACKUP_CHARS) throw new DossierError('notBackup')
  const marked = text.includes(BACKUP_FORMAT)
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new DossierError(marked ? 'damaged' : 'notBackup')
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) throw new DossierError(marked ? 'damaged' : 'notBackup')
  return parseRecord(value)
}

function newId(): string {
  return toBase64(randomBytes(16)).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_')
}

/** Maps a storage failure to 'storageFull' (quota, disk full) or 'storage' (anything else). */
export function storageError(error: unknown): DossierError {
  if (error instanceof DossierError) return error
  const { name = '', message = '' } = (isObject(error) || error instanceof Error ? error : {}) as { name?: unknown, message?: unknown }
  const text = `${String(name)} ${String(message)}`
  if (/QuotaExceeded|QUOTA_REACHED|quota|storage (is )?full|disk (is )?full|no space/i.test(text)) {
    return new DossierError('storageFull', { cause: error })
  }
  return new DossierError('storage', { cause: error })
}

/* ---- Idle lock ---- */

export const IDLE_DEFAULT_MINUTES = 5
export const IDLE_MIN_MINUTES = 1
export const IDLE_MAX_MINUTES = 30

export interface IdleLockOptions {
  /** 1 to 30, default 5. */
  minutes?: number
  onLock: () => void
  /** Milliseconds, like Date.now. */
  now?: () => number
  /** Schedules `callback` in `ms` and returns a cancel function. */
  setTimer?: (callback: () => void, ms: number) => () => void
}

export interface IdleLock {
  readonly minutes: number
  /** Call on any input (key, pointer, scroll): resets the countdown. */
  activity(): void
  /**
   * Call when the page becomes visible again: timers sleep with the phone, so this locks at once if the
   * time ran out meanwhile.
   */
  check(): void
  /** Changes the delay (clamped to 1–30) and restarts the countdown. */
  setMinutes(minutes: number): void
  /** Stops without locking (the vault was locked some other way). */
  stop(): void
}

export function clampIdleMinutes(value: number): number {
  if (!Number.isFinite(value)) return IDLE_DEFAULT_MINUTES
  return Math.min(IDLE_MAX_MINUTES, Math.max(IDLE_MIN_MINUTES, Math.round(value)))
}

/**
 * Locks after `minutes` without activity. Activity only records the time; the one timer re-checks when
 * it fires and re-arms for the time left, so a stream of pointer events costs nothing.
 * After it locked, it stays stopped: make a new one at the next unlock.
 */
export function createIdleLock(options: IdleLockOptions): IdleLock {
  const now = options.now ?? Date.now
  const setTimer = options.setTimer ?? ((callback, ms) => {
    const id = setTimeout(callback, ms)
    return () => clearTimeout(id)
  })
  let minutes = clampIdleMinutes(options.minutes ?? IDLE_DEFAULT_MINUTES)
  let last = now()
  let cancel: (() => void) | null = null
  let stopped = false

  const limit = () => minutes * 60_000
  const arm = (ms: number) => {
    cancel?.()
    cancel = setTimer(check, ms)
  }
  function check(): void {
    if (stopped) return
    const idle = now() - last
    if (idle >= limit()) {
      stop()
      options.onLock()
    } else {
      arm(limit() - idle)
    }
  }
  function stop(): void {
    stopped = true
    cancel?.()
    cancel = null
  }

  arm(limit())
  return {
    get minutes() {
      return minutes
    },
    activity() {
      if (!stopped) last = now()
    },
    check,
    setMinutes(value: number) {
      minutes = clampIdleMinutes(value)
      if (stopped) return
      last = now()
      arm(limit())
    },
    stop,
  }
}

/* ---- The app's dossier, on this device ---- */

const dossier = createDossier()

export const isSupported = dossier.isSupported
export const exists = dossier.exists
export const create = dossier.create
export const unlock = dossier.unlock
export const exportBackup = dossier.exportBackup
export const inspectBackup = dossier.inspectBackup
export const restoreBackup = dossier.restoreBackup
export const destroy = dossier.destroy
