/**
 * Names of people. A first name from the lists, and the capitalised word or initial after it, is a
 * name ("Manon Girard", "Lucas B.", "chloe w"); so is a capitalised word after a title ("Mme Benali",
 * "Mr. Hughes"), after words that introduce a person ("signalé par", "victime :", "son ex", "my
 * friend", "they call") or before words that describe one ("Grace, his flatmate", "Ruby (yr 10)").
 * A first name that is also a common word ("Rose", "Pierre", "Grace") counts only with such words
 * around it or before a surname or an initial; in lower case, only a first name that is no word at all
 * counts alone.
 */
import type { Lexicon } from '../lexicon'
import { after, type Detector, finding, type Finding, isAcronym, isCapitalised, isTitle, key, onlySpaces, type Word, words } from '../text'
import { neverNames, ordinaryWords, platformWords } from '../words'

// The people around a person, in both languages: after "son", "her" they introduce a name ("son ex,
// Pierre", "her flatmate Grace"), before it they describe one ("Grace, his flatmate").
export const relations = 'ex|ex-boyfriend|ex-girlfriend|ex-partner|ex-copain|ex-copine|copain|copine|ami|amie|pote|soeur|sœur|frère|frere|cousin|cousine|mère|mere|père|pere|fils|fille|tante|oncle|neveu|nièce|niece|collègue|collegue|manager|chef|patron|patronne|prof|mec|meuf|compagnon|compagne|conjoint|conjointe|mari|femme|voisin|voisine|coloc|colocataire|beau-père|belle-mère|demi-frère|demi-sœur|friend|best friend|boyfriend|girlfriend|partner|husband|wife|son|daughter|sister|brother|stepbrother|stepsister|stepdad|stepmum|stepmom|mum|mom|dad|mother|father|aunt|uncle|nephew|grandma|grandad|nan|roommate|flatmate|housemate|coworker|co-worker|colleague|teacher|manager|boss|supervisor|neighbour|neighbor|cousin'

// Words after which comes a person, whatever the case of their name.
const strongCueRe = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'signal[ée]e?s? par', 'suivi',
  `(?:son|sa|mon|ma|ton|ta) (?:${relations})`,
  'ex', 'un certain', 'une certaine', 'nomm[ée]e?', 'prénomm[ée]e?', 'appel[ée]e?', "s['’]appelle", 'dénomm[ée]e?', 'surnomm[ée]e?',
  "(?:qu['’])?(?:il|elle|ils|elles|on) (?:l['’]|les )?appell?e(?:nt)?", 'they call', '(?:he|she|they) calls?', 'nicknamed',
  'reported by', 'called', 'named', 'ask for', 'spoke (?:to|with)', 'talked (?:to|w/|with)', 'speaking (?:to|with)',
  // Someone's relation: "sunny's friend tamsin", "Ffion's mum".
  `\\p{L}+['’]s (?:${relations})`,
  // A note or a message that opens with who writes it: "slt c jade", "hi it's kirsty", "coucou c'est moi, inès".
  "(?:slt|salut|coucou|bonjour|bjr|bonsoir|hello|hi|hey|hiya)[ ,!]+(?:c|c['’]est|cest|ici|moi c['’]est|c['’]est moi,?|it['’]?s|its|this is|i['’]?m)",
  'daughter', 'girlfriend', 'boyfriend', 'sister', 'brother', 'cousin',
  `(?:my|her|his|their|your|our) (?:${relations})`,
  'ex-boyfriend', 'ex-girlfriend', 'ex-partner', 'roommate', 'flatmate', 'coworker', 'colleague', 'another pupil', 'older teen',
].join('|')})[,:]?$`, 'iu')

// Nouns that introduce a person as a label. With a colon, any capitalised word after them ("Victime :
// Jade", "Streamer: Becca", "Contact : Rémi"); with a space only ("eleve lena", "client Siobhan"), a
// first name of the lists, or a capitalised word after the noun in lower case: "Child Focus" and
// "Victim Support" are services.
const labels = 'victimes?|victims?|child|perp|pupil|student|teen|caller|streamer|client|cliente|patient|patiente|contact|témoin|temoin|witness|plaignante?|suspect|mineure?|ado|jeune|auteur(?:e)?(?: présumée?)?|agresseur|élèves?|eleves?|nom|prénom|prenom|(?:first |sur)?name'
// A comma after the noun only for those that never end a clause before a pronoun ("une personne mineure, elle peut").
const labelCueRe = new RegExp(`(?:^|[^\\p{L}])(?:(?:${labels})[ \\u00a0\\u202f]?:|(?:victimes?|victims?|child|perp|pupil|student|teen|caller|auteur(?:e)?(?: présumée?)?|agresseur|élèves?|eleves?),)$`, 'iu')
const labelSpaceCueRe = new RegExp(`(?:^|[^\\p{L}])(${labels})$`, 'iu')
const relationAfterRe = new RegExp(`^,[ \\t\\u00a0\\u202f]*(?:his|her|their|my|our|your|the|a|an|sa|son|ma|mon|leur|notre|votre|un|une)[ \\t\\u00a0\\u202f]+(?:(?:best|former|old|new|ancien|ancienne|meilleure?|nouvelle?|grande?|petite?)[ \\t\\u00a0\\u202f]+)?(?:${relations})(?![\\p{L}-])`, 'iu')
// "Ruby (yr 10)", "Kenza (26 ans)", "Zoe (she/her)": an age, a class or pronouns in brackets after a name.
const aboutAfterRe = /^[ \t\u00a0\u202f]*\([ \t\u00a0\u202f]*(?:\d{1,2}(?:[ \t\u00a0\u202f]*(?:ans?|yo|y\/o|yrs?|years?(?: old)?))?|(?:yr|year|y)[ \t\u00a0\u202f]*\d{1,2}|\d(?:e|ème|eme)(?:[ \t\u00a0\u202f]*\p{Lu})?|she\/her|he\/him|they\/them|iel|il|elle)[ \t\u00a0\u202f]*[,)]/iu
// "sunny's friend", "Ffion's mum": the word before a relation, with a possessive, is a person.
const possessiveRelationRe = new RegExp(`^['’]s[ \\t\\u00a0\\u202f]+(?:(?:best|old|new|former|little|big|older|younger)[ \\t\\u00a0\\u202f]+)?(?:${relations})(?![\\p{L}-])`, 'iu')
// A sign-off at the end of a line or of the note: "bisous, jade", "cheers, kirsty", "merci, Inès".
const signOffRe = /(?:^|[^\p{L}])(?:bisous|bises|biz|bizz|cordialement|amicalement|bien à (?:toi|vous)|à\+|a\+|merci|cheers|thanks|thx|ta|regards|best|love|xx+|xoxo)[ \t\u00a0\u202f]*[,!.-]?$/iu
const lineEndRe = /^[ \t\u00a0\u202f.!]*(?:\n|$)/u
// "victoire (bénévole de l'asso)", "jade (sa sœur)": a first name, in any case, described in brackets.
const roleInBracketsRe = /^[ \t\u00a0\u202f]*\([ \t\u00a0\u202f]*(?:(?:sa|son|ma|mon|her|his|my|the|la|le|l['’])[ \t\u00a0\u202f]+)?(?:bénévole|benevole|volunteer|écoutante?|ecoutante?|écoute|ecoute|permanence|permanente|listener|counsell?or|call handler|helpline|modo|mod|modérat(?:eur|rice)|moderator|caller|appelante?|victime|victim|client|cliente|élève|eleve|pupil|student|collègue|colleague|stagiaire|intern|mère|mere|mum|mom|mother|père|pere|dad|father|sœur|soeur|sister|frère|frere|brother|amie?|friend|copine|copain|cousine?|cousin|tante|aunt|oncle|uncle|ex|voisine?|neighbou?r|coloc|flatmate|prof|teacher|cpe|infirmière|nurse|éducat(?:eur|rice)|educat(?:eur|rice)|assistante? sociale|social worker|psy|psychologue)(?![\p{L}])/iu
// Initials alone: "A.-S. M.", "J.-P. D.", "K.M.-O.", "L.T.", "T. B.", but not "N.B.", "P.S." or "U.K.".
const initialsRe = /(?<![\p{L}\p{N}.])\p{Lu}\.(?:(?:-|[ \t\u00a0\u202f])?\p{Lu}\.)+(?![\p{L}\p{N}])/gu
const notInitials = new Set(['N.B.', 'P.S.', 'A.M.', 'P.M.', 'U.S.', 'U.K.', 'E.U.', 'U.S.A.', 'R.A.S.', 'S.V.P.', 'C.V.', 'B.D.', 'T.V.', 'D.M.', 'O.K.', 'Q.G.', 'S.A.', 'P.J.', 'R.I.P.', 'I.P.', 'N.D.L.R.'])

// "Liam from her old school", "josh from her college": someone from a place the person goes to.
const fromGroupAfterRe = /^[ \t\u00a0\u202f]+(?:from|de)[ \t\u00a0\u202f]+(?:her|his|their|my|our|the same|sa|son|ma|mon|leur)[ \t\u00a0\u202f]+(?:(?:old|former|ancienne?)[ \t\u00a0\u202f]+)?(?:school|college|class|year|uni|halls|team|club|gym|work|job|classe|école|ecole|lycée|lycee|collège|college|fac|boulot|équipe|equipe)(?!\p{L})/iu
// An initial with its dot after a name, in lower case too: "lena d.", "ben t.".
const initialAfterRe = /^[ \t\u00a0\u202f]+\p{L}\.(?![\p{L}\d])/u

// Words after which a capitalised first name counts even when it is also a common word ("de Pierre").
const weakCueRe = new RegExp(`(?:^|[^\\p{L}])(?:${[
  'par', 'de', 'à', 'avec', 'pour', 'chez', 'au sujet de', 'concernant', 'à propos de', 'appel de', 'eu', 'vu', 'cite',
  'by', 'with', 'w/', 'to', 'from', 'about', 'regarding', 'met', 'told', 'for',
].join('|')})$`, 'iu')

const lawAfterRe = /^['’]s[ \t\u00a0\u202f]+(?:Law|Act|Bill|Rule)(?!\p{L})/u
const particleRe = /^(?:le|la|de|du|des|den|der|ten|ter|van|von|da|do|dos|das|di|del|della|ben|el|al|bin|ibn|mac|mc|o)$/iu

/** A capitalised word that may be a surname: not a month, a platform, an acronym or a sentence word. */
function surnameLike(word: Word, lexicon: Lexicon): boolean {
  const k = key(word.text)
  if (word.text.length === 1) return isCapitalised(word.text)
  if (!isCapitalised(word.text) || neverNames.has(k) || platformWords.has(k) || ordinaryWords.has(k)) return false
  return !isAcronym(word.text) || word.text.length === 1 || lexicon.surnames.has(k)
}

/** How far the name goes after its first word: up to three surnames ("Nguyễn Thị Thu Hà"), an initial ("B."), particles and a surname. */
function extend(note: string, list: Word[], i: number, lexicon: Lexicon, lowerCase: boolean): number {
  let end = list[i]!.end
  let taken = 0
  for (let j = i + 1; j < list.length && taken < 3; j++) {
    const next = list[j]!
    const gap = note.slice(end, next.start)
    if (!(/^[ \t\u00a0\u202f]+$/u.test(gap) || (/^\.[ \t\u00a0\u202f]+$/u.test(gap) && end - list[j - 1]!.start === 1))) break
    const k = key(next.text)
    const initialFollows = isCapitalised(next.text) ? !/^\p{L}/u.test(note.slice(next.end, next.end + 1)) : /^(?:[,;:)]|\.(?![\p{L}\d])|$)/u.test(note.slice(next.end, next.end + 2))
    if (next.text.length === 1 && /^\p{L}$/u.test(next.text) && (isCapitalised(next.text) || lowerCase) && initialFollows) {
      end = next.end + (note[next.end] === '.' ? 1 : 0)
    }
    else if (particleRe.test(next.text) && list[j + 1] && isCapitalised(list[j + 1]!.text) && onlySpaces(note, next.end, list[j + 1]!.start)) {
      end = list[j + 1]!.end
      j += 1
    }
    // Two particles: "Van den Broeck", "de la Fuente", "dos Santos" after "Maria".
    else if (particleRe.test(next.text) && list[j + 2] && particleRe.test(list[j + 1]!.text) && isCapitalised(list[j + 2]!.text)
      && onlySpaces(note, next.end, list[j + 1]!.start) && onlySpaces(note, list[j + 1]!.end, list[j + 2]!.start)) {
      end = list[j + 2]!.end
      j += 2
    }
    else if (surnameLike(next, lexicon) || (lowerCase && lexicon.surnames.has(k))) end = next.end
    else break
    taken += 1
  }
  return end
}

/**
 * "Leroy Merlin Villeneuve-d'Ascq", "Carrefour Lomme": words that look like a name but end with a
 * commune that is no one's name are a shop and its town, a workplace.
 */
function brandAndTown(list: Word[], i: number, end: number, lexicon: Lexicon): boolean {
  let j = i + 1
  while (j + 1 < list.length && list[j + 1]!.end <= end) j += 1
  const last = list[j]
  if (!last || j === i || last.end !== end) return false
  const k = key(last.text)
  return lexicon.towns.get(k) === 0 && !lexicon.givenNames.has(k) && !lexicon.surnames.has(k)
}

export const people: Detector = (note, lexicon) => {
  const list = words(note)
  const out: Finding[] = []
  for (const m of note.matchAll(initialsRe)) {
    if (!notInitials.has(m[0].replace(/[\s-]/gu, ''))) out.push(finding(note, 'name', m.index, m.index + m[0].length))
  }
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!
    const k = key(word.text)
    const capital = isCapitalised(word.text)
    // Part of a pseudonym or a link ("manon.grd", "@lea", "lea_22"): other detectors take it whole.
    if (/[@#/._\-\d]/u.test(note[word.start - 1] ?? '') || /^(?:[._@#][\p{L}\p{N}]|\d)/u.test(note.slice(word.end, word.end + 2))) continue
    // "Mme Benali", "M. L.", "Mr. Hughes": the title and what follows.
    if (isTitle(word.text) && capital) {
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
    // A lower-case word that is no first name is never one: most words of a note, so tested first.
    if (!capital && grade === undefined) continue
    const rest = note.slice(word.end, word.end + 60)
    // What follows says it is a person: "Grace, his flatmate", "Ruby (yr 10)", "Liam from her old school".
    const described = (capital && (relationAfterRe.test(rest) || aboutAfterRe.test(rest) || fromGroupAfterRe.test(rest)))
      || ((capital || grade !== undefined) && possessiveRelationRe.test(rest))
      || (grade !== undefined && (roleInBracketsRe.test(rest) || (lineEndRe.test(rest) && after(note, word.start, signOffRe))))
    const strong = after(note, word.start, strongCueRe) || after(note, word.start, labelCueRe) || described
    const label = labelSpaceCueRe.exec((note.slice(Math.max(0, word.start - 30), word.start).split('\n').at(-1) ?? '').trimEnd())?.[1]
    const fromGroup = grade !== undefined && fromGroupAfterRe.test(rest)
    const weak = strong || label !== undefined || after(note, word.start, weakCueRe) || fromGroup
    const initial = word.text.length === 1 && capital && note[word.end] === '.'
    const initialNext = initialAfterRe.test(rest)
    const end = extend(note, list, i, lexicon, !capital)
    const withSurname = end > word.end
    const knownSurnameNext = withSurname && lexicon.surnames.has(key(list[i + 1]?.text ?? ''))
    let isName: boolean
    // Not a first name: a capitalised word after "victime :", "son ex", "client" (in lower case), or an initial before a known surname ("T. Morel").
    if (grade === undefined) isName = (capital && (strong || /^\p{Ll}/u.test(label ?? '')) && !ordinaryWords.has(k) && (!initial || withSurname)) || (initial && knownSurnameNext)
    // "General Data Protection": a common word before a capitalised one is a name only if that one is a known surname.
    else if (capital) isName = grade < 2 || weak || knownSurnameNext || initialNext
    // In lower case: a first name that is no word at all; one that is a rare word after a cue or before a
    // surname; one that is also a common word only with an initial after it ("ben t.").
    else isName = (grade === 0 && !ordinaryWords.has(k)) || (grade === 1 && (weak || withSurname)) || ((strong || fromGroup || initialNext) && !ordinaryWords.has(k))
    if (!isName) continue
    out.push(finding(note, brandAndTown(list, i, end, lexicon) && !strong ? 'place' : 'name', word.start, end))
    while (i + 1 < list.length && list[i + 1]!.start < end) i += 1
  }
  return out
}
