/**
 * Handles, pseudonyms and the names of servers, groups and channels. A pseudonym is found by its shape
 * ("lune_22", "kev#0912", "dyl4n", "MissScarlett") or by what comes before it ("son snap : manon.grd",
 * "tiktok petitlapin_22", "owner: zayx", "the mods are razor, mxlly and deadlyk").
 */
import { type Detector, each, finding, type Finding, key, SP, W } from '../text'
import { neverNames, ordinaryWords, platformWords } from '../words'

const handleRe = new RegExp(`(?<![${W}.@/\\\\])@([\\p{L}\\p{N}_](?:[${W}.]*[${W}])?)`, 'gu')
const notHandles = new Set(['everyone', 'here'])

// A handle shaped like a domain: "lea-m.bsky.social", and any domain after "bluesky :" or "handle :".
const domainHandleRe = new RegExp(`(?<![${W}.@/])@?[\\p{L}\\p{N}][${W}-]*(?:\\.[${W}-]+)*\\.bsky\\.social(?![${W}.])`, 'gu')
const domainAfterCueRe = new RegExp(`(?<![${W}])(?:bluesky|bsky|mastodon|threads|handle)(?:${SP}+(?:handle|account|compte))?${SP}*:?${SP}*(@?[\\p{L}\\p{N}][${W}-]*(?:\\.[${W}-]+)+)(?![${W}])`, 'giu')

export const handles: Detector = note => [
  ...each(handleRe, note, (m) => {
    const name = m[1] ?? ''
    if (name.length < 2 || name.length > 32 || notHandles.has(name.toLowerCase())) return undefined
    return finding(note, 'handle', m.index, m.index + m[0].length)
  }),
  ...each(domainHandleRe, note, m => finding(note, 'handle', m.index, m.index + m[0].length)),
  ...each(domainAfterCueRe, note, (m) => {
    const start = m.index + m[0].length - m[1]!.length
    return finding(note, 'handle', start, m.index + m[0].length)
  }),
]

const platforms = 'snap(?:chat)?|insta(?:gram)?|ig|tik[ -]?tok|discord|twitch|kik|telegram|twitter|threads|bluesky|reddit|roblox|fortnite|xbox|psn|steam|yubo|bereal|facebook|fb|messenger'
// Naming words: what follows is a pseudonym for sure.
const strongCues = `pseudonymes?|pseudos?|usernames?|user${SP}?names?|display${SP}+names?|noms?${SP}+d[’']utilisat(?:eur|rice)s?|alias|surnomm[ée]e?s?|nicknamed|a\\.k\\.a\\.|aka|gamertag|se${SP}+fait${SP}+appeler|calling${SP}+(?:him|her|them)sel(?:f|ves)|(?:${platforms})${SP}+(?:name|tag|pseudo|username|handle|account|compte|id)`
// Roles: a pseudonym, or the person's first name.
const roleCues = '(?:co-?)?(?:owners?|propriétaires?|admins?|administrat(?:eur|rice)s?|modos?|mods?|modérat(?:eur|rice)s?)'
// Words that may as well be followed by the rest of the sentence: only a name-shaped word counts.
// A platform's name alone ("tiktok petitlapin_22", "Snapchat: connor_bltn") is weak too: "Discord support".
const weakCues = `utilisat(?:eur|rice)s?|users?|comptes?|accounts?|profils?|profiles?|nomm[ée]e?|named|handle|membres?|members?|tag|alts?|${platforms}`
// Another name for someone: "known as" may also name a practice ("what is known as sextortion"), so a
// plain word after it counts only when a person or an account was spoken of just before.
const aliasCues = `(?:also${SP}+)?known${SP}+as|going${SP}+by|goes${SP}+by|go${SP}+by|connue?s?${SP}+sous${SP}+(?:le${SP}+(?:nom|pseudo)${SP}+(?:de${SP}+)?)?`
const cueRe = new RegExp(`(?<![${W}])(?:(${strongCues})|(${roleCues})|(${weakCues})|(${aliasCues}))(?![${W}])((?:${SP}+(?:is|are|was|est|sont|as|c['’]est|called|named|nomm[ée]e?|appel[ée]e?|:))?(?:${SP}*[:=]${SP}*|${SP}+)\\(?)`, 'giu')
// A cue, a few words, then a colon: "son snap à lui : yaniss.off", "le compte qui a posté : kyky.59",
// "pseudo tiktok de l'auteur : le_vrai_bg". Only a name shaped like a pseudonym counts after such a gap.
const gapCueRe = new RegExp(`(?<![${W}])(?:(${strongCues})|${roleCues}|${weakCues})(?![${W}])[^\\n.:;!?()[\\]=«»"]{1,32}?(?<!\\d)${SP}*:${SP}*`, 'giu')
const quotedNameRe = /^(?:«[ \u00a0\u202f]*[^»\n]{1,40}?[ \u00a0\u202f]*»|"[^"\n]{1,40}"|“[^”\n]{1,40}”|`[^`\n]{1,40}`)/u
const nameRe = new RegExp(`^@?[\\p{L}\\p{N}_](?:[${W}.-]*[${W}])?(?:#\\d{4})?(?![${W}])`, 'u')
const listRe = new RegExp(`^(?:${SP}*,${SP}*|${SP}+(?:et|and|&|ou|or)${SP}+)`, 'iu')
const roleWordRe = new RegExp(`^${roleCues}$`, 'iu')
const personBeforeRe = /(?:^|[^\p{L}])(?:users?|members?|accounts?|guy|girl|man|woman|boy|someone|uploader|poster|sender|he|she|they|who|membres?|comptes?|utilisat(?:eur|rice)s?|mec|type|gars|fille|quelqu['’]un|il|elle|qui)(?![\p{L}])/iu
// A word that ends like a verb, an adverb or an adjective ("banned", "pensent", "directly", "bénévoles").
const inflectedRe = /(?:ment|ant|ent|ée?s?|ible|able|ing|ed|ly|ives?|eux|euse|aires?|elles?|iques?|ales?|aux|ons|ez)$/u

/** A name someone chose: digits, underscores, inner dots, a #1234 tag, or a capital inside ("LuneNoire"). */
const shaped = (name: string) => /[\d_]|\.\p{L}|#\d{4}$|\p{Ll}\p{Lu}/u.test(name)

/** Does the word after a cue look like a name someone chose, rather than the rest of the sentence? */
function looksLikeName(name: string, strong: boolean): boolean {
  const bare = name.replace(/^@/, '')
  const lower = bare.toLowerCase()
  if (ordinaryWords.has(lower) || platformWords.has(key(bare)) || neverNames.has(key(bare))) return false
  if (name.startsWith('@') || shaped(bare)) return true
  if (/^\p{Lu}/u.test(bare)) return true
  return strong && bare.length >= 3 && !/(?:ment|ant|ent|ée?s?|ible|able)$/u.test(lower)
}

/** A capitalised word that may be the second word of a pseudonym ("Lapin Bleu", "Papi Chulo"). */
const secondWordRe = new RegExp(`^${SP}+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?![${W}.@#])`, 'u')

export const cuedNames: Detector = (note, lexicon) => {
  const out = []
  for (const m of note.matchAll(cueRe)) {
    let start = m.index + m[0].length
    const sep = m[5] ?? ''
    const alias = m[4] !== undefined
    const role = m[2] !== undefined
    // A role is certain after "owner:", "the mods are"; a weak cue only after a colon ("Account: quietfox").
    const strong = m[1] !== undefined || /[:=]/u.test(sep) || (role && /\p{L}/u.test(sep))
      || (alias && personBeforeRe.test(note.slice(Math.max(0, m.index - 40), m.index).split('\n').at(-1) ?? ''))
    // "les modos sahkii et Brume", "sa co-admin lilix.": a plain word right after a role, when a list
    // follows it or the clause ends with it.
    const bareRole = role && !strong
    const label = m[1] === undefined && m[2] === undefined && !alias
    const rest = note.slice(start, start + 64)
    const quoted = quotedNameRe.exec(rest)
    // After "membre :" a quote is more often what the member wrote than their name.
    if (quoted && (m[1] !== undefined || alias || !/[:=]/.test(m[0]) || looksLikeName(quoted[0].slice(1, -1).trim(), false))) {
      out.push(finding(note, 'username', start, start + quoted[0].length))
      continue
    }
    // One name, or a list of them after a plural ("comptes : a, b et c"); after a singular, only names
    // shaped like pseudonyms continue the list ("pseudo : lune_22, lune_23").
    const plural = /[sx]$/iu.test((m[1] ?? m[2] ?? m[3] ?? '').trim())
    for (let first = true; ; first = false) {
      const name = nameRe.exec(note.slice(start, start + 64))?.[0]
      if (!name) break
      const after = note.slice(start + name.length, start + name.length + 8)
      const listAfter = listRe.exec(after)
      let ok = looksLikeName(name, first ? strong : ((strong || bareRole) && plural) || shaped(name))
      if (!ok && first && bareRole && looksLikeName(name, true) && !inflectedRe.test(name.toLowerCase())) {
        const next = listAfter ? nameRe.exec(note.slice(start + name.length + listAfter[0].length, start + name.length + listAfter[0].length + 64))?.[0] : undefined
        // "owner kaizer et modos lunaa": another role after the list word continues it too.
        ok = (next !== undefined && ((looksLikeName(next, true) && !inflectedRe.test(next.toLowerCase())) || roleWordRe.test(next))) || /^(?:[ \t\u00a0\u202f]*[.,;)!?]|[ \t\u00a0\u202f]*$)/u.test(after)
      }
      if (!ok) break
      // After "compte :", a plain word followed by more words is the sentence going on ("lock it", "verrouillez-le").
      if (first && label && !shaped(name) && /^\p{Ll}/u.test(name) && (/^[ \t\u00a0\u202f]+\p{L}/u.test(note.slice(start + name.length)) || /-(?:le|la|les|moi|toi|lui|nous|vous|leur|y|en)$/u.test(name))) break
      const capitalised = !shaped(name) && /^\p{Lu}/u.test(name)
      const plainFirstName = capitalised && lexicon.givenNames.has(key(name))
      // A nickname given to a person ("surnommée Lili", "nicknamed Jojo") names that person.
      const person = (plainFirstName && (role || /^(?:nomm|named)/iu.test(m[3] ?? ''))) || (capitalised && /^(?:surnomm|nicknamed)/iu.test(m[1] ?? ''))
      let end = start + name.length
      // A pseudonym of two capitalised words after a naming word: "pseudo : Lapin Bleu", "calling himself Papi Chulo".
      const second = m[1] !== undefined && first && capitalised ? secondWordRe.exec(note.slice(end, end + 40)) : null
      if (second && looksLikeName(second[1]!, false) && !lexicon.givenNames.has(key(second[1]!))) end += second[0].length
      out.push(finding(note, person ? 'name' : 'username', start, end))
      const list = listRe.exec(note.slice(end, end + 8))
      if (!list || end !== start + name.length) break
      start += name.length + list[0].length
    }
  }
  for (const m of note.matchAll(gapCueRe)) {
    const start = m.index + m[0].length
    const name = nameRe.exec(note.slice(start, start + 64))?.[0]
    if (name && /\p{L}/u.test(name) && looksLikeName(name, false) && (shaped(name) || (m[1] !== undefined && /^\p{Lu}/u.test(name)))) out.push(finding(note, 'username', start, start + name.length))
  }
  return out
}

const tagRe = new RegExp(`(?<![${W}.@#])@?[\\p{L}\\p{N}_.]{2,32}#\\d{4}(?!\\d)`, 'gu')
const redditRe = new RegExp(`(?<![${W}/.])/?u/[A-Za-z0-9_-]{3,20}(?![${W}-])`, 'gu')
const tokenRe = new RegExp(`(?<![${W}.@/#-])[\\p{L}\\p{N}_](?:[${W}.]*[${W}])?(?![${W}@]|\\.\\p{L})`, 'gu')

// "rapport.v2.pdf", "img.2034.jpg": a file's name.
const fileTypeRe = /\.(?:pdf|jpe?g|png|gif|webp|heic|mp4|mov|avi|zip|docx?|odt|txt|html?|csv|xlsx?)$/iu

/**
 * Words shaped like chosen names, wherever they are: underscores ("xX_lune_Xx"), letters mixed with
 * digits after the first three letters ("darkvador59", "h4rv3y", but not "3e", "CM2", "17Cyber" or
 * "66B"), lower-case words with dots and digits ("kyky.59"), and a capital inside a word that is no
 * brand ("MissScarlett", not "TikTok").
 */
function chosenShape(token: string): boolean {
  if (token.length > 40 || !/\p{L}/u.test(token)) return false
  if (/_/.test(token)) return true
  if (platformWords.has(key(token))) return false
  if (/^\p{L}{2,}\d*\p{L}*\d[\p{L}\d]*$/u.test(token) && /\p{Ll}/u.test(token) && /\p{L}.*\p{L}.*\p{L}/u.test(token)) return true
  // Words joined by two dots or more ("xo.mason.xo", "les.secrets.du.college"), not "a.k.a." or "U.S.A.".
  if (/^\p{L}[\p{L}\d]*(?:\.[\p{L}\d]+){2,}$/u.test(token) && token.split('.').filter(part => part.length >= 2).length >= 2 && !fileTypeRe.test(token)) return true
  // Three letters or more, then dots with digits ("kyky.59", "neko2.0", "bast.1en"), not "v2.0" or "art.226".
  if (/^\p{Ll}{3,}[\p{Ll}\d]*(?:\.[\p{Ll}\d]+)+$/u.test(token) && /\.[\p{Ll}\d]*\d|\d.*\./u.test(token) && !/^art\./u.test(token) && !fileTypeRe.test(token)) return true
  return /^\p{Lu}?\p{Ll}+\p{Lu}\p{Ll}+/u.test(token) && !/^(?:Mc|Mac|De|Di|La|Le|Van|Von|O)\p{Lu}/u.test(token)
}

export const shapedNames: Detector = note => [
  ...each(tagRe, note, m => finding(note, 'username', m.index, m.index + m[0].length)),
  ...each(redditRe, note, m => finding(note, 'username', m.index, m.index + m[0].length)),
  ...each(tokenRe, note, m => (chosenShape(m[0]) ? finding(note, 'username', m.index, m.index + m[0].length) : undefined)),
]

// ---------------------------------------------------------------------------------------------------
// Servers, groups and channels, named in quotes, with a # or with capitals after the word that
// introduces them. A single lower-case word ("leaks", « demande-pack ») names a kind of channel found
// everywhere, so it stays, unless it holds a town's name.

const spaceCue = `serveurs?|server['’]s|servers?|salons?|channels?|groupes?|group${SP}+chats?|groups?|canal|canaux|chaînes?|subreddits?|communautés?|communit(?:y|ies)|conv(?:ersation)?s?`
const spaceRe = new RegExp(`(?<![${W}])(?:${spaceCue})(?:${SP}+(?:${platforms}|whatsapp|privée?s?|priv[ée]s?|public|publique|vocal|discord))?(?:${SP}+(?:is|est|was|s['’]appelle|called|named|nomm[ée]e?|appel[ée]e?|intitul[ée]e?))?${SP}*[:=]?${SP}*\\(?`, 'giu')
const quotedSpaceRe = /^(?:«[ \u00a0\u202f]*[^»\n]{1,60}?[ \u00a0\u202f]*»|"[^"\n]{1,60}"|“[^”\n]{1,60}”|'[^'\n]{1,40}')/u
const channelRe = new RegExp(`^#[${W}-]+`, 'u')
const capsRe = new RegExp(`^\\p{Lu}[${W}'’&-]*(?:${SP}+(?:\\p{Lu}[${W}'’&.-]*|\\d+(?:\\.\\d+)?|&|de|du|des|la|le|of|the))*`, 'u')
// A channel named with its # after "in", "dans" ("posted 5 images in #selfies"); a # after "sur" or
// "on" is more often a public hashtag.
const bareChannelRe = new RegExp(`(?<![${W}])(?:in|into|dans|from)${SP}+(?:the${SP}+|le${SP}+salon${SP}+)?(#\\p{L}[${W}-]*)`, 'giu')
const articles = new Set(['les', 'le', 'la', 'l', 'the'])
export const defaultChannels = new Set(['general', 'annonces', 'announcements', 'rules', 'regles', 'bienvenue', 'welcome', 'off-topic', 'memes', 'media', 'medias'])

/** "Stash 2.0", "Les Dossiers du 93", "The Basement": not a platform, not a sentence going on ("Le serveur"). */
function capitalisedName(parts: string[]): boolean {
  const [first = '', second = ''] = parts.map(p => key(p))
  if (platformWords.has(first)) return false
  if (!ordinaryWords.has(first)) return true
  return articles.has(first) && /^\p{Lu}/u.test(parts[1] ?? '') && !ordinaryWords.has(second) && !platformWords.has(second)
}

// A subreddit: "r/LillePrivéLeaks". One named by a capital inside, a digit or a town is someone's
// space; a plain word ("r/relationships") may be public, and is hidden by doubt.
const subredditRe = new RegExp(`(?<![${W}/.])/?r/[\\p{L}\\p{N}_]{2,21}(?![${W}/])`, 'gu')

export const spaces: Detector = (note, lexicon) => {
  const out = each(subredditRe, note, (m) => {
    const name = m[0].replace(/^\/?r\//u, '')
    const found = finding(note, 'space', m.index, m.index + m[0].length)
    return /\p{Ll}\p{Lu}|\d|_/u.test(name) || name.split(/(?=\p{Lu})/u).some(part => lexicon.towns.has(key(part))) ? found : { ...found, doubt: true as const }
  })
  out.push(...each(bareChannelRe, note, (m) => {
    const hash = m[1] ?? ''
    const start = m.index + m[0].length - hash.length
    return defaultChannels.has(key(hash.slice(1))) ? undefined : finding(note, 'space', start, start + hash.length)
  }))
  for (const m of note.matchAll(spaceRe)) {
    let start = m.index + m[0].length
    for (;;) {
      const rest = note.slice(start, start + 80)
      const quoted = quotedSpaceRe.exec(rest)?.[0]
      const hash = channelRe.exec(rest)?.[0]
      const caps = capsRe.exec(rest)?.[0].replace(/[ \u00a0\u202f]+(?:de|du|des|la|le|of|the)$/u, '')
      let text: string | undefined
      if (quoted) {
        const inner = quoted.slice(1, -1).trim()
        const generic = /^[\p{Ll}-]+$/u.test(inner) && !inner.split('-').some(part => lexicon.towns.has(part))
        if (!generic) text = quoted
      }
      else if (hash && !defaultChannels.has(key(hash.slice(1)))) text = hash
      else if (caps && capitalisedName(caps.split(/[ \u00a0\u202f]+/u))) text = caps
      if (text) out.push(finding(note, 'space', start, start + text.length))
      const next = listRe.exec(note.slice(start + (text?.length ?? quoted?.length ?? 0), start + (text?.length ?? quoted?.length ?? 0) + 8))
      if (!quoted || !next) break
      start += quoted.length + next[0].length
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// Chat exports: "[22:41] vnll : tu reconnais…", "jaybo: u up". A word that starts two lines or more,
// before a colon, is someone speaking: a first name, or a pseudonym.

const speakerRe = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}[:h]\d{2}[ \t]*[-–]?[ \t]*)?([\p{L}\p{N}_.-]{2,24})[ \t\u00a0\u202f]?:(?!\/\/)/gmu

export const speakers: Detector = (note, lexicon) => {
  const lines = [...note.matchAll(speakerRe)]
  const counts = new Map<string, number>()
  for (const m of lines) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1)
  const out: Finding[] = []
  for (const m of lines) {
    const name = m[1]!
    const k = key(name)
    if ((counts.get(name) ?? 0) < 2 || ordinaryWords.has(k) || platformWords.has(k) || neverNames.has(k) || /^\d+$/u.test(name)) continue
    // Labels that come back on every entry of a form ("Contexte :", "Action:") are no speakers.
    if (lexicon.common.has(k) && !lexicon.givenNames.has(k)) continue
    const start = m.index + m[0].lastIndexOf(name, m[0].length - 1)
    out.push(finding(note, /^\p{Lu}\p{Ll}/u.test(name) && lexicon.givenNames.has(k) ? 'name' : 'username', start, start + name.length))
  }
  return out
}

// "streams on Twitch as jamjamplays", "joue sur Roblox sous le pseudo …": a platform, then the name on it.
const asOnPlatformRe = new RegExp(`(?<![${W}])(?:on|sur)${SP}+(?:${platforms}|youtube|whatsapp|onlyfans|tinder|bumble|grindr|hinge|mym|fansly|patreon|linkedin)${SP}+(?:as|comme|sous${SP}+le${SP}+(?:nom|pseudo)${SP}+(?:de${SP}+)?)${SP}*(@?[\\p{L}\\p{N}_](?:[${W}.]*[${W}])?)`, 'giu')
// "a mod of that server (kestrel)", "l'admin du groupe (lilix)": a role, a few words, a name in brackets.
const roleBracketRe = new RegExp(`(?<![${W}])${roleCues}(?![${W}])[^()\\n.;]{0,30}\\([ \\t\\u00a0\\u202f]*(@?[\\p{L}\\p{N}_][${W}.-]{1,30})[ \\t\\u00a0\\u202f]*\\)`, 'giu')

export const namedOn: Detector = (note, lexicon) => [asOnPlatformRe, roleBracketRe].flatMap(re => each(re, note, (m) => {
  const name = m[1]!
  if (ordinaryWords.has(name.toLowerCase()) || platformWords.has(key(name)) || neverNames.has(key(name)) || /^\d+$/u.test(name)) return undefined
  if (lexicon.common.has(key(name)) && !shaped(name)) return undefined
  const start = m.index + m[0].lastIndexOf(name)
  return finding(note, 'username', start, start + name.length)
}))
