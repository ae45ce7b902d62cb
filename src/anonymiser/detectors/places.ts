/**
 * Places: schools and other institutions with their name ("lycée Victor-Hugo de Poitiers", "St Mary's
 * High School", "lycée pro marcel-sembat", "uni of york") and the commune after them, workplaces
 * ("travaille chez Decathlon Lomme", "chauffeur chez Transdev", "works part-time at Tesco Headingley",
 * "manager at Boots"), postal addresses, French communes from the official list, and any capitalised
 * place after words that introduce one ("habite à", "lives in", "from", "location:"). A commune whose name is also a common word
 * (Nice, Tours, Orange) counts only after "à", "de", "in"…; one that is also a first name, likewise.
 */
import type { Lexicon } from '../lexicon'
import { after, anyCase, type Detector, each, finding, type Finding, isAcronym, isCapitalised, isTitle, key, onlySpaces, SP, W, words } from '../text'
import { neverNames, ordinaryWords, platformWords } from '../words'

// A proper name: capitalised words, joined by the small words of place names ("Jean-Moulin", "Henri IV",
// "de la Salle", "St Mary's").
const properWord = `\\p{Lu}[\\p{L}\\p{M}'’-]*`
const proper = `${properWord}(?:${SP}+(?:(?:de|du|des|la|le|les|l['’]|d['’]|en|sur|sous|of|the|and|&)${SP}+)?(?:${properWord}|[IVX]+\\b|\\d{1,3}(?![\\d:h])))*`
// Written without the i flag, under which \p{Lu} would match lower case too.
const institutions = anyCase(['collège', 'college', 'lycée', 'lycee', 'école', 'ecole', 'établissement', 'université', 'universite',
  'fac', 'iut', 'ime', 'itep', 'cfa', 'foyer', 'internat', 'cité scolaire', 'groupe scolaire', 'mecs', 'mjc', 'centre social',
  'centre de loisirs', 'club', 'clinique', 'hôpital', 'hopital', 'ehpad', 'campus', 'résidence', 'residence'])
const qualifiers = `(?:${SP}+(?:pro|professionnel|priv[ée]|public|g[ée]n[ée]ral|agricole|technique|polyvalent|primaire|maternelle|[ée]l[ée]mentaire|catholique|international|sup[ée]rieur|de jeunes travailleurs|d['’]enfants))*`
const institutionRe = new RegExp(`(?<![${W}])(?:[lL]['’])?${institutions}${qualifiers}${SP}+(?:(?:de|du|d['’]|à|a)${SP}*)?(${proper})(?:${SP}+(?:de|d['’]|à|a|in|at)${SP}*(${proper}))?`, 'gu')
const englishSchoolRe = new RegExp(`(?<![${W}])(?:(?:St\\.?|Saint)${SP}+)?(?:\\p{Lu}[\\p{L}'’-]*${SP}+){1,4}(?:High${SP}+School|Middle${SP}+School|Primary${SP}+School|Grammar${SP}+School|Secondary${SP}+School|Sixth${SP}+Form|Academy|College|High|Primary|School|University)(?![${W}])(?:${SP}+in${SP}+\\p{Lu}[\\p{L}-]+)?`, 'gu')
// Workplaces. After "travaille", "works" and a few words ("works part-time at", "bosse le soir chez"):
const workVerbs = anyCase(['travaille', 'bosse', 'bossait', 'travaillait', 'employé', 'employée', 'salarié', 'salariée', 'stage', 'stagiaire', 'job', 'works', 'work', 'working', 'worked', 'employed'])
const workRe = new RegExp(`(?<![${W}])${workVerbs}(?:${SP}+\\p{Ll}[\\p{Ll}-]*){0,2}?${SP}+(?:(?:chez|à|au|a|dans|d['’]un|d['’]une|de|at|for|in)${SP}+)(?:(?:the|le|la|l['’]|un|une)${SP}*)?(${proper})(?:${SP}+(?:à|a|in|de|d['’]|at|near|près de)${SP}*${proper})?`, 'dgu')
// "chauffeur chez Transdev", "caissière chez Auchan Noyelles-Godault": "chez" and a capitalised name
// that is no first name ("chez Sarah" is at Sarah's); in English, a job and "at" ("manager at Boots").
const jobs = anyCase(['manager', 'cashier', 'barista', 'waiter', 'waitress', 'driver', 'nurse', 'teacher', 'intern', 'apprentice', 'employee',
  'staff', 'supervisor', 'boss', 'colleague', 'coworker', 'co-worker', 'volunteer', 'assistant', 'receptionist', 'cleaner', 'shift', 'shifts',
  'job', 'placement', 'internship', 'part-time', 'full-time'])
const chezRe = new RegExp(`(?<![${W}])chez${SP}+(${proper})(?:${SP}+(?:à|a|de|d['’]|près de)${SP}*${proper})?`, 'dgu')
const jobAtRe = new RegExp(`(?<![${W}])${jobs}${SP}+(?:at|for)${SP}+(?:the${SP}+)?(${proper})(?:${SP}+(?:in|at|on|near)${SP}+${proper})?`, 'dgu')
// "her workplace, Boots on Gallowtree Gate", "son boulot : Carrefour".
const workplaceRe = new RegExp(`(?<![${W}])${anyCase(['workplace', 'employer', 'lieu de travail', 'employeur', 'boulot', 'taf', 'entreprise'])}(?:${SP}*[,:(]${SP}*|${SP}+(?:is|est|c['’]est)${SP}+)(${proper})(?:${SP}+(?:on|in|at|à|de|rue)${SP}+${proper})?`, 'dgu')
// "Her location per the report: Bolton", "ville : Arras": a label, a few words, a colon.
const locationRe = new RegExp(`(?<![${W}])${anyCase(['location', 'localisation', 'lieu', 'ville', 'town', 'city', 'area', 'quartier', 'commune', 'village', 'hometown'])}(?![${W}])[^\\n.:;!?]{0,25}?${SP}*:${SP}*(${proper})`, 'dgu')
// "uni of york", "University of Kent", "université de lille", in any case.
const universityRe = new RegExp(`(?<![${W}])(?:uni|univ|university|universit[ée])${SP}+(?:of|de|d['’])${SP}*(\\p{L}[\\p{L}'’-]+)`, 'giu')
// A school named in lower case: a name with a hyphen ("lycée pro marcel-sembat"), or words before a
// commune the lists know ("collège les tilleuls à douai"), so that "au collège le matin" stays.
const lowerInstitutionRe = new RegExp(`(?<![${W}])(?:l['’])?(?:collège|college|lycée|lycee|école|ecole|iut|ime|itep|cfa|foyer|internat|cité scolaire|groupe scolaire|mecs|mjc|clinique|hôpital|hopital|ehpad)${qualifiers}${SP}+(?:(?:de|du|d['’])${SP}*)?(?:(\\p{Ll}+(?:-\\p{Ll}+)+)|((?:(?:les|le|la|l['’]|saint|sainte|st)${SP}*)?\\p{Ll}[\\p{Ll}'’-]+)(?=${SP}+(?:à|a|de|d['’]|in)${SP}*(\\p{Ll}[\\p{Ll}'’-]+)))`, 'gu')
// After a school: its commune in brackets, or after a comma at the end of the brackets ("(Oakfield
// Academy, Stockport)", "lycée pro marcel-sembat (sotteville)").
const bracketTownRe = new RegExp(`^${SP}*\\(${SP}*(\\p{L}[\\p{L}'’-]+(?:${SP}+\\p{L}[\\p{L}'’-]+){0,2})${SP}*\\)`, 'u')
const commaTownRe = new RegExp(`^,${SP}*(${properWord}(?:${SP}+${properWord})?)(?=${SP}*\\))`, 'u')
// A French address: the number, then the street. A word that is only ever a street takes any words
// after it ("12 rue des tilleuls"); one that is also an everyday word takes only a capitalised name,
// with its article ("2 place des Vosges", "3 cours Mirabeau"), so that "3 cours demain", "1 place au
// concours" and "l'art. 123-4 cité dans le report" stay.
const streetsOnly = anyCase(['rue', 'avenue', 'av.', 'bd', 'boulevard', 'allée', 'allee', 'chemin', 'impasse', 'quai', 'lotissement'])
const streetsToo = anyCase(['place', 'cours', 'cité', 'cite', 'square', 'route', 'résidence', 'residence', 'passage', 'promenade', 'parvis'])
const streetArticle = `(?:(?:de${SP}+la|de|du|des|la|le|les|aux)${SP}+|[dlDL]['’])`
const streetName = `${streetArticle}?\\p{Lu}[\\p{L}\\p{M}'’-]+(?:${SP}+${streetArticle}?${properWord}){0,3}`
// No digit, dot, slash or hyphen before the number: "123-4-5" and "3.5" are not house numbers.
const numberAt = `(?<![\\p{L}\\p{N}_.,/-])\\d{1,4}`
const postcodeAfter = `(?:,?${SP}*\\d{5}(?:${SP}+${proper})?)?`
const frenchAddressRe = new RegExp(`${numberAt}(?:${SP}?(?:bis|ter))?,?${SP}+(?:${streetsOnly}(?:${SP}+[\\p{L}'’-]+){1,5}|${streetsToo}${SP}+${streetName})${postcodeAfter}`, 'gu')
// An English address puts the name first: "14 Moorside Road", "22 Baker St", in capitals, so that "2 court
// hearings" and "a 3 way call" stay; in lower case only with a word that is never anything but a street.
const englishStreets = '(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Court|Crescent|Terrace|Gardens|Grove|Place|Row|Mews|Walk|Hill|Square|Parade)'
const ukPostcode = `[A-Z]{1,2}\\d[A-Z\\d]?${SP}\\d[A-Z]{2}`
const englishAddressRe = new RegExp(`${numberAt}[a-zA-Z]?,?${SP}+(?:(?:\\p{Lu}[\\p{L}'’-]*${SP}+){1,3}${englishStreets}\\.?|(?:[\\p{Ll}'’-]{3,}${SP}+){1,2}(?:road|street|avenue|lane))(?![${W}])(?:,?${SP}*${ukPostcode})?`, 'gu')
// "art. 12", "section 3", "§ 2": a number that belongs to a text of law.
const lawNumberBeforeRe = /(?<!\p{L})(?:art(?:icles?)?\.?|sections?|§|alin[ée]as?|al\.|n°|no\.?)[ \t\u00a0\u202f]*$/iu
const postcodeRe = new RegExp(`(?<![${W}])\\d{5}${SP}+(${proper})|(?<![${W}])[A-Z]{1,2}\\d[A-Z\\d]?${SP}\\d[A-Z]{2}(?![${W}])`, 'gu')

// A street named first and numbered after, as in Belgium and Switzerland ("Chaussée de Haecht 318",
// "Avenue Louise 231 bte 4", "Rue Gray 58"), and a French street named without its number ("rue
// Mazelle", "cours Gambetta", "place de la Victoire").
const continentalStreets = anyCase(['rue', 'avenue', 'av.', 'chaussée', 'chaussee', 'boulevard', 'bd', 'place', 'square', 'quai', 'chemin', 'drève', 'dreve', 'clos', 'allée', 'allee', 'impasse', 'rempart', 'galerie', 'parvis', 'route', 'sentier', 'venelle', 'passage', 'cours', 'promenade', 'esplanade', 'rond-point', 'voie', 'ruelle', 'faubourg', 'strasse', 'straat', 'laan', 'weg'])
const continentalAddressRe = new RegExp(`(?<![${W}])${continentalStreets}${SP}+${streetName}(?:${SP}+\\d{1,4}[a-zA-Z]?(?![\\d:h])(?:,?${SP}*(?:bte|boîte|boite|bus|b\\.)${SP}*\\d{1,4})?)?`, 'gu')
// A street of Belgium, the Netherlands, Switzerland or Germany written in one word with its number:
// "Lange Kievitstraat 88", "Meir 12" aside, "Bahnhofstrasse 14", "Frankrijklei 5 bus 2".
const compoundStreetRe = new RegExp(`(?<![${W}])(?:(?:Sint|St|Lange|Korte|Grote|Kleine|Oude|Nieuwe|Hoge|Lage|Sankt|Alte|Neue|Obere|Untere|Hintere|Vordere)${SP}+)?\\p{Lu}[\\p{L}-]*(?:straat|laan|weg|steenweg|plein|lei|dreef|kaai|markt|gracht|singel|dijk|baan|strasse|straße|gasse|platz|allee|ring|ufer|damm|rue)${SP}+\\d{1,4}[a-zA-Z]?(?:${SP}*(?:bus|bte|b\\.)${SP}*\\d{1,4})?(?![${W}])`, 'gu')
// After "address" or "adresse" and a colon, the rest of the line or the sentence, when it has a number:
// "Address Lange Kievitstraat 88, 2018 Antwerpen", "Adresse : 3 impasse des Lilas".
const addressLabelRe = new RegExp(`(?<![${W}])(?:[Aa]ddress|ADDRESS|[Aa]dresse|ADRESSE|[Hh]ome address|[Dd]omicile)(?:${SP}*(?:is|est|:|-|–)(?![${W}]))?${SP}*([\\p{Lu}\\d][^\\n;(]{3,80}?)(?=${SP}*(?:[.;]?${SP}*\\n|[.;]?$|[.;]${SP}))`, 'dgu')
// A flat, a floor, a staircase: "Flat 4", "app. 3", "bât. B".
const unitRe = new RegExp(`(?<![${W}])(?:Flat|flat|Apt\\.?|apt\\.?|Apartment|apartment|Unit|Suite|[aA]pp\\.?|[aA]ppt\\.?|[aA]ppartement|[bB]ât\\.?|[bB]âtiment|[eE]sc\\.?|[eE]scalier|[ée]tage)${SP}*(?:\\d{1,4}[A-Za-z]?|[A-Z])(?![${W}])`, 'gu')
// Belgian, Swiss and Luxembourg postcodes after a comma: ", 1030 Schaerbeek".
const postcode4Re = new RegExp(`(?<=,${SP}*)(?:[BLC]-)?\\d{4}${SP}+${proper}`, 'gu')
// A place of everyday life, by the word before its name: "quartier de la Guillotière", "parc Barbieux",
// "club de voile de Carantec", "bar L'Azimut", "laverie de la rue Mazelle", "lieu-dit Les Granges".
const premises = anyCase(['quartier', 'quartiers', 'parc', 'jardin', 'lieu-dit', 'lieudit', 'hameau', 'cité', 'résidence', 'residence', 'club', 'salle',
  'bar', 'café', 'cafe', 'restaurant', 'resto', 'laverie', 'boulangerie', 'pharmacie', 'supérette', 'superette', 'épicerie', 'epicerie', 'snack', 'kebab',
  'boîte', 'discothèque', 'salon', 'institut', 'église', 'eglise', 'paroisse', 'mosquée', 'mosquee', 'temple', 'synagogue', 'gymnase', 'piscine', 'stade',
  'centre commercial', 'galerie', 'athénée', 'athenee', 'crèche', 'creche', 'garage', 'magasin', 'boutique', 'agence', 'cabinet', 'entreprise', 'usine',
  'entrepôt', 'entrepot', 'hôtel', 'hotel', 'camping', 'gare', 'station', 'arrêt', 'arret', 'porte', 'métro', 'metro', 'marché', 'marche', 'plage', 'bibliothèque', 'médiathèque',
  'conservatoire', 'association', 'asso', 'fédération', 'equipe', 'équipe', 'troupe', 'chorale', 'scouts'])
const premisesRe = new RegExp(`(?<![${W}])(?:[lL]['’])?${premises}(?:${SP}+(?:de|d['’]|du)${SP}*\\p{Ll}[\\p{Ll}-]+){0,2}${SP}*(?:(?:de${SP}+la|de${SP}+l['’]|de|du|des|d['’]|à|a)${SP}*)?(?:(?:${continentalStreets})${SP}+)?(${properWord}(?:${SP}+(?:(?:de|du|des|la|le|les|d['’]|l['’])${SP}*)?${properWord}){0,4})`, 'gu')
// An arrondissement after a town: "Lyon 7e", "Paris 18ème", "Marseille 1er".
const arrondissementRe = new RegExp(`^${SP}+\\d{1,2}(?:e|ème|eme|er)(?![${W}])`, 'u')

// Before a place: "habite à", "vit à", "lives in", "from"…
const strongPlaceCueRe = /(?:^|[^\p{L}])(?:habite|habitent|vit|vivent|domicili[ée]e?s?|originaire|scolaris[ée]e?|install[ée]e?s?|réside|lives|living|moved|moving|based|staying(?: with [^.\n]{1,30})?|grew up|born|(?:est|sont|était|etait|suis|es|is|are|was) (?:à|a|in))(?: (?:à|a|au|en|de|d'|in|to|at|near|from|sur))?$|(?:^|[^\p{L}])(?:caller|student|stays?|lycéenne|lycéen) (?:à|a|au|en|de|d'|in|to|at|near|from|sur)$/iu
const placeCueRe = /(?:^|[^\p{L}])(?:à|a|au|de|d['’]|près de|vers|sur|in|from|near|at|to)$/iu

function townAt(list: ReturnType<typeof words>, i: number, note: string, lexicon: Lexicon): number {
  let best = -1
  let joined = ''
  for (let j = i; j < list.length && j < i + lexicon.townWords; j++) {
    if (j > i && !/^[ \t\u00a0\u202f-]+$/u.test(note.slice(list[j - 1]!.end, list[j]!.start))) break
    joined += (j > i ? '-' : '') + key(list[j]!.text)
    if (lexicon.towns.has(joined)) best = j
  }
  return best
}

export const places: Detector = (note, lexicon) => {
  const out: Finding[] = []
  const span = (start: number, end: number) => out.push(finding(note, 'place', start, end))
  // An institution with no proper name after it ("au collège") says nothing of which one.
  for (const m of note.matchAll(institutionRe)) {
    const name = m[1] ?? ''
    if (platformWords.has(key(name)) || neverNames.has(key(name))) continue
    span(m.index, m.index + m[0].length)
  }
  for (const m of note.matchAll(englishSchoolRe)) span(m.index, m.index + m[0].length)
  for (const m of note.matchAll(universityRe)) if (!ordinaryWords.has(key(m[1] ?? ''))) span(m.index, m.index + m[0].length)
  for (const m of note.matchAll(lowerInstitutionRe)) {
    const town = m[3]
    if (m[1] === undefined && !(town !== undefined && lexicon.towns.get(key(town)) === 0)) continue
    if (ordinaryWords.has(key((m[2] ?? '').replace(/^(?:les|le|la|l['’]|saint|sainte|st)[ \t\u00a0\u202f]*/u, '')))) continue
    span(m.index, m.index + m[0].length)
  }
  // The commune after a school, in brackets or after a comma.
  for (const school of [...out]) {
    const rest = note.slice(school.end, school.end + 48)
    const bracket = bracketTownRe.exec(rest)
    const comma = commaTownRe.exec(rest)
    const town = bracket?.[1] ?? comma?.[1]
    if (!town || town.split(/[ \t\u00a0\u202f]+/u).some(w => ordinaryWords.has(key(w)) || platformWords.has(key(w)) || neverNames.has(key(w))) || isAcronym(town)) continue
    const start = school.end + (bracket ?? comma)![0].indexOf(town)
    span(start, start + town.length)
  }
  const workplace = (re: RegExp, firstNamesToo: boolean) => {
    for (const m of note.matchAll(re)) {
      const name = m[1] ?? ''
      const first = key(name.split(/[ \t\u00a0\u202f]/u)[0] ?? '')
      const start = m.indices?.[1]?.[0] ?? m.index
      if (platformWords.has(first) || neverNames.has(first) || neverNames.has(key(name)) || ordinaryWords.has(first)) continue
      // "chez Sarah", "chez Mme Roux", "chez Marie Dupont": someone's home, and a name the people detector takes.
      if (!firstNamesToo && (lexicon.givenNames.has(first) || isTitle(name.split(/[ \t\u00a0\u202f.]/u)[0] ?? ''))) continue
      span(start, m.index + m[0].length)
    }
  }
  workplace(workRe, true)
  workplace(jobAtRe, true)
  workplace(workplaceRe, true)
  workplace(chezRe, false)
  workplace(locationRe, false)
  const address = (m: RegExpExecArray) => (lawNumberBeforeRe.test(note.slice(Math.max(0, m.index - 12), m.index)) ? undefined : finding(note, 'place', m.index, m.index + m[0].length))
  out.push(...each(frenchAddressRe, note, address))
  // "5 new road signs": in lower case, the words before "road" must not be everyday words.
  out.push(...each(englishAddressRe, note, m => (/\p{Lu}/u.test(m[0]) || !m[0].split(/[ ,]+/u).slice(1, -1).some(w => ordinaryWords.has(w)) ? address(m) : undefined)))
  out.push(...each(postcodeRe, note, m => finding(note, 'place', m.index, m.index + m[0].length)))
  out.push(...each(continentalAddressRe, note, address))
  out.push(...each(unitRe, note, m => finding(note, 'place', m.index, m.index + m[0].length)))
  out.push(...each(compoundStreetRe, note, address))
  for (const m of note.matchAll(addressLabelRe)) {
    const start = m.indices![1]![0]
    if (/\d/u.test(m[1]!)) span(start, start + m[1]!.length)
  }
  out.push(...each(postcode4Re, note, m => finding(note, 'place', m.index, m.index + m[0].length)))
  for (const m of note.matchAll(premisesRe)) {
    const name = m[1] ?? ''
    // "lieu-dit Les Granges": an article first, the name after it.
    const first = key(name.replace(/^(?:les|le|la|l['’]|the)[ \t\u00a0\u202f]*/iu, '').split(/[ \t\u00a0\u202f]/u)[0] ?? '')
    if (platformWords.has(first) || neverNames.has(first) || ordinaryWords.has(first) || isAcronym(name)) continue
    span(m.index, m.index + m[0].length)
  }

  const list = words(note)
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!
    const k = key(word.text)
    if (isAcronym(word.text) || neverNames.has(k) || platformWords.has(k) || ordinaryWords.has(k)) continue
    const capital = isCapitalised(word.text)
    const strongly = after(note, word.start, strongPlaceCueRe)
    const cued = strongly || after(note, word.start, placeCueRe) || /['’]$/u.test(note.slice(word.start - 1, word.start))
    const last = townAt(list, i, note, lexicon)
    if (last >= 0) {
      const joined = list.slice(i, last + 1).map(w => key(w.text)).join('-')
      const ambiguous = lexicon.towns.get(joined) === 2 || (last === i && lexicon.givenNames.has(k))
      if ((capital && (!ambiguous || cued)) || (!capital && ((cued && !ambiguous) || strongly))) {
        span(word.start, list[last]!.end + (arrondissementRe.exec(note.slice(list[last]!.end, list[last]!.end + 8))?.[0].length ?? 0))
        i = last
        continue
      }
    }
    // A place the lists do not know, after "lives in", "habite à", "from"…: capitalised words.
    const introduced = strongly || (/(?:^|[^\p{L}])(?:from|in)$/iu.test(note.slice(Math.max(0, word.start - 6), word.start).trimEnd()) && onlySpaces(note, word.start - 1, word.start))
    if (capital && introduced && !lexicon.givenNames.has(k)) {
      let end = word.end
      for (let j = i + 1; j < list.length && isCapitalised(list[j]!.text) && onlySpaces(note, list[j - 1]!.end, list[j]!.start) && list[j]!.start > list[j - 1]!.end; j++) end = list[j]!.end
      span(word.start, end)
    }
  }
  return out
}
