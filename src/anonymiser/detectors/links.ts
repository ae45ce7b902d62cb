/** E-mail addresses, links and invite codes. */
import { type Detector, each, finding, SP, W } from '../text'
import { publicDomains } from '../words'

const emailRe = new RegExp(`(?<![${W}.%+-])[\\p{L}\\p{N}](?:[${W}.%+-]*[${W}])?@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}`, 'gu')

export const emails: Detector = note => each(emailRe, note, m => finding(note, 'email', m.index, m.index + m[0].length))

const urlChar = '[^\\s<>«»"“”‘’`]'
const tlds = 'com|net|org|fr|gg|me|io|co|xyz|ru|be|ch|ca|eu|uk|de|info|app|dev|tv|cc|to|ly|gd|link|site|online|club|live|fun|biz|example|invalid|test'
const linkRes = [
  new RegExp(`(?:https?|ftp)://${urlChar}+`, 'giu'),
  new RegExp(`(?<![${W}.@/-])www\\.${urlChar}+`, 'giu'),
  // A bare domain followed by a path: discord.gg/code, t.me/channel, dis.gd/request.
  new RegExp(`(?<![${W}.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}/${urlChar}*`, 'giu'),
  // Invite links written with spaces around the slash, often to dodge automatic moderation.
  new RegExp(`(?<![${W}.@/-])(?:discord(?:app)?\\.(?:gg|com${SP}*/${SP}*invite)|t\\.me|dis\\.gd)${SP}*/${SP}*\\+?[${W}-]+`, 'giu'),
  // A bare domain without a path, only on common top-level domains, so "Node.js" stays text.
  new RegExp(`(?<![${W}.@/-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:${tlds})(?![${W}-]|\\.[a-z0-9])`, 'giu'),
]

/** Sentence punctuation after a link belongs to the sentence; a closing bracket stays if it is paired. */
function trimLink(text: string): string {
  let out = text
  while (out.length > 0) {
    const last = out.at(-1) ?? ''
    if (!/[.,;:!?'’)\]}>»]/u.test(last)) break
    if (last === ')' && (out.match(/\(/g)?.length ?? 0) >= (out.match(/\)/g)?.length ?? 0)) break
    out = out.slice(0, -1)
  }
  return out
}

const inviteCueRe = new RegExp(
  `(?<![${W}])(?:code${SP}+d[’']invitation|lien${SP}+d[’']invitation|invite${SP}+code|invitation${SP}+code|code${SP}+invite)${SP}*:?${SP}*([A-Za-z0-9-]{4,24})(?![${W}])`,
  'giu',
)

export const links: Detector = (note) => {
  const out = linkRes.flatMap(re => each(re, note, (m) => {
    const text = trimLink(m[0])
    if (!text.includes('.') || publicDomains.has(text.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/u, '').replace(/\/$/u, ''))) return undefined
    return finding(note, 'link', m.index, m.index + text.length)
  }))
  // A bare invite code only counts when it looks like one (digits or mixed case), not like a word.
  out.push(...each(inviteCueRe, note, (m) => {
    const code = m[1] ?? ''
    if (!/\d|\p{Ll}\p{Lu}|\p{Lu}\p{Ll}*\p{Lu}/u.test(code)) return undefined
    const start = m.index + m[0].length - code.length
    return finding(note, 'link', start, start + code.length)
  }))
  return out
}
