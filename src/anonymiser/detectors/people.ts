/**
 * Names of people. A first name from the lists, and the capitalised word or initial after it, is a
 * name ("Manon Girard", "Lucas B.", "chloe w"); so is a capitalised word after a title ("Mme Benali",
 * "Mr. Hughes") or after words that introduce a person ("signalé par", "victime :", "son ex", "my
 * friend"). A first name that is also a common word ("Rose", "Pierre", "Grace") counts only after such
 * a word or before a surname; in lower case, only a first name that is no word at all counts alone.
 */
import type { Lexicon } from '../lexicon'
import { after, type Detector, finding, type Finding, isAcronym, isCapitalised, key, onlySpaces, type Word, words } from '../text'
import { neverNames, ordinaryWords, platformWords } from '../words'

// Words after which comes a person, whatever the case of their name.
const strongCueRe = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'signal[ée]e?s? par', 'suivi',
  '(?:son|sa|mon|ma|ton|ta) (?:ex|copain|copine|ami|amie|pote|soeur|sœur|frère|frere|cousin|cousine|mère|mere|père|pere|fils|fille|tante|oncle|collègue|collegue|manager|chef|patron|prof|copain|mec|meuf|compagnon|compagne|conjoint|conjointe|mari|femme|voisin|voisine)',
  'ex', 'un certain', 'une certaine', 'nomm[ée]e?', 'prénomm[ée]e?', 'appel[ée]e?', "s['’]appelle", 'dénomm[ée]e?',
  'reported by', 'called', 'named', 'ask for', 'daughter', 'girlfriend', 'boyfriend', 'sister', 'brother', 'cousin',
  '(?:my|her|his|their|your|our) (?:friend|ex|ex-boyfriend|ex-girlfriend|boyfriend|girlfriend|partner|husband|wife|son|daughter|sister|brother|cousin|mum|mom|dad|mother|father|roommate|coworker|colleague|teacher|manager|boss|neighbour|neighbor)',
  'ex-boyfriend', 'ex-girlfriend', 'ex-partner', 'roommate', 'coworker', 'colleague', 'another pupil', 'older teen',
].join('|')})[,:]?$`, 'iu')

// Nouns that introduce a person only as a label ("victime :", "Child:", "another pupil,").
const labelCueRe = /(?:^|[^\p{L}])(?:victimes?|victims?|child|perp|pupil|student|teen|caller|auteur(?:e)?(?: présumée?)?|agresseur|élèves?|eleves?)[,:]$/iu

// Words after which a capitalised first name counts even when it is also a common word ("de Pierre").
const weakCueRe = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'par', 'de', 'à', 'avec', 'pour', 'au sujet de', 'concernant', 'à propos de', 'appel de', 'eu', 'vu', 'cite',
  'by', 'with', 'w/', 'to', 'from', 'about', 'regarding', 'spoke (?:to|with)', 'talked (?:to|w/|with)', 'met', 'told', 'for',
].join('|')})$`, 'iu')

const lawAfterRe = /^['’]s[ \t\u00a0\u202f]+(?:Law|Act|Bill|Rule)(?!\p{L})/u
const titleRe = /^(?:M|Mme|Mlle|Mr|Mrs|Ms|Miss|Dr|Me|Madame|Monsieur|Mademoiselle|Maître|Maitre)$/u
const particleRe = /^(?:le|la|de|du|des|van|von|da|di|del|ben|el|al|bin|ibn|mac|mc|o)$/iu

/** A capitalised word that may be a surname: not a month, a platform, an acronym or a sentence word. */
function surnameLike(word: Word, lexicon: Lexicon): boolean {
  const k = key(word.text)
  if (word.text.length === 1) return isCapitalised(word.text)
  if (!isCapitalised(word.text) || neverNames.has(k) || platformWords.has(k) || ordinaryWords.has(k)) return false
  return !isAcronym(word.text) || word.text.length === 1 || lexicon.surnames.has(k)
}

/** How far the name goes after its first word: a surname, an initial ("B."), a particle and a surname. */
function extend(note: string, list: Word[], i: number, lexicon: Lexicon, lowerCase: boolean): number {
  let end = list[i]!.end
  let taken = 0
  for (let j = i + 1; j < list.length && taken < 2; j++) {
    const next = list[j]!
    const gap = note.slice(end, next.start)
    if (!(/^[ \t\u00a0\u202f]+$/u.test(gap) || (/^\.[ \t\u00a0\u202f]+$/u.test(gap) && end - list[j - 1]!.start === 1))) break
    const k = key(next.text)
    const initialFollows = isCapitalised(next.text) ? !/^\p{L}/u.test(note.slice(next.end, next.end + 1)) : /^(?:[,;:)]|$)/u.test(note.slice(next.end, next.end + 1))
    if (next.text.length === 1 && /^\p{L}$/u.test(next.text) && (isCapitalised(next.text) || lowerCase) && initialFollows) {
      end = next.end + (note[next.end] === '.' ? 1 : 0)
    }
    else if (particleRe.test(next.text) && list[j + 1] && isCapitalised(list[j + 1]!.text) && onlySpaces(note, next.end, list[j + 1]!.start)) {
      end = list[j + 1]!.end
      j += 1
    }
    else if (surnameLike(next, lexicon) || (lowerCase && lexicon.surnames.has(k))) end = next.end
    else break
    taken += 1
  }
  return end
}

export const people: Detector = (note, lexicon) => {
  const list = words(note)
  const out: Finding[] = []
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!
    const k = key(word.text)
    const capital = isCapitalised(word.text)
    // Part of a pseudonym or a link ("manon.grd", "@lea", "lea_22"): other detectors take it whole.
    if (/[@#/._\-\d]/u.test(note[word.start - 1] ?? '') || /^(?:[._@#][\p{L}\p{N}]|\d)/u.test(note.slice(word.end, word.end + 2))) continue
    // "Mme Benali", "M. L.", "Mr. Hughes": the title and what follows.
    if (titleRe.test(word.text) && capital) {
      const dot = note[word.end] === '.' ? 1 : 0
      const next = list[i + 1]
      if (next && onlySpaces(note, word.end + dot, next.start) && next.start > word.end && surnameLike(next, lexicon)) {
        const end = extend(note, list, i + 1, lexicon, false)
        out.push(finding(note, 'name', word.start, end === next.end && note[end] === '.' && next.text.length === 1 ? end + 1 : end))
        i += 1
      }
      continue
    }
    if (neverNames.has(k) || platformWords.has(k) || isAcronym(word.text)) continue
    // A law named after a person ("Coco's Law", "Sarah's Law", "Megan's Law") is public.
    if (lawAfterRe.test(note.slice(word.end, word.end + 12))) continue
    const grade = lexicon.givenNames.get(k) ?? lexicon.givenNames.get(k.split('-')[0] ?? '')
    const strong = after(note, word.start, strongCueRe) || after(note, word.start, labelCueRe)
    const weak = strong || after(note, word.start, weakCueRe)
    const initial = word.text.length === 1 && capital && note[word.end] === '.'
    const end = extend(note, list, i, lexicon, !capital)
    const withSurname = end > word.end
    const knownSurnameNext = withSurname && lexicon.surnames.has(key(list[i + 1]?.text ?? ''))
    let isName: boolean
    // Not a first name: a capitalised word after "victime :", "son ex", or an initial before a known surname ("T. Morel").
    if (grade === undefined) isName = (capital && strong && !ordinaryWords.has(k) && (!initial || withSurname)) || (initial && knownSurnameNext)
    // "General Data Protection": a common word before a capitalised one is a name only if that one is a known surname.
    else if (capital) isName = grade < 2 || weak || knownSurnameNext
    // In lower case: a first name that is no word at all; one that is a rare word after a cue or before a surname.
    else isName = (grade === 0 && !ordinaryWords.has(k)) || (grade === 1 && (weak || withSurname)) || strong
    if (!isName) continue
    out.push(finding(note, 'name', word.start, end))
    while (i + 1 < list.length && list[i + 1]!.start < end) i += 1
  }
  return out
}
