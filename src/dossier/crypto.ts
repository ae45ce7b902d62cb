import { DossierError } from './entries'

/**
 * Encryption for "Mon dossier", with the browser's WebCrypto only (no library, nothing sent anywhere).
 *
 * The choices, and why:
 * - PBKDF2-SHA-256, 600 000 iterations (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256), random 16-byte
 *   salt. It is the only password-based KDF that WebCrypto offers everywhere; the iteration count is
 *   what makes each guess slow for someone who copies the stored data and tries passphrases offline.
 *   The parameters are stored beside the data and read back, so the count can be raised in a later
 *   version: unlocking with the old count still works, and the vault is then re-encrypted (store.ts).
 * - PBKDF2 yields 256 bits once; HKDF-SHA-256 splits them into two independent keys with distinct
 *   labels: an AES-GCM key for the data and an HMAC key for the verifier (below). Asking PBKDF2 for
 *   512 bits instead would run it twice (one block per 256 bits), doubling our cost but not an
 *   attacker's, who needs only one block. The 256 raw bits are overwritten as soon as HKDF holds them.
 * - Both keys are non-extractable CryptoKeys: script can use them but never read them back. They live in
 *   memory only while the vault is unlocked; nothing derived from the passphrase is stored except the
 *   verifier, an HMAC output.
 * - AES-GCM-256, a fresh random 12-byte IV for every write (the whole entry list is re-encrypted on
 *   each change). Random 96-bit IVs are safe for far more than the 2^32 writes NIST allows per key.
 *   GCM authenticates: a changed byte anywhere makes decryption fail instead of returning garbage.
 *   The additional data names the purpose, so a ciphertext made for something else is refused.
 * - Before encryption, the JSON is padded with spaces to a multiple of 1 KiB, so the stored size tells
 *   only roughly how much is written, not the length of each note.
 * - The passphrase is NFC-normalised, so the same words typed on two keyboards give the same key.
 *   It has no length limit and is never trimmed.
 *
 * Telling a wrong passphrase from damaged data (both make GCM fail):
 * - verifier = HMAC-SHA-256(verifier key, label ‖ salt). A wrong passphrase gives a different key, so
 *   the verifier does not match: 'wrongPassphrase', and the data is not even tried. If the verifier
 *   matches, the passphrase is right, so a GCM failure can only mean the data changed: 'damaged'.
 * - check = SHA-256 of the header (version, KDF parameters, salt, verifier), unkeyed. It catches a
 *   damaged header, which would otherwise look like a wrong passphrase forever: checked first, so a
 *   damaged header reports 'damaged' before any passphrase is tried.
 * - Neither helps an attacker: testing a guess against the verifier costs the same full PBKDF2 run as
 *   testing it against the GCM tag, and the check covers only values that are stored in clear anyway.
 */

export interface KdfParams {
  name: 'PBKDF2'
  hash: 'SHA-256'
  iterations: number
}

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
  } finally {
    bits.fill(0)
  }
}

/** JSON-encodes `value`, pads it, and encrypts it under a fresh random IV. */
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
  } catch (cause) {
    throw new DossierError('damaged', { cause })
  }
}

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

/** Unkeyed SHA-256 of the header, to tell a damaged header from a wrong passphrase. */
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
  } catch {
    return null
  }
}

export type Strength = 'weak' | 'fair' | 'strong'

/** Passphrases seen in every leaked list, compared after removing digits, symbols and spaces. */
const common = new Set([
  'password', 'motdepasse', 'azerty', 'qwerty', 'soleil', 'bonjour', 'doudou', 'chouchou', 'loulou',
  'iloveyou', 'jetaime', 'marseille', 'paris', 'admin', 'welcome', 'monkey', 'dragon', 'abc', 'abcdef',
])

/**
 * A simple, honest estimate, not a promise. Several real words are the easiest strong passphrase to
 * remember; a short word dressed up with digits and symbols is not. There is no upper limit.
 * - weak: fewer than 8 characters, fewer than 5 different characters, or a well-known password;
 * - strong: four different words or more, or three words and at least 20 characters, or at least
 *   16 characters mixing three kinds (lower case, upper case, digits, other), or at least 24 characters;
 * - fair: three words, or at least 12 characters, or at least 10 mixing three kinds;
 * - weak otherwise.
 */
export function passphraseStrength(passphrase: string): Strength {
  const chars = [...passphrase.normalize('NFC')]
  const length = chars.length
  const lettersOnly = passphrase.toLowerCase().replace(/[^\p{L}]/gu, '')
  if (length < 8 || new Set(chars).size < 5 || common.has(lettersOnly)) return 'weak'

  const words = new Set(passphrase.toLowerCase()
    .split(/[\s\-_.,;:+/'’]+/u)
    .filter(word => [...word].length >= 3 && /\p{L}/u.test(word)))
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter(kind => kind.test(passphrase)).length

  if (words.size >= 4 || (words.size === 3 && length >= 20) || (length >= 16 && kinds >= 3) || length >= 24) return 'strong'
  if (words.size >= 3 || length >= 12 || (length >= 10 && kinds >= 3)) return 'fair'
  return 'weak'
}
