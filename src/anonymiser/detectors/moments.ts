/**
 * Exact dates, with the time of day when one is attached, and quoted messages. A time alone, a month
 * alone, a year alone or a duration is left as it is: it does not point to one moment.
 */
import { type Detector, each, finding, SP, W } from '../text'

const frMonths = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec'
const frDays = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'
const enMonths = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
const enDays = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const time = `(?:\\d{1,2}${SP}?h${SP}?\\d{2}(?!\\d)|\\d{1,2}:\\d{2}(?::\\d{2})?(?:${SP}?[ap]\\.?m\\.?)?|\\d{1,2}${SP}?h(?![${W}])|\\d{1,2}${SP}?[ap]\\.?m\\.?(?![${W}]))`

const dateRes: [RegExp, (m: RegExpExecArray) => boolean][] = [
  // 21/11/2026, 21-11-26, 21.11.2026, and 11/21/2026 in American order
  [/(?<!\d|\d[/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/-]\d|\.\d)/gu, m => validDayMonth(m[1], m[3]) || validDayMonth(m[3], m[1])],
  // 2026-11-21, 2026-11-21T23:14
  [/(?<!\d|\d[/.-])\d{4}([-/.])(\d{1,2})\1(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d|[/-]\d|\.\d)/gu, m => validDayMonth(m[3], m[2])],
  // 21/11: only with two digits each, or "le"/"on" before, or a time after, so "24/7" and "1/3" stay text
  [/(?<!\d|\d[/.-])(\d{1,2})\/(\d{1,2})(?!\d|\/\d)/gu, m => (validDayMonth(m[1], m[2]) || validDayMonth(m[2], m[1])) && shortDateInContext(m)],
  [new RegExp(`(?<![${W}])(?:(?:${frDays})${SP}+)?(1er|\\d{1,2})${SP}+(?:${frMonths})(?![${W}])(?:\\.?${SP}+\\d{4}(?!\\d))?`, 'giu'), m => validDay(m[1])],
  [new RegExp(`(?<![${W}])(?:(?:${enDays}),?${SP}+(?:the${SP}+)?)?(\\d{1,2})(?:st|nd|rd|th)?${SP}+(?:of${SP}+)?(?:${enMonths})(?![${W}])(?:\\.?,?${SP}+\\d{4}(?!\\d))?`, 'gu'), m => validDay(m[1])],
  // Month first ("Nov. 21"), unless a day came before the month: "on 2 Dec. 2 screenshots" is the 2nd.
  [new RegExp(`(?<![${W}]|\\d${SP}*)(?:(?:${enDays}),?${SP}+)?(?:${enMonths})\\.?${SP}+(\\d{1,2})(?:st|nd|rd|th)?(?![${W}])(?:,?${SP}+\\d{4}(?!\\d))?`, 'gu'), m => validDay(m[1])],
]

function validDay(day: string | undefined): boolean {
  const n = day === '1er' ? 1 : Number(day)
  return n >= 1 && n <= 31
}

function validDayMonth(day: string | undefined, month: string | undefined): boolean {
  const m = Number(month)
  return validDay(day) && m >= 1 && m <= 12
}

const shortDateCueRe = new RegExp(`(?:^|[^${W}])(?:le|du|au|dès|depuis|jusqu[’']au|entre|on|the|since|from|until|between)${SP}+$`, 'iu')
const timeAfterRe = new RegExp(`^(?:${SP}*,)?${SP}*(?:(?:à|a|at|vers|around|about|-|–)${SP}+)?${time}`, 'iu')
// Only a time written right before the date ("23h14 le 21/11"): after a comma it may be another moment.
const timeBeforeRe = new RegExp(`(?<![${W}:])${time}${SP}+(?:(?:le|on|the)${SP}+)?$`, 'iu')

const abbreviatedMonthRe = /(?:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec|jan|feb|mar|apr|jun|jul|aug|sep)$/iu

function shortDateInContext(m: RegExpExecArray): boolean {
  if ((m[1]?.length ?? 0) === 2 && (m[2]?.length ?? 0) === 2) return true
  const end = m.index + m[0].length
  const input = m.input
  return shortDateCueRe.test(input.slice(Math.max(0, m.index - 20), m.index)) || timeAfterRe.test(input.slice(end, end + 24))
}

// The date of a law names the law, not a moment of someone's life: "loi du 7 octobre 2016".
const lawBeforeRe = new RegExp(`(?:loi|décret|decret|ordonnance|arrêté|arrete|directive|law|act|decree)${SP}+(?:n°${SP}?[\\d-]+${SP}+)?(?:du|of|dated)${SP}+$`, 'iu')

export const dates: Detector = note => dateRes.flatMap(([re, valid]) => each(re, note, (m) => {
  if (!valid(m) || lawBeforeRe.test(note.slice(Math.max(0, m.index - 32), m.index))) return undefined
  let start = m.index
  let end = m.index + m[0].length
  // A time attached to a date pins the moment down further: it goes with it, across the dot of an
  // abbreviated month ("2 déc. à 18h").
  const dot = note[end] === '.' && abbreviatedMonthRe.test(m[0]) ? 1 : 0
  const after = timeAfterRe.exec(note.slice(end + dot, end + dot + 24))
  if (after) end += dot + after[0].length
  const window = note.slice(Math.max(0, start - 24), start)
  const before = timeBeforeRe.exec(window)
  if (before) start -= window.length - before.index
  return finding(note, 'dateTime', start, end)
}))

// ---------------------------------------------------------------------------------------------------

// Quoted messages: a short quoted word ("leaks", « tributes ») names a category, not a message.

// In single quotes too ('you brought this on yourself', ‘c'est notre petit secret’): an apostrophe
// between two letters ("I'll", "c'est") is no closing quote.
const quoteRes = [/«[^«»]{1,800}»/gu, /“[^“”]{1,800}”/gu, /"[^"\n]{1,800}"/gu,
  /(?<![\p{L}\p{N}])['‘](?=\S)(?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L})){1,400}?(?<=\S)['’](?![\p{L}\p{N}])/gu]
const quoteLineRe = /^[ \t]*> ?(\S.*)$/gmu

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

export const quotes: Detector = note => [
  ...quoteRes.flatMap(re => each(re, note, m => wordCount(m[0]) >= 3 ? finding(note, 'quote', m.index, m.index + m[0].length) : undefined)),
  ...each(quoteLineRe, note, (m) => {
    const text = (m[1] ?? '').trimEnd()
    const start = m.index + m[0].length - (m[1] ?? '').length
    return finding(note, 'quote', start, start + text.length)
  }),
]
