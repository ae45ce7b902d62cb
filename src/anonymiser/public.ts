/**
 * What is known to be public in a note, and so stays: laws and their articles, courts, prosecutors and
 * police with their towns ("tribunal judiciaire de Brest", "West Yorkshire Police"), helplines and
 * services with their numbers, platforms, countries and nationalities. The anonymiser is safe by
 * default: a capitalised or numbered word that none of this covers is hidden (detectors/doubt.ts), so
 * this list is what keeps a note readable. Nothing here is shown to anyone: it is a keep-list.
 */
import type { Lexicon } from './lexicon'
import { digitsOf, publicNumbers } from './public-numbers'
import { key, SP, W } from './text'

/** A public span; `weak` ones (countries, nationalities) only keep what lies inside them. */
export interface Span { start: number, end: number, weak?: true }

const cap = `\\p{Lu}[\\p{L}\\p{M}'’-]*`
// A town or a district after an institution: capitalised words, hyphenated or joined by "de", "sur"…
const town = `${cap}(?:${SP}+(?:(?:de|du|des|la|le|sur|sous|en|lès|les)${SP}+)?${cap}){0,3}`

// French-speaking justice and police, with their town: "tribunal judiciaire de Brest", "parquet de
// Créteil", "commissariat central de Lyon", "brigade de gendarmerie d'Ambert", "zone de police
// Bruxelles-Nord", "procureur du Roi près le tribunal de première instance de Casablanca".
const frInstitutions = [
  'tribunal(?: judiciaire| de grande instance| pour enfants| correctionnel| de police| de première instance| de premiere instance| administratif| de commerce| d[’\']instance)?',
  'cour d[’\']appel', 'cour d[’\']assises', 'cour de cassation', 'parquet(?: général| general)?(?: (?:national )?(?:des )?mineurs)?', 'ministère public',
  'procureur(?:e)?(?: de la République| du Roi| général| general)?', 'juge (?:des enfants|d[’\']instruction)',
  'commissariat(?: central| de police)?', 'hôtel de police', 'hotel de police', 'poste de police', 'police (?:cantonale|municipale|judiciaire|fédérale|federale|nationale|locale)',
  'zone de police', 'brigade(?: territoriale)?(?: de (?:gendarmerie|recherches|protection des familles))?', 'compagnie de gendarmerie', 'groupement de gendarmerie',
  'gendarmerie(?: nationale)?', 'préfecture(?: de police)?', 'prefecture(?: de police)?', 'maison de justice(?: et du droit)?', 'barreau', 'ordre des avocats',
  'brigade de protection des (?:mineurs|familles)', 'maison de protection des familles', 'mairie', 'hôtel de ville', 'conseil départemental',
  'conseil régional', 'rectorat', 'académie', 'direction académique', 'CAF', 'CPAM', 'France Travail', 'police judiciaire', 'sûreté (?:nationale|urbaine)',
  'gendarmerie royale', 'consulat(?: général)?', 'ambassade',
]
// Written without the i flag, under which \p{Lu} would match lower case too: only the first letter may be a capital.
const firstAnyCase = (alternative: string) => alternative.replace(/^\p{Ll}/u, c => `[${c}${c.toUpperCase()}]`)
const frInstitutionRe = new RegExp(`(?<![${W}])(?:${frInstitutions.map(firstAnyCase).join('|')})(?:${SP}+(?:${cap}|vaudoise|genevoise|fribourgeoise|valaisanne|neuchâteloise|jurassienne|bernoise|zurichoise))?(?:${SP}*(?:(?:de|du|des|de la|d['’]|près le|pres le|à|a)${SP}*)(${town}))?`, 'gu')
// English-speaking police, courts and prosecutors, their place first: "West Yorkshire Police", "Avon and
// Somerset Police", "Durham Constabulary", "Leeds Crown Court", "Geneva cantonal police", "Brussels
// public prosecutor's office"; and those with no place: "Police Scotland", "An Garda Síochána".
const placeWords = `${cap}(?:${SP}+(?:and${SP}+|&${SP}+|of${SP}+(?:the${SP}+)?)?${cap}){0,3}`
const enInstitutionRe = new RegExp(`(?<![${W}])(?:the${SP}+)?${placeWords}${SP}+(?:Police(?:${SP}+Service)?|Constabulary|Crown${SP}+Court|Magistrates['’]?${SP}+Court|County${SP}+Court|Family${SP}+Court|Sheriff${SP}+Court|High${SP}+Court|Youth${SP}+Court|(?:City${SP}+|County${SP}+|Borough${SP}+|District${SP}+)?Council|Garda|(?:cantonal|federal|city|local|state|county|municipal)${SP}+police|(?:public${SP}+)?prosecutor['’]s${SP}+office|police${SP}+(?:force|station|service))(?![${W}])`, 'gu')

// Laws and their articles, in both languages: "article 371/1 du Code pénal", "art. 197 CP", "loi
// 103-13", "section 66B of the Sexual Offences Act 2003", "Coco's Law".
const articleNumber = `[LRD]?\\.?${SP}?\\d+(?:[-./]\\d+)*(?:${SP}?(?:bis|ter|quater|[A-Z]))?(?![${W}])`
const code = `(?:(?:du|de la|des|de l['’]|of the|of)${SP}+)?(?:nouveau${SP}+)?(?:(?:${cap}${SP}+)?(?:Code|code)${SP}+(?:pénal|penal|civil|de procédure pénale|de la justice pénale des mineurs|de l['’]éducation|du travail|de la sécurité intérieure)(?:${SP}+(?:marocain|belge|suisse|français|francais))?|(?:${cap}${SP}+)?Criminal${SP}+Code|CP|CPP|CC)`
const articleRe = new RegExp(`(?<![${W}])(?:articles?|art(?:s|icles?)?\\.?|alin[ée]as?|al\\.|sections?|ss?\\.|§)${SP}*${articleNumber}(?:${SP}*(?:,|et|and|&|à|to)${SP}*${articleNumber})*(?:${SP}+(?:al(?:in[ée]a)?\\.?|§)${SP}*\\d+)?(?:${SP}+${code})?(?:${SP}+(?:of${SP}+the${SP}+)?(?:[\\p{Lu}][\\p{L}'’-]*${SP}+)+(?:Act|Law|Code)(?:${SP}+\\d{4})?)?`, 'giu')
const lawNumberRe = new RegExp(`(?<![${W}])(?:loi|décret|decret|ordonnance|directive|dahir|law)${SP}+(?:(?:organique|n°|no\\.?|nº)${SP}*)*\\d+(?:[-./]\\d+)+`, 'giu')
// A named law: capitalised words (and "and", "of", commas, "(Scotland)") ending in Act, Law or Code,
// with its year: "Harassment, Harmful Communications and Related Offences Act 2020", "Coco's Law".
const lawWord = `(?:${cap}|\\(${cap}(?:${SP}+${cap})*\\))`
const namedLawRe = new RegExp(`(?<![${W}])(?:the${SP}+)?${lawWord}(?:,?${SP}+(?:(?:and|of|from|for|the|on|in|to|with|&)${SP}+)*${lawWord})*${SP}+(?:Act|Law|Bill|Regulations?|Directive|Convention)(?:${SP}+(?:of${SP}+)?\\d{4})?(?![${W}])`, 'gu')
const codeAloneRe = new RegExp(`(?<![${W}])${code}(?![${W}])`, 'gu')

/**
 * Services, helplines, regulators and the names of their schemes, here and abroad (as a note names
 * them when it says where a person was sent). A keep-list, not advice: nothing here is shown.
 */
export const services = [
  // The app itself, and France
  'Éclaircie', 'Point de Contact', 'PHAROS', 'Pharos', 'e-Enfance', 'Net Écoute', 'Net Ecoute', 'France Victimes', 'Cybermalveillance', 'Cybermalveillance.gouv.fr', 'Ma Sécurité',
  'Arrêtons les violences', 'Service-Public.fr', 'Défenseur des droits', 'Défenseure des droits', 'Fil Santé Jeunes', 'Planning familial', 'CIDFF',
  'Enfance en danger', 'Allô enfance en danger', 'Allo enfance en danger', 'Allô Enfance en Danger', 'Allô Enfance', 'Violences Femmes Info',
  'Viols Femmes Informations', 'SAMU', 'Samu', 'Pompiers', 'Google Lens', 'Yandex Images', 'Bing Images', 'Google Images', 'Suicide Écoute', 'SOS Amitié', 'SOS Homophobie', 'Femmes Solidarité',
  'Maison des femmes', 'Aide aux victimes', 'Info Escroqueries', 'THESEE', 'Signal Conso', 'SignalConso', '17Cyber', 'FranceConnect',
  'Éducation nationale', 'Education nationale', 'Ligue des droits de l’Homme', 'Fondation des femmes', 'Stop Fisha', 'StopFisha',
  // Belgium, Switzerland, Luxembourg, Morocco, Canada
  'Child Focus', 'Écoute-Enfants', 'Ecoute-Enfants', 'Écoute Violences Conjugales', 'IEFH', 'Institut pour l’égalité des femmes et des hommes',
  'Institute for the Equality of Women and Men', 'Pro Juventute', 'La Main Tendue', 'Main Tendue', 'Aide aux victimes LAVI', 'LAVI', 'Clickandstop',
  'BEE SECURE', 'Kids Help Phone', 'Cybertip.ca', 'NeedHelpNow', 'Need Help Now', 'Jeunesse, J’écoute', 'Tel-jeunes',
  // United Kingdom, Ireland, United States, international
  'Revenge Porn Helpline', 'Report Harmful Content', 'Report Remove', 'Childline', 'NSPCC', 'Samaritans', 'Victim Support', 'Rape Crisis',
  'Women’s Aid', 'Women\'s Aid', 'National Domestic Abuse Helpline', 'Action Fraud', 'Crimestoppers', 'CEOP', 'Thinkuknow', 'IWF',
  'Internet Watch Foundation', 'Ofcom', 'Information Commissioner’s Office', 'Student Finance England', 'Citizens Advice',
  'Language Line', 'Hotline.ie', 'Coimisiún na Meán', 'Tusla', 'Dublin Rape Crisis Centre', 'Cyber Civil Rights Initiative', 'CCRI', 'NCMEC',
  'CyberTipline', 'Take It Down', 'StopNCII', 'StopNCII.org', 'Interpol', 'INHOPE', 'Transport for London', 'British Transport Police',
  'An Garda Síochána', 'Garda Síochána', 'Police Scotland', 'Police Service of Northern Ireland', 'PSNI', 'Europol', 'Eurojust',
  'ISPCC', 'Pieta', 'Galop', 'National Stalking Helpline', 'Suzy Lamplugh Trust', 'NHS 111', 'Mind', 'RCMP', 'GRC', 'Sûreté du Québec', 'SPVM',
  'Canadian Centre for Child Protection', 'FBI', 'IC3', 'RAINN', 'Arcom', 'OFMIN', 'CNIL', 'CAVAC', 'SOS Viol', 'SOS Viols', 'CPVS', 'Unia', 'fedpol',
  'Fedpol', 'ciao.ch', 'Police-secours', 'Brigade numérique', 'Aide sociale à l’enfance', 'CRIP', 'Croix-Rouge', 'Red Cross', 'Secours populaire',
  'Secours catholique', 'Restos du cœur', 'Emmaüs', 'Armée du Salut', 'Salvation Army', 'Trust & Safety', 'Trust and Safety', 'Safety Center', 'Help Center', 'Family Center',
  // Payment and money services a note names when it says how a sum was asked for
  'Western Union', 'MoneyGram', 'PayPal', 'Lydia', 'Revolut', 'N26', 'TWINT', 'Binance', 'Coinbase', 'Bitcoin', 'Ethereum',
  'Tether', 'USDT', 'Paysafecard', 'Google Play', 'App Store', 'Apple Pay', 'Steam', 'Xbox Live', 'Microsoft Teams', 'Google Meet', 'Google Drive',
  // Mobile money and transfers, in Africa and Europe, and gift cards asked for as payment
  'Wave', 'Orange Money', 'MTN Mobile Money', 'MTN MoMo', 'MoMo', 'Moov Money', 'Airtel Money', 'M-Pesa', 'Wafacash', 'Cash Plus', 'Cashplus',
  'WorldRemit', 'Remitly', 'Skrill', 'Neteller', 'Venmo', 'Cash App', 'Zelle', 'Payconiq', 'Bancontact', 'Bizum', 'Transcash',
  'Neosurf', 'PCS Mastercard', 'Amazon', 'iTunes', 'Apple Gift Card', 'Kraken', 'Bitpanda', 'Monero',
  // Public bodies and helplines of the United Kingdom and Ireland a note names when it says where a person was sent
  'Forced Marriage Unit', 'Karma Nirvana', 'Southall Black Sisters', 'National Crime Agency', 'Home Office', 'Foreign Office', 'FCDO',
  'Crown Prosecution Service', 'Refuge', 'Respect Phoneline', 'Men’s Advice Line', 'Men\'s Advice Line', 'Papyrus', 'YoungMinds', 'Young Minds',
  'Barnardo’s', 'Barnardo\'s', 'Kooth', 'Mermaids', 'Switchboard', 'Stonewall', 'LGBT Foundation', 'Rape Crisis Scotland', 'Scottish Women’s Aid',
  'Live Fear Free', 'Safe Ireland', 'SpunOut', 'Children’s Commissioner', 'Children\'s Commissioner', 'Childline Ireland',
  // Belgium, Switzerland, Morocco
  'Télé-Accueil', 'Tele-Accueil', 'Tele-Onthaal', 'Kind en Gezin', 'Service d’aide à la jeunesse', 'Service d\'aide à la jeunesse',
  'SOS Enfants', 'Praxis', 'Centre de prise en charge des violences sexuelles', 'Violences Sexuelles Info', 'Centre LAVI', 'Opferhilfe',
  'Sûreté nationale', 'DGSN', 'Kolona Pour Elles', 'Association Marocaine des Droits des Femmes', 'AMDF',
]

// The services' names as regular expressions, longest first so that "StopNCII.org" wins over "StopNCII".
// Written as they are spelt (a capital where they have one): "refuge" and "shout" are words.
const serviceRe = new RegExp(`(?<![${W}.@/-])(?:${[...services].sort((a, b) => b.length - a.length).map(s => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, `${SP}+`).replace(/[’']/gu, '[’\']')).join('|')})(?![${W}@]|\\.\\p{L})`, 'gu')

// Nationalities and languages: "a Polish forum", "English-speaking", "Belgian Criminal Code". Countries
// come from the lexicon (ISO 3166-1 names in French and English).
export const nationalities = new Set([
  'french', 'english', 'british', 'irish', 'scottish', 'welsh', 'belgian', 'swiss', 'luxembourgish', 'german', 'dutch', 'flemish', 'italian',
  'spanish', 'portuguese', 'polish', 'romanian', 'ukrainian', 'russian', 'turkish', 'arabic', 'darija', 'berber', 'amazigh', 'moroccan', 'algerian',
  'tunisian', 'senegalese', 'ivorian', 'malian', 'congolese', 'cameroonian', 'nigerian', 'ghanaian', 'vietnamese', 'chinese', 'mandarin',
  'cantonese', 'japanese', 'korean', 'indian', 'pakistani', 'bangladeshi', 'filipino', 'brazilian', 'american', 'canadian', 'quebecois',
  'european', 'african', 'asian', 'muslim', 'christian', 'jewish', 'catholic', 'hindi', 'urdu', 'tamil', 'bengali', 'punjabi', 'somali', 'farsi',
  'persian', 'kurdish', 'albanian', 'greek', 'czech', 'hungarian', 'bulgarian', 'lithuanian', 'latvian', 'estonian', 'finnish', 'swedish',
  'norwegian', 'danish', 'icelandic', 'welsh-speaking', 'gaelic', 'irish-speaking', 'creole', 'lingala', 'wolof', 'swahili', 'yoruba', 'igbo',
  'hausa', 'twi', 'amharic', 'tigrinya', 'latin', 'anglais', 'francais', 'français', 'scots',
])

function add(out: Span[], re: RegExp, note: string) {
  for (const m of note.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].replace(/[ \t\u00a0\u202f]+$/u, '').length })
}

// A country or a nationality, written in one to four words ("Royaume-Uni", "United Kingdom", "Viêt Nam").
const countryWordsRe = new RegExp(`(?<![${W}@#.-])${cap}(?:${SP}+(?:(?:of|the|and|du|de|des|la|le|et)${SP}+|d['’])?${cap}){0,3}`, 'gu')

function countries(note: string, lexicon: Lexicon, out: Span[]) {
  for (const m of note.matchAll(countryWordsRe)) {
    // The longest run of words from the start of the match that is a country.
    const parts = [...m[0].matchAll(/\S+/gu)]
    for (let n = parts.length; n >= 1; n--) {
      const last = parts[n - 1]!
      const text = m[0].slice(0, last.index + last[0].length)
      const k = key(text).replace(/[-\s']/gu, '')
      if (lexicon.countries.has(k) || (n === 1 && (nationalities.has(key(text)) || nationalities.has(key(text).split('-')[0] ?? '')))) {
        out.push({ start: m.index, end: m.index + text.length, weak: true })
        break
      }
    }
  }
}

// A helpline's or a service's number, however it is spaced: "0345 6000 459", "116 123", "0800 1111".
const numberRe = /(?<![\d+])(?:\+|00)?\d[\d \u00a0\u202f.-]{1,16}\d(?!\d)/gu

/** Every span of the note that is known to be public, unsorted and possibly overlapping. */
export function publicSpans(note: string, lexicon: Lexicon): Span[] {
  const out: Span[] = []
  for (const re of [frInstitutionRe, enInstitutionRe, articleRe, lawNumberRe, namedLawRe, codeAloneRe, serviceRe]) add(out, re, note)
  countries(note, lexicon, out)
  for (const m of note.matchAll(numberRe)) {
    // Weak: an emergency number is also a house number ("Rue Gray" and a number).
    if (publicNumbers.has(digitsOf(m[0]))) out.push({ start: m.index, end: m.index + m[0].length, weak: true })
  }
  return out
}
