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
