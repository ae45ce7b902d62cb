/**
 * Safe by default: what the other detectors did not take and the public lexicon (public.ts) does not
 * know is hidden "by doubt", for the moderator to put back with one tap if it is public.
 *
 * - A capitalised word inside a sentence ("…sent by Dawn", "près de Sidi Maârouf"), with the capitalised
 *   words around it ("Nguyễn Thị Thu Hà", "Maria do Céu Ramos", "Hartley & Moss Solicitors").
 * - At the start of a sentence or a line, a capitalised word that is no common word ("Siobhan called",
 *   "Ffion sent"), or that is a first name ("Léa a appelé").
 * - After a colon, a capitalised word that is no common word, or any first name ("HR contact: Bill").
 * - In lower case, a word that is no common word where a name goes ("call w/ eilidh", "mme diallo"),
 *   and after a first name ("lucie ferrand").
 * - A number of six digits or more, or a code of letters and digits ("NFRC261104527", "ref 4K7Q-82MX"),
 *   that is no date, time, amount or public number.
 */
import type { Lexicon } from '../lexicon'
import { defaultChannels } from './accounts'
import { relations } from './people'
import { nationalities, type Span } from '../public'
import { finding, type Finding, type FindingKind, isCapitalised, isTitle, key, type Word, words } from '../text'
import { neverNames, ordinaryWords, platformWords } from '../words'

// Words that join the parts of a name or a place: "Maria do Céu Ramos", "Hartley & Moss", "Siobhán Ní Bhriain".
const connectors = new Set(['de', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ben',
  'ibn', 'el', 'al', 'ni', 'nic', 'mac', 'o', 'of', 'on', 'the', 'la', 'le', 'les', '&', 'y', 'e'])
// The last word of a place's name: "Essex Road", "Canonbury station", "St Aidan's Academy", "Lotus Nails".
const placeTails = new Set(['road', 'rd', 'street', 'st', 'lane', 'avenue', 'ave', 'square', 'close', 'drive', 'way', 'crescent', 'terrace', 'gardens',
  'grove', 'row', 'mews', 'walk', 'hill', 'parade', 'boulevard', 'bd', 'station', 'campus', 'hospital', 'academy', 'school', 'college', 'university',
  'uni', 'club', 'park', 'centre', 'center', 'hall', 'market', 'church', 'parish', 'chapel', 'mosque', 'temple', 'synagogue', 'solicitors', 'nails',
  'pharmacy', 'salon', 'cafe', 'bar', 'pub', 'hotel', 'inn', 'arms', 'gym', 'stadium', 'arena', 'library', 'museum', 'estate', 'quarter', 'village',
  'town', 'bridge', 'green', 'common', 'heath', 'wharf', 'quay', 'retail', 'mall', 'shopping', 'cinema', 'theatre', 'restaurant', 'bakery', 'garage',
  'lycee', 'college', 'ecole', 'gare', 'place', 'rue', 'parc', 'quartier', 'residence', 'cite', 'plage', 'port', 'marche', 'mairie', 'stade',
  'piscine', 'gymnase', 'hopital', 'clinique', 'boissiere', 'nec', 'egx'])
const lowerPlaceTailRe = /^(?:[ \t\u00a0\u202f]+[A-Z]{2,6})?[ \t\u00a0\u202f]+(?:station|campus|club|parish|church|centre|center|hall|park|estate|market|library|gym|hospital|school|college|academy|stadium|arena|mall|bar|pub|café|cafe|branch|store|shop|office|offices|site|gare|stade|campus)(?![\p{L}])/u
// Words before a place: "à", "near", "lives in", "quartier".
const placeBeforeRe = /(?:^|[^\p{L}])(?:à|a|au|aux|en|in|at|near|nr|from|près de|pres de|près du|vers|habite|vit à|lives in|based in|moved to|quartier|quartiers|district|area|cité|cite|lieu-dit|lieudit|village|ville|town|city|outside|opposite|behind|outside the|near the|at the|in the)[ \t\u00a0\u202f]*(?:the|le|la|les|l['’])?[ \t\u00a0\u202f]*$/iu
// Where a lower-case name goes: "call w/ eilidh", "re her pal kirsty", "mme diallo", "avec lucie".
// Also after a relation: "her friend tamsin", "son cousin héritier"; a relation itself is no name ("son cousin").
const relationWords = new Set(relations.split('|'))
const nameBeforeRe = new RegExp(`(?:^|[^\\p{L}])(?:${relations}|w\\/|appel de|call from|call w\\/|spoke to|spoke with|talked to|pal|mate|bestie|copine|copain|pote|amie?|mme|mr|mrs|ms|m\\.|dr|sis|bro|cousin|cousine|soeur|sœur|frère|frere|nièce|niece|neveu|nephew|victime|victim|client|cliente|eleve|élève|pupil|student|caller|appelante?|named|appelée?|nommée?)[ \\t\\u00a0\\u202f]*:?[ \\t\\u00a0\\u202f]*$`, 'iu')
// A number that says how much, how long or when: "1 500 €", "£2,000", "2.1k", "14h40", "6pm", "2nd".
const unitAfterRe = /^[ \t\u00a0\u202f]?(?:€|£|\$|euros?|eur|chf|zł|zl|gbp|usd|dollars?|pounds?|dh|mad|fcfa|xof|cfa|%|km|kg|ko|mo|go|mb|gb|px|cm|ml|members|membres|abonnés|users|followers|vues|views)(?![\p{L}])/iu
const unitBeforeRe = /(?:€|£|\$|chf|eur|usd|gbp)[ \t\u00a0\u202f]?$/iu
const shortCodeRe = /^(?:\d{1,2}h\d{0,2}[-–]\d{1,2}h\d{0,2}|\d+(?:h\d*|min|mn|s|ans?|yo|y|k|m|st|nd|rd|th|er|re|e|ème|eme|x|am|pm|j|d|w|mo|gb|go|km|kg|cm|ml|p|fps|hz|g)|[a-z]\d{1,2}|\d[a-z]{1,2}|v\d+(?:\.\d+)*|mp[34]|h\d{3,4}|b4|2fa|4k|\d+[-–]\d+(?:h|ans|yo)?)$/iu

type Position = 'start' | 'colon' | 'mid'

/** Where a word stands: first in its sentence or line, after a colon or a dash, or inside a sentence. */
function position(note: string, start: number): Position {
  const line = (note.slice(Math.max(0, start - 80), start).split('\n').at(-1) ?? '').replace(/[ \t\u00a0\u202f«“"‘'([*•>]+$/u, '')
  if (line === '' || /(?:^|[ \t])[-–•*>]$/u.test(line) || /(?:^|[ \t])\d{1,2}[.)]$/u.test(line) || /[.!?…|\]]$/u.test(line)) {
    // "M. Ngo", "St. Mary's", "Dr. Okonkwo": a title's dot ends no sentence.
    return /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Mme|Mlle|Me|Prof|Jr|Sr|etc|cf|vs|env|approx|n°|no)\.$/u.test(line) && !/(?:^|[ \t])\d{1,2}\.$/u.test(line) ? 'mid' : 'start'
  }
  if (/[:—–]$/u.test(line) || /(?:^|[ \t])-$/u.test(line)) return 'colon'
  return 'mid'
}

// Capitalised words that say nothing of anyone, wherever they stand.
const alwaysPublic = new Set(['i', 'ok', 'okay', 'lol', 'mdr', 'ptdr', 'rip', 'omg', 'wtf', 'ps', 'nb', 'cc', 'tel', 'year', 'tier', 'level', 'head',
  'internet', 'web', 'wifi', 'wi-fi', 'bluetooth', 'gps', 'story', 'stories', 'reel', 'reels', 'snap', 'snaps', 'dm', 'dms', 'mp', 'mps', 'live',
  'ia', 'ai', 'pdf', 'jpeg', 'png', 'url', 'ip', 'id', 'sms', 'mms', 'rdv', 'asap', 'fyi', 'eta', 'tbc', 'tbd', 'n/a', 'saint-valentin', 'toussaint',
  'halloween', 'ramadan', 'aid', 'nouvel-an', 'new-year', 'robux', 'v-bucks', 'vbucks', 'nft', 'crypto',
  // Abbreviations of quick notes and chats, in both languages.
  'qqch', 'qqn', 'qq', 'pr', 'tt', 'tjr', 'tjrs', 'bcp', 'pcq', 'pck', 'pk', 'jsp', 'mtn', 'slt', 'cv', 'dsl', 'stp', 'svp', 'msg', 'msgs', 'pb', 'cad',
  'ds', 'vs', 'env', 'approx', 'cf', 'ie', 'eg', 'etc', 'ur', 'im', 'idk', 'tbh', 'imo', 'btw', 'pls', 'plz', 'thx', 'ty', 'np', 'irl', 'pic', 'pics',
  'vid', 'vids', 'ig', 'sc', 'nsfw', 'dob', 'yo', 'yrs', 'yr', 'hr', 'hrs', 'min', 'mins', 'pm', 'am', 'tmrw', 'tmr', 'gf', 'bf', 'ex', 'mum', 'mom',
  'dad', 'nan', 'gran', 'lads', 'mates', 'hr', 'rh', 'it', 'gp', 'ae', 'nhs', 'sen', 'senco', 'dsl', 'cpe', 'ase', 'pmi', 'caf', 'cpam', 'cmp', 'cmpp',
  'ime', 'itep', 'mecs', 'pjj', 'spip', 'uk', 'us', 'usa', 'eu', 'ue', 'iban', 'rib', 'bic', 'swift',
  // Keys of a keyboard, named in instructions.
  'sir', 'madam', 'ctrl', 'cmd', 'maj', 'shift', 'alt', 'tab', 'esc', 'entree', 'enter', 'mac', 'pc'])

// Words that end like a verb, a noun of action or an adjective, and so name no one: "Harceleur",
// "Safeguarding", "Impersonation", "Wellbeing", "booked", "interprète".
const wordEndingRe = /(?:er|ers|or|ors|ing|ings|tion|tions|sion|ment|ments|ness|ity|ities|ance|ence|ism|isme|ist|iste|ive|ives|able|ible|ure|ures|ique|iques|ité|ités|aire|aires|eur|eurs|euse|euses|trice|trices|ée|ées|és|ed|ly|ship|hood|ful|less|ères?|ette|ettes|ante|antes)$/u

function isPublicWord(word: string): boolean {
  const k = key(word)
  return alwaysPublic.has(k) || neverNames.has(k) || platformWords.has(k) || nationalities.has(k) || nationalities.has(k.split('-')[0] ?? '')
}

// Inflections of the common words, so that the list of frequent words need not hold them all:
// "Gardez", "Signalez", "Éloignez-vous" (garder, signaler), "Erases", "listens", "booked", "Photos".
// Only for a word that is no known name ("Baker" is a surname, not "bake" + "r").
const inflections: [string, string][] = [
  ['s', ''], ['x', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ied', 'y'], ['ing', ''], ['ing', 'e'], ['er', ''], ['er', 'e'],
  ['ly', ''], ['ante', 'er'], ['antes', 'er'], ['ants', 'er'], ['ez', 'er'], ['ez', 'ir'], ['ez', 're'], ['issez', 'ir'], ['ons', 'er'], ['ent', 'er'], ['es', 'er'], ['e', 'er'], ['ee', 'er'],
  ['ees', 'er'], ['ait', 'er'], ['aient', 'er'], ['ant', 'er'], ['is', 'ir'], ['it', 'ir'], ['ie', 'ir'], ['ment', ''], ['ement', 'er'], ['ements', 'er'],
  ['euse', 'eur'], ['euses', 'eur'], ['trice', 'teur'], ['ive', 'if'], ['ives', 'if'], ['elle', 'el'], ['elles', 'el'], ['enne', 'en'], ['ale', 'al'],
  ['aux', 'al'], ['e', ''], ['ees', ''], ['ee', ''],
]

function inflected(k: string, lexicon: Lexicon): boolean {
  for (const [ending, base] of inflections) {
    if (k.length - ending.length >= 3 && k.endsWith(ending) && lexicon.common.has(k.slice(0, -ending.length) + base)) return true
  }
  // "don't", "I'd", "she'll", "hasn't": the word before the apostrophe (before its "n" for "n't").
  const apostrophe = k.indexOf('\'')
  const base = k.endsWith('n\'t') ? k.slice(0, -3) : k.slice(0, apostrophe)
  return apostrophe > 0 && (lexicon.common.has(base) || lexicon.common.has(k.slice(0, apostrophe)) || k.startsWith('i\''))
}

/** A common word, or common words joined by hyphens ("Ex-partner", "Follow-up", "Rangez-les", not "Sarah-Jane"). */
function isCommon(k: string, lexicon: Lexicon, known = false): boolean {
  if (lexicon.common.has(k) || (!known && inflected(k, lexicon))) return true
  const parts = k.split('-')
  return parts.length > 1 && parts.every(p => p.length <= 2 || lexicon.common.has(p) || inflected(p, lexicon))
    && !parts.some(p => p.length > 2 && (lexicon.givenNames.get(p) ?? 2) < 2)
}

/** Would this capitalised word, where it stands, be hidden? */
function doubtful(note: string, word: Word, lexicon: Lexicon): boolean {
  const k = key(word.text)
  if (isPublicWord(word.text) || isTitle(word.text)) return false
  // "CONTEXTE", "NE PAS", "PHAROS", "CPE": capitals are headings and acronyms, unless a known surname.
  if (!/\p{Ll}/u.test(word.text)) return word.text.length >= 4 && (lexicon.surnames.has(k) || lexicon.givenNames.get(k) === 0)
  const grade = lexicon.givenNames.get(k) ?? lexicon.givenNames.get(k.split('-')[0] ?? '')
  const known = grade !== undefined || lexicon.surnames.has(k)
  // A word that ends like no name's does ("Harceleur", "Safeguarding") and is no known name.
  const common = isCommon(k, lexicon, known) || (!known && k.length >= 6 && wordEndingRe.test(k))
  const where = position(note, word.start)
  // "le serveur Le serveur": a capitalised article with no name after it names nothing.
  if (ordinaryWords.has(k) && !/^[ \t\u00a0\u202f]+\p{Lu}/u.test(note.slice(word.end, word.end + 3))) return false
  // "Counsellor: Bethany", "Rappels :", "Pupil:": at the start of a line, a word before a colon is a
  // label, unless it is a first name (chat lines, "Nyx: banned", are the speakers' detector's).
  if (where === 'start' && /^[ \t\u00a0\u202f]*:/u.test(note.slice(word.end, word.end + 3)) && (grade === undefined || grade === 2)) return false
  switch (where) {
    case 'start': return !common || grade === 0 || grade === 1
    case 'colon': return !common || grade !== undefined
    default: return true
  }
}

export function doubts(note: string, lexicon: Lexicon, taken: readonly Span[]): Finding[] {
  const covered = (start: number, end: number) => taken.some(t => start < t.end && t.start < end)
  const out: Finding[] = []
  const list = words(note)
  const push = (kind: FindingKind, start: number, end: number) => out.push({ ...finding(note, kind, start, end), doubt: true })
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!
    if (covered(word.start, word.end)) continue
    // Part of something else: an address, a handle, a file name.
    if (/[@#/_\d]/u.test(note[word.start - 1] ?? '') || /^[@_]|^\.\p{L}/u.test(note.slice(word.end, word.end + 2))) continue
    if (!isCapitalised(word.text)) {
      const k = key(word.text)
      if (k.length < 3 || isCommon(k, lexicon) || platformWords.has(k) || relationWords.has(k) || isPublicWord(word.text) || wordEndingRe.test(k) || /[éèêàùç]/u.test(word.text.slice(1))) continue
      const before = note.slice(Math.max(0, word.start - 24), word.start)
      const prev = list[i - 1]
      const afterName = prev !== undefined && /^[ \t\u00a0\u202f]+$/u.test(note.slice(prev.end, word.start))
        && (out.some(f => f.end === prev.end && f.kind === 'name') || taken.some(t => t.end === prev.end && note.slice(t.start, t.end) === prev.text && lexicon.givenNames.has(key(prev.text))))
      const last = out.at(-1)
      // "kirsty mcbride": the surname goes with the first name hidden just before it.
      if (afterName && last && last.end === prev.end) out[out.length - 1] = { ...finding(note, 'name', last.start, word.end), doubt: true }
      else if (nameBeforeRe.test(before) || afterName) push('name', word.start, word.end)
      continue
    }
    // An acronym names a service ("CEOP", "CPE"), unless it is a place: "the RCCG parish", "EGX at the NEC".
    if (!/\p{Ll}/u.test(word.text) && word.text.length >= 2 && !isPublicWord(word.text)) {
      const tail = lowerPlaceTailRe.exec(note.slice(word.end, word.end + 24))
      const before = note.slice(Math.max(0, word.start - 16), word.start)
      const atPlace = /(?:^|[^\p{L}])(?:at|near|outside|opposite)(?:[ \t\u00a0\u202f]+the)?[ \t\u00a0\u202f]+$|(?:^|[^\p{L}])(?:from|in)[ \t\u00a0\u202f]+the[ \t\u00a0\u202f]+$/iu.test(before)
        || /^[ \t\u00a0\u202f]+at[ \t\u00a0\u202f]+the[ \t\u00a0\u202f]+\p{Lu}/u.test(note.slice(word.end, word.end + 12))
      if (tail || atPlace) {
        const article = /(?:^|[^\p{L}])([tT]he[ \t\u00a0\u202f]+)$/u.exec(before)
        push('place', article ? word.start - article[1]!.length : word.start, word.end + (tail?.[0].length ?? 0))
        continue
      }
    }
    if (!doubtful(note, word, lexicon)) continue
    // The capitalised words after it, and the small words that join them ("Maria do Céu Ramos").
    let last = i
    for (let j = i + 1; j < list.length; j++) {
      const gap = note.slice(list[j - 1]!.end, list[j]!.start)
      if (!/^(?:['’]s)?[ \t\u00a0\u202f]+(?:&[ \t\u00a0\u202f]+)?$/u.test(gap) && !/^-$/u.test(gap)) break
      const next = list[j]!
      if (covered(next.start, next.end)) break
      if (isCapitalised(next.text) && !isPublicWord(next.text) && (/\p{Ll}/u.test(next.text) || lexicon.surnames.has(key(next.text)))) {
        last = j
        continue
      }
      if (connectors.has(key(next.text)) && list[j + 1] && isCapitalised(list[j + 1]!.text) && !covered(list[j + 1]!.start, list[j + 1]!.end)) continue
      break
    }
    // "Hope Adeyemi", "Grace Okafor": a first name that is also a word, at the start of a sentence,
    // goes with the name hidden after it.
    const prev = list[i - 1]
    const firstName = prev !== undefined && isCapitalised(prev.text) && /^[ \t\u00a0\u202f]+$/u.test(note.slice(prev.end, word.start))
      && !covered(prev.start, prev.end) && lexicon.givenNames.has(key(prev.text)) && !out.some(f => f.end >= prev.end)
    let end = list[last]!.end
    let place = list.slice(i, last + 1).some(w => placeTails.has(key(w.text)) || lexicon.towns.get(key(w.text)) === 0)
    // "Canonbury station", "Paris 18e": what ends a place's name.
    const tail = lowerPlaceTailRe.exec(note.slice(end, end + 24)) ?? /^[ \t\u00a0\u202f]+\d{1,2}(?:e|ème|eme|er)(?![\p{L}\p{N}])/u.exec(note.slice(end, end + 8))
    if (tail) {
      end += tail[0].length
      place = true
    }
    const before = note.slice(Math.max(0, word.start - 40), word.start)
    if (!place && !lexicon.givenNames.has(key(word.text)) && placeBeforeRe.test(before)) place = true
    // "the Old Duke", "the Barras": a place's article goes with it.
    const article = place ? /(?:^|[^\p{L}])(the|The)[ \t\u00a0\u202f]+$/u.exec(before) : null
    const start = firstName ? prev.start : article ? word.start - (before.length - article.index - (article[0].length - article[0].trimStart().length)) : word.start
    push(place ? 'place' : 'name', start, end)
    while (i + 1 < list.length && list[i + 1]!.start < end) i += 1
  }
  // A channel named with a # and shaped like no common hashtag: "#pics-from-school", "#vc-chill", "#leaks59".
  for (const m of note.matchAll(/(?<![\p{L}\p{N}_&#])#\p{L}[\p{L}\p{N}_-]*/gu)) {
    const name = m[0].slice(1)
    if (covered(m.index, m.index + m[0].length) || defaultChannels.has(key(name)) || !/[-_\d]|\p{Ll}\p{Lu}/u.test(name)) continue
    push('space', m.index, m.index + m[0].length)
  }
  // Numbers and codes.
  for (const m of note.matchAll(/(?<![\p{L}\p{N}_@#./-])[\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:(?:[-./]|[ \u00a0\u202f](?=\d))[\p{L}\p{N}]+)*/gu)) {
    const text = m[0].replace(/[.-]+$/u, '')
    const start = m.index
    const end = start + text.length
    if (covered(start, end)) continue
    const digits = text.replace(/\D/gu, '').length
    const letters = /\p{L}/u.test(text)
    if (letters) {
      if (text.length < 5 || digits < 2 || shortCodeRe.test(text) || /^\d{1,2}[:h]\d{2}/u.test(text)) continue
    }
    else {
      if (digits < 6) continue
      // Dates, times and amounts: "2026-11-21", "1 500 000 €".
      if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/u.test(text) || unitAfterRe.test(note.slice(end, end + 12)) || unitBeforeRe.test(note.slice(Math.max(0, start - 4), start))) continue
    }
    push('reference', start, end)
  }
  return out
}
