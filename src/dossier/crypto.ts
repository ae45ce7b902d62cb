import { DossierError } from './errors'

/**
 * Encryption for "Mon dossier", with the browser's WebCrypto only: no library, nothing sent anywhere.
 * The design in one page is in README.md; the reason for each choice is written beside its code.
 */

export interface KdfParams {
  name: 'PBKDF2'
  hash: 'SHA-256'
  iterations: number
}

/**
 * PBKDF2-SHA-256 at OWASP's 2023 figure. It is the only password-based KDF that WebCrypto offers
 * everywhere; the count is what makes each guess slow for someone who copies the stored data and tries
 * passphrases offline. The parameters are stored beside the data and read back, so the count can be
 * raised in a later version: unlocking with the old count still works, then re-encrypts (index.ts).
 */
export const CURRENT_KDF: Readonly<KdfParams> = Object.freeze({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 })

/**
 * Bounds for parameters read back from storage or a backup file. The floor refuses nonsense; the
 * ceiling (about sixteen times today's count) keeps a damaged or hostile file from freezing the device.
 */
export const MIN_ITERATIONS = 1_000
export const MAX_ITERATIONS = 10_000_000

export const SALT_BYTES = 16
export const IV_BYTES = 12
/** Length of an HMAC-SHA-256 verifier and of a SHA-256 check. */
export const DIGEST_BYTES = 32
const PAD_TO = 1024

export interface Keys {
  /** AES-GCM-256, encrypt and decrypt. */
  encryption: CryptoKey
  /** HMAC-SHA-256, sign and verify: the verifier only. */
  verification: CryptoKey
}

/** Base64 strings, as stored. */
export interface Encrypted {
  iv: string
  ciphertext: string
}

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })
const encryptionInfo = encoder.encode('eclaircie notes encryption v1')
const verifierInfo = encoder.encode('eclaircie notes verifier v1')
const verifierLabel = encoder.encode('eclaircie notes verifier v1|')
const additionalData = encoder.encode('eclaircie notes v1')

function subtle(): SubtleCrypto {
  const value = globalThis.crypto?.subtle
  if (!value) throw new DossierError('unsupported')
  return value
}

export function isKdfParams(value: unknown): value is KdfParams {
  if (typeof value !== 'object' || value === null) return false
  const kdf = value as Record<string, unknown>
  return kdf.name === 'PBKDF2' && kdf.hash === 'SHA-256' && typeof kdf.iterations === 'number'
    && Number.isSafeInteger(kdf.iterations) && kdf.iterations >= MIN_ITERATIONS && kdf.iterations <= MAX_ITERATIONS
}

/** True when data sealed with `stored` should be re-encrypted with `current`: never a downgrade. */
export function needsUpgrade(stored: KdfParams, current: KdfParams): boolean {
  return stored.name !== current.name || stored.hash !== current.hash || stored.iterations < current.iterations
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  return bytes
}

/**
 * PBKDF2 yields 256 bits once; HKDF-SHA-256 splits them into two independent keys with distinct labels:
 * AES-GCM for the data, HMAC for the verifier. Asking PBKDF2 for 512 bits instead would run it twice
 * (one block per 256 bits), doubling our cost but not an attacker's, who needs only one block. The raw
 * bits are overwritten as soon as HKDF holds them. Both keys are non-extractable: script can use them
 * but never read them back. The passphrase is NFC-normalised, so the same words typed on two keyboards
 * give the same key; it has no length limit and is never trimmed.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, kdf: KdfParams = CURRENT_KDF): Promise<Keys> {
  if (!isKdfParams(kdf)) throw new DossierError('damaged')
  const api = subtle()
  const material = await api.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits'])
  const bits = new Uint8Array(await api.deriveBits({ name: 'PBKDF2', hash: kdf.hash, salt, iterations: kdf.iterations }, material, 256))
  try {
    const root = await api.importKey('raw', bits, 'HKDF', false, ['deriveKey'])
    const noSalt = new Uint8Array(0)
    const [encryption, verification] = await Promise.all([
      api.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: encryptionInfo }, root,
        { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
      api.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: verifierInfo }, root,
        { name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign', 'verify']),
    ])
    return { encryption, verification }
  }
  finally {
    bits.fill(0)
  }
}

/**
 * JSON-encodes `value`, pads it with spaces to a multiple of 1 KiB (the stored size tells only roughly
 * how much is written, not the length of each note), and encrypts it with AES-GCM-256 under a fresh
 * random 12-byte IV: random 96-bit IVs are safe for far more than the 2^32 writes NIST allows per key.
 * GCM authenticates, so a changed byte anywhere makes decryption fail instead of returning garbage; the
 * additional data names the purpose, so a ciphertext made for something else is refused.
 */
export async function encrypt(key: CryptoKey, value: unknown): Promise<Encrypted> {
  const json = encoder.encode(JSON.stringify(value))
  const padded = new Uint8Array(Math.ceil((json.length + 1) / PAD_TO) * PAD_TO).fill(0x20)
  padded.set(json)
  const iv = randomBytes(IV_BYTES)
  const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData }, key, padded)
  return { iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) }
}

/** Decrypts and parses. Any failure (GCM authentication, encoding, JSON) is DossierError('damaged'). */
export async function decrypt(key: CryptoKey, payload: Encrypted): Promise<unknown> {
  const iv = fromBase64(payload.iv)
  const ciphertext = fromBase64(payload.ciphertext)
  if (!iv || iv.length !== IV_BYTES || !ciphertext) throw new DossierError('damaged')
  try {
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData }, key, ciphertext)
    return JSON.parse(decoder.decode(plain)) as unknown
  }
  catch (cause) {
    throw new DossierError('damaged', { cause })
  }
}

/*
 * Telling a wrong passphrase from damaged data, which both make GCM fail: verifier = HMAC(verifier key,
 * label ‖ salt). A wrong passphrase gives a different key, so the verifier does not match and the data
 * is not even tried; if it matches, the passphrase is right, so a GCM failure can only mean the data
 * changed. This helps no attacker: testing a guess against the verifier costs the same full PBKDF2 run
 * as testing it against the GCM tag.
 */
function verifierInput(salt: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const input = new Uint8Array(verifierLabel.length + salt.length)
  input.set(verifierLabel)
  input.set(salt, verifierLabel.length)
  return input
}

export async function makeVerifier(keys: Keys, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await subtle().sign('HMAC', keys.verification, verifierInput(salt))))
}

/** Constant-time comparison, done by WebCrypto. False for a wrong passphrase. */
export async function checkVerifier(keys: Keys, salt: Uint8Array<ArrayBuffer>, verifier: string): Promise<boolean> {
  const expected = fromBase64(verifier)
  if (!expected || expected.length !== DIGEST_BYTES) return false
  return subtle().verify('HMAC', keys.verification, expected, verifierInput(salt))
}

export interface Header {
  version: number
  kdf: KdfParams
  salt: string
  verifier: string
}

/**
 * Unkeyed SHA-256 of the header. Checked before anything else, it catches a damaged header, which would
 * otherwise look like a wrong passphrase forever. It covers only values stored in clear anyway.
 */
export async function headerCheck(header: Header): Promise<string> {
  const { version, kdf, salt, verifier } = header
  const text = [version, kdf.name, kdf.hash, kdf.iterations, salt, verifier].join('|')
  return toBase64(new Uint8Array(await subtle().digest('SHA-256', encoder.encode(text))))
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** Strict: null for anything that is not canonical padded base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string' || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null
  try {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  }
  catch {
    return null
  }
}
