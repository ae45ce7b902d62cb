import { checkVerifier, deriveKey, fromBase64, type KdfParams, needsUpgrade, randomBytes, toBase64 } from './crypto'
import { type Entry, type EntryBody, validateEntry } from './entries'
import { DossierError } from './errors'
import { type Backup, openEntries, parseRecord, seal, newSession, type Session, type StoredRecord } from './record'

/**
 * An open vault: the keys and the decrypted entries, in memory only until lock().
 *
 * Every change re-encrypts the whole list and writes it as a compare-and-swap on the record's IV (the
 * IV this vault last read or wrote). If another tab wrote in between, the vault re-reads the record,
 * applies the change again on top, and retries; if the other tab changed the passphrase, restored a
 * backup or deleted everything, this vault locks itself ('locked'). Memory changes only once the write
 * succeeded, so memory and disk always agree.
 */

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

/** What a vault needs from the dossier that opened it. */
export interface VaultContext {
  kdf: KdfParams
  now: () => Date
  read: () => Promise<unknown>
  compareAndPut: (record: StoredRecord, expectedIv: string | null) => Promise<boolean>
  exportBackup: () => Promise<Backup>
}

/** Writes lost to other tabs in a row before giving up with 'storage'. */
const maxAttempts = 3

export class VaultImpl implements Vault {
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
      await this.#commit((list) => {
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
    return this.#enqueue(() => this.#commit((list) => {
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
    const entries = await openEntries(session.keys, record)
    if (this.#session !== session) throw new DossierError('locked')
    this.#entries = entries
    this.#iv = record.iv
  }
}

function newId(): string {
  return toBase64(randomBytes(16)).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_')
}
