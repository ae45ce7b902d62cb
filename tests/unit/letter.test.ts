// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { law } from '@/content/law'
import type { LawId } from '@/content/types'
import {
  buildLetter, contentKinds, dmcaApplies, dsaApplies, errorText, mailtoHref, maxUrls, recipients, validate,
  type ContentKind, type LetterInput, type Translate,
} from '@/letter/letter'
import { appI18n } from '../component/setup'

type Lang = 'fr' | 'en'

/**
 * The app's own translation, as the letter's page has it (tests/component/setup.ts): the compiled
 * messages and vue-i18n's interpolation. A missing message fails the test instead of showing its key.
 */
function translator(lang: Lang): Translate {
  const { global } = appI18n(lang)
  global.setMissingHandler((locale, key) => {
    throw new Error(`No message ${key} in ${locale}`)
  })
  return (key, params = {}) => global.t(key, params)
}
const translate: Record<Lang, Translate> = { fr: translator('fr'), en: translator('en') }

// Local noon, so the calendar day is the same in every time zone the tests may run in.
const today = new Date(2026, 10, 21, 12)

const base: LetterInput = {
  recipient: 'platform',
  urls: 'https://exemple.fr/video/1\nhttp://images.example.org/a.jpg',
  foundOn: '2026-11-20',
  kind: 'intimate',
  authorIsMe: false,
  name: 'Camille Martin',
  contact: 'camille@exemple.fr',
}

const kindLaw: Record<ContentKind, LawId> = { intimate: 'cp226-2-1', deepfake: 'cp226-8-1', minor: 'cp227-23' }

/** Rendered message, to look for whole sentences of the letter. */
const say = (lang: Lang, key: string, params?: Record<string, string | number>) => translate[lang](key, params)
const lawCode = (lang: Lang, id: LawId) => say(lang, `law.${law[id].code}`)

const cases = recipients.flatMap(recipient =>
  contentKinds.flatMap(kind => (['fr', 'en'] as const).map(lang => ({ recipient, kind, lang }))))

describe('the takedown letter, for each recipient, kind of content and language', () => {
  it('knows three recipients and three kinds of content, each with its own words in both languages', () => {
    expect([...recipients].sort()).toEqual(['host', 'platform', 'searchEngine'])
    expect([...contentKinds].sort()).toEqual(['deepfake', 'intimate', 'minor'])
    for (const lang of ['fr', 'en'] as const) {
      for (const kind of contentKinds) expect(say(lang, `letter.ground.${kind}`, { article: '1', code: 'x' })).not.toBe('')
    }
  })

  it.each(cases)('writes to a $recipient about $kind content in $lang with the right grounds and request', ({ recipient, kind, lang }) => {
    const input = { ...base, recipient, kind }
    const letter = buildLetter(input, lang, translate[lang], today)
    const { body } = letter
    const toController = recipient !== 'host'
    const notice = recipient !== 'searchEngine'

    expect(letter.grounds).toEqual([kindLaw[kind], ...(toController ? ['gdpr17'] : []), ...(notice ? ['dsa16'] : [])])
    expect(body).toContain(say(lang, `letter.ground.${kind}`, { article: law[kindLaw[kind]].article, code: lawCode(lang, kindLaw[kind]) }))
    expect(body).toContain(law[kindLaw[kind]].article)
    for (const other of contentKinds.filter(k => k !== kind)) expect(body).not.toContain(law[kindLaw[other]].article)
    // The erasure request goes to whoever runs the site or the search engine, never to a host.
    expect(body.includes(say(lang, 'letter.ground.gdpr', { article: law.gdpr17.article, code: lawCode(lang, 'gdpr17') }))).toBe(toController)
    // A DSA notice, with its good-faith statement, goes to hosting services only, never to a search engine.
    expect(letter.dsa).toBe(notice)
    expect(body.includes(say(lang, 'letter.ground.dsa', { article: law.dsa16.article, code: lawCode(lang, 'dsa16') }))).toBe(notice)
    expect(body.includes(say(lang, 'letter.ground.goodFaith'))).toBe(notice)
    expect(body.includes('DSA')).toBe(notice)

    expect(letter.subject).toBe(say(lang, `letter.subject.${recipient}`))
    expect(body).toContain(say(lang, `letter.request.${recipient}`))
    for (const other of recipients.filter(r => r !== recipient)) expect(body).not.toContain(say(lang, `letter.request.${other}`))
    expect(body).toMatch(recipient === 'searchEngine' ? /déréférencer|delist/ : recipient === 'host' ? /serveurs|servers/ : /retirer|remove/)

    expect(body).toContain('- https://exemple.fr/video/1')
    expect(body).toContain('- http://images.example.org/a.jpg')
    expect(body).not.toMatch(/\{\w+\}/)
  })

  it.each(contentKinds)('claims to be a DSA notice about %s content only with the sender\'s name and e-mail address (not needed for a minor)', (kind) => {
    const withAll = buildLetter({ ...base, kind }, 'fr', translate.fr, today)
    const noName = buildLetter({ ...base, kind, name: '' }, 'fr', translate.fr, today)
    const phoneOnly = buildLetter({ ...base, kind, contact: '06 12 34 56 78' }, 'fr', translate.fr, today)
    expect(withAll.dsa).toBe(true)
    expect(noName.dsa).toBe(kind === 'minor')
    expect(phoneOnly.dsa).toBe(kind === 'minor')
    for (const letter of [noName, phoneOnly]) {
      expect(letter.body.includes(say('fr', 'letter.ground.goodFaith'))).toBe(kind === 'minor')
      expect(letter.grounds.includes('dsa16')).toBe(kind === 'minor')
    }
    expect(dsaApplies({ recipient: 'searchEngine', kind, name: 'A', contact: 'a@b.fr' })).toBe(false)
  })

  it.each(cases)('adds a DMCA notice to a $recipient letter about $kind content in $lang only for the author, never for a minor', ({ recipient, kind, lang }) => {
    const goodFaith = say(lang, 'letter.dmca.goodFaith')
    const accuracy = say(lang, 'letter.dmca.accuracy')
    for (const authorIsMe of [true, false]) {
      const letter = buildLetter({ ...base, recipient, kind, authorIsMe }, lang, translate[lang], today)
      const expected = authorIsMe && kind !== 'minor'
      expect(letter.dmca, `authorIsMe ${authorIsMe}`).toBe(expected)
      expect(dmcaApplies({ kind, authorIsMe })).toBe(expected)
      expect(letter.body.includes(goodFaith), `authorIsMe ${authorIsMe}`).toBe(expected)
      expect(letter.body.includes(accuracy), `authorIsMe ${authorIsMe}`).toBe(expected)
      expect(letter.body.includes('DMCA'), `authorIsMe ${authorIsMe}`).toBe(expected)
    }
  })

  it.each(cases.filter(c => c.kind === 'minor'))('never asks a $recipient for a copy of images of a minor, nor mentions attaching them, in $lang', ({ recipient, lang }) => {
    for (const authorIsMe of [true, false]) {
      const { body, subject } = buildLetter({ ...base, recipient, kind: 'minor', authorIsMe }, lang, translate[lang], today)
      for (const text of [body, subject]) {
        expect(text).not.toMatch(/copie|copy|copies/i)
        expect(text).not.toMatch(/joint|jointe|attach|enclos/i)
        expect(text).not.toMatch(/envoyez|send me|conserv|keep/i)
      }
    }
  })

  it('says the content is reported only in the letter about a minor, and only when the person did report it', () => {
    for (const kind of ['intimate', 'deepfake'] as const) {
      expect(buildLetter({ ...base, kind, reported: true }, 'fr', translate.fr, today).body).not.toContain(say('fr', 'letter.reported'))
    }
    for (const lang of ['fr', 'en'] as const) {
      expect(buildLetter({ ...base, kind: 'minor' }, lang, translate[lang], today).body).not.toContain(say(lang, 'letter.reported'))
      expect(buildLetter({ ...base, kind: 'minor', reported: false }, lang, translate[lang], today).body).not.toContain(say(lang, 'letter.reported'))
      expect(buildLetter({ ...base, kind: 'minor', reported: true }, lang, translate[lang], today).body).toContain(say(lang, 'letter.reported'))
    }
  })
})

describe('names, contact details and dates in the letter', () => {
  it('signs with the name and gives the contact details when they are given', () => {
    const { body } = buildLetter({ ...base, authorIsMe: true }, 'fr', translate.fr, today)
    expect(body).toContain('Camille Martin')
    expect(body).toContain(say('fr', 'letter.contactLine', { contact: 'camille@exemple.fr' }))
    expect(body).toContain(say('fr', 'letter.dmca.signature', { name: 'Camille Martin' }))
    expect(body).not.toContain(say('fr', 'letter.signHere'))
  })

  it('closes neutrally, without name or contact lines, when they are left empty', () => {
    const { body } = buildLetter({ ...base, name: '  ', contact: undefined }, 'fr', translate.fr, today)
    expect(body.trimEnd().endsWith(say('fr', 'letter.closing'))).toBe(true)
    expect(body).not.toContain('Camille')
    expect(body).not.toContain(say('fr', 'letter.contactLine', { contact: '' }).trim())
  })

  it('leaves a line to sign the DMCA notice when the author gives no name', () => {
    for (const lang of ['fr', 'en'] as const) {
      const letter = buildLetter({ ...base, authorIsMe: true, name: undefined, contact: '' }, lang, translate[lang], today)
      expect(letter.dmca).toBe(true)
      expect(letter.body).toContain(say(lang, 'letter.signHere'))
      expect(letter.body).toContain(say(lang, 'letter.dmca.contactHere'))
    }
  })

  it('names the recipient when a name is given', () => {
    const { body } = buildLetter({ ...base, recipientName: ' Hébergeur SAS ' }, 'fr', translate.fr, today)
    expect(body.startsWith(say('fr', 'letter.recipientLine', { recipient: 'Hébergeur SAS' }))).toBe(true)
  })

  it('writes dates the way each language writes them', () => {
    const fr = buildLetter(base, 'fr', translate.fr, today).body
    const en = buildLetter(base, 'en', translate.en, today).body
    expect(fr).toContain('20 novembre 2026')
    expect(fr).toContain('21 novembre 2026')
    expect(en).toContain('November 20, 2026')
    expect(en).toContain('November 21, 2026')
  })

  it('is written with the app\'s own messages, which fail loudly when one is missing', () => {
    expect(() => translate.fr('letter.nowhere')).toThrow(/No message letter.nowhere in fr/)
  })

  it('refuses to write a letter from input that does not validate', () => {
    expect(() => buildLetter({ ...base, urls: '' }, 'fr', translate.fr, today)).toThrow(/urls\.missing/)
  })
})

describe('checking what was typed', () => {
  const check = (change: Partial<LetterInput>) => validate({ ...base, ...change }, today)

  it.each(['javascript:alert(1)', 'not a url', 'ftp://x.org/a', 'https://localhost/page', 'exemple.fr/page', 'http:exemple.fr'])(
    'rejects %s as an address',
    (value) => {
      expect(check({ urls: value })).toEqual({ ok: false, errors: [{ field: 'urls', code: 'invalid', value }] })
    },
  )

  it('names the wrong piece when a line also holds a good address', () => {
    expect(check({ urls: 'https://a.org/x voir' })).toEqual({ ok: false, errors: [{ field: 'urls', code: 'invalid', value: 'voir' }] })
  })

  it('asks for at least one address', () => {
    expect(check({ urls: ' \n , \n' })).toEqual({ ok: false, errors: [{ field: 'urls', code: 'missing' }] })
  })

  it(`accepts ${maxUrls} addresses but not one more`, () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => `https://exemple.fr/p/${i}`).join('\n')
    expect(check({ urls: list(maxUrls) }).ok).toBe(true)
    expect(check({ urls: list(maxUrls + 1) })).toEqual({ ok: false, errors: [{ field: 'urls', code: 'tooMany', max: maxUrls }] })
    expect(check({ urls: `${list(maxUrls)}\n${list(maxUrls)}` }).ok).toBe(true)
  })

  it('cleans messy spaces, commas and duplicates into a list of unique addresses', () => {
    const urls = '  https://a.org/x \n\n\t https://b.org/y,https://c.org/z , https://a.org/x\nhttp://d.org/p?ids=1,2,   HTTPS://A.ORG/x\n<https://e.org/>'
    expect(check({ urls })).toEqual({
      ok: true,
      urls: ['https://a.org/x', 'https://b.org/y', 'https://c.org/z', 'http://d.org/p?ids=1,2', 'https://e.org/'],
    })
  })

  it.each([
    ['2026-02-30', 'invalid'],
    ['2026-13-01', 'invalid'],
    ['20/11/2026', 'invalid'],
    ['2026-11-22', 'future'],
    ['', 'missing'],
    ['   ', 'missing'],
  ] as const)('rejects the date "%s" as %s', (foundOn, code) => {
    expect(check({ foundOn })).toEqual({ ok: false, errors: [{ field: 'foundOn', code }] })
  })

  it('accepts today and earlier days', () => {
    expect(check({ foundOn: '2026-11-21' }).ok).toBe(true)
    expect(check({ foundOn: '2024-02-29' }).ok).toBe(true)
  })

  it.each(['camille@exemple.fr', '06 12 34 56 78', '+33 6 12 34 56 78', '06.12.34.56.78', '', undefined])(
    'accepts %s as contact details',
    (contact) => {
      expect(check({ contact }).ok).toBe(true)
    },
  )

  it.each(['Camille', 'camille@', '12', 'rue des Lilas'])('rejects %s as contact details', (contact) => {
    expect(check({ contact })).toEqual({ ok: false, errors: [{ field: 'contact', code: 'invalid' }] })
  })

  it('reports every wrong field at once', () => {
    const result = check({ urls: '', foundOn: 'hier', contact: 'x' })
    expect(result.ok ? [] : result.errors.map(e => e.field)).toEqual(['urls', 'foundOn', 'contact'])
  })

  it('gives a message for each error, with the wrong value in it', () => {
    for (const lang of ['fr', 'en'] as const) {
      const message = errorText({ field: 'urls', code: 'invalid', value: 'javascript:alert(1)' }, translate[lang])
      expect(message).toContain('javascript:alert(1)')
      expect(message).toContain('https://')
      expect(errorText({ field: 'urls', code: 'tooMany', max: maxUrls }, translate[lang])).toContain(String(maxUrls))
      for (const code of ['missing', 'invalid', 'future'] as const) {
        expect(errorText({ field: 'foundOn', code }, translate[lang])).not.toBe('')
      }
      expect(errorText({ field: 'urls', code: 'missing' }, translate[lang])).not.toBe('')
      expect(errorText({ field: 'contact', code: 'invalid' }, translate[lang])).not.toBe('')
    }
  })
})

describe('the mailto link', () => {
  const parts = (href: string) => {
    const [address = '', query = ''] = href.slice('mailto:'.length).split('?')
    const params = Object.fromEntries(query.split('&').map((pair) => {
      const [key = '', value = ''] = pair.split('=')
      return [key, decodeURIComponent(value)]
    }))
    return { address, params }
  }

  it('encodes subject and body so that they come back unchanged', () => {
    const letter = { subject: 'Retrait & suppression ? #1', body: 'Ligne 1\nx=1&y=2 100 %\n« é » ’' }
    const href = mailtoHref(letter)
    expect(href).not.toMatch(/\s/)
    const { address, params } = parts(href)
    expect(address).toBe('')
    expect(params.subject).toBe(letter.subject)
    expect(params.body).toBe(letter.body.replaceAll('\n', '\r\n'))
  })

  it('carries a whole letter and the recipient address', () => {
    const letter = buildLetter({ ...base, authorIsMe: true }, 'fr', translate.fr, today)
    const href = mailtoHref(letter, ' abuse@exemple.fr ')
    expect(href.startsWith('mailto:abuse@exemple.fr?subject=')).toBe(true)
    const { params } = parts(href)
    expect(params.subject).toBe(letter.subject)
    expect(params.body?.replaceAll('\r\n', '\n')).toBe(letter.body)
  })
})
