import { dayOf } from '@/lib/day'
import {
  checkVerifier, decrypt, deriveKey, DIGEST_BYTES, encrypt, fromBase64, headerCheck, isKdfParams, IV_BYTES, type KdfParams,
  type Keys, makeVerifier, randomBytes, SALT_BYTES, toBase64,
} from './crypto'
import { type Entry, parseStoredEntry } from './entries'
import { DossierError } from './errors'

/**
 * The record codec: the one stored record, all base64 except the KDF parameters, sealed from and
 * opened into the entry list; and its backup form, the same record marked with `format`.
 */

export const RECORD_VERSION = 1
export const BACKUP_FORMAT = 'eclaircie-backup'
/** A backup of a few hundred text entries weighs well under a megabyte; anything huge is something else. */
export const MAX_BACKUP_CHARS = 50_000_000

export interface StoredRecord {
  version: typeof RECORD_VERSION
  kdf: KdfParams
  salt: string
  verifier: string
  check: string
  iv: string
  data: string
}

/** What is needed to seal the entry list: the keys and the header they belong to. */
export interface Session {
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

/** New keys from `passphrase` with a new random salt, and the header that goes with them. */
export async function newSession(passphrase: string, kdf: KdfParams): Promise<Session> {
  const saltBytes = randomBytes(SALT_BYTES)
  const keys = await deriveKey(passphrase, saltBytes, kdf)
  const salt = toBase64(saltBytes)
  const verifier = await makeVerifier(keys, saltBytes)
  const check = await headerCheck({ version: RECORD_VERSION, kdf, salt, verifier })
  return { keys, kdf: { name: kdf.name, hash: kdf.hash, iterations: kdf.iterations }, salt, verifier, check }
}

/** The whole entry list, encrypted with a fresh IV, as one record. */
export async function seal(session: Session, entries: readonly Entry[]): Promise<StoredRecord> {
  const { iv, ciphertext } = await encrypt(session.keys.encryption, { version: RECORD_VERSION, entries })
  const { kdf, salt, verifier, check } = session
  return { version: RECORD_VERSION, kdf: { ...kdf }, salt, verifier, check, iv, data: ciphertext }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasBytes(value: unknown, length: number | 'any'): value is string {
  if (typeof value !== 'string') return false
  const bytes = fromBase64(value)
  return bytes !== null && (length === 'any' ? bytes.length > 16 : bytes.length === length)
}

/** Shape and header check of a stored record or a backup: 'damaged' if anything is off. */
export async function parseRecord(value: unknown): Promise<StoredRecord> {
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
export async function openRecord(record: StoredRecord, passphrase: string): Promise<{ session: Session, entries: readonly Entry[] }> {
  const salt = fromBase64(record.salt)!
  const keys = await deriveKey(passphrase, salt, record.kdf)
  if (!await checkVerifier(keys, salt, record.verifier)) throw new DossierError('wrongPassphrase')
  const entries = await openEntries(keys, record)
  const { kdf, verifier, check } = record
  return { session: { keys, kdf, salt: record.salt, verifier, check }, entries }
}

/** Decrypts the entry list of a record with keys already checked against its verifier. */
export async function openEntries(keys: Keys, record: StoredRecord): Promise<readonly Entry[]> {
  const payload = await decrypt(keys.encryption, { iv: record.iv, ciphertext: record.data })
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

/** The backup file of a record, named after the day it is made. */
export function backupOf(record: StoredRecord, now: Date): Backup {
  const text = JSON.stringify({ format: BACKUP_FORMAT, ...record })
  return {
    fileName: `eclaircie-${dayOf(now)}.json`,
    text,
    blob: new Blob([text], { type: 'application/json' }),
  }
}

/** Reads a backup file's text: 'notBackup' for a file from something else, 'damaged' for a broken one. */
export async function readBackup(text: string): Promise<StoredRecord> {
  if (typeof text !== 'string' || text.length > MAX_BACKUP_CHARS) throw new DossierError('notBackup')
  const marked = text.includes(BACKUP_FORMAT)
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  }
  catch {
    throw new DossierError(marked ? 'damaged' : 'notBackup')
  }
  if (!isObject(value) || value.format !== BACKUP_FORMAT) throw new DossierError(marked ? 'damaged' : 'notBackup')
  return parseRecord(value)
}
