import { clear, createStore, get, type UseStore } from 'idb-keyval'
import { DossierError } from './errors'
import { isObject, type StoredRecord } from './record'

/**
 * IndexedDB, through idb-keyval, in a database of its own with neutral names. The whole vault is one
 * record under one key. A write puts that one record in one transaction, which is atomic: if the browser
 * refuses it (QuotaExceededError when the disk or the origin's quota is full, or any other failure),
 * the transaction aborts and the previous record stays exactly as it was. So no temporary key is
 * needed, and a failed write leaves what was saved intact.
 */

export const DB_NAME = 'eclaircie-notes'
export const STORE_NAME = 'notes'
export const RECORD_KEY = 'record'

export interface RecordStore {
  /** The stored value as it is, unchecked; undefined when there is none. */
  read(): Promise<unknown>
  /** Puts `record` if the stored record's IV is `expectedIv` (null: no record); false if not. */
  compareAndPut(record: StoredRecord, expectedIv: string | null): Promise<boolean>
  put(record: StoredRecord): Promise<void>
  clear(): Promise<void>
}

/** `open` gives the idb-keyval store (created on first use); every failure becomes a DossierError. */
export function recordStore(open: () => UseStore): RecordStore {
  /** One readwrite transaction; resolves once it has committed, rejects if it aborted. */
  const write = <T>(work: (objects: IDBObjectStore) => () => T): Promise<T> =>
    open()('readwrite', objects => new Promise<T>((resolve, reject) => {
      const transaction = objects.transaction
      const result = work(objects)
      transaction.oncomplete = () => resolve(result())
      transaction.onabort = () => reject(transaction.error ?? new DOMException('Transaction aborted', 'AbortError'))
    }))

  return {
    read: () => guard(() => get(RECORD_KEY, open())),
    // The compare and the put happen in the same transaction, so no other tab can write in between.
    compareAndPut: (record, expectedIv) => guard(() => write((objects) => {
      let written = false
      const request = objects.get(RECORD_KEY)
      request.onsuccess = () => {
        if (ivOf(request.result) !== expectedIv) return
        objects.put(record, RECORD_KEY)
        written = true
      }
      return () => written
    })),
    put: record => guard(() => write((objects) => {
      objects.put(record, RECORD_KEY)
      return () => undefined
    })),
    clear: () => guard(() => clear(open())),
  }
}

/** The default store, on this device. */
export function deviceStore(): UseStore {
  return createStore(DB_NAME, STORE_NAME)
}

function ivOf(value: unknown): string | null {
  return isObject(value) && typeof value.iv === 'string' ? value.iv : null
}

async function guard<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task()
  }
  catch (error) {
    throw storageError(error)
  }
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
