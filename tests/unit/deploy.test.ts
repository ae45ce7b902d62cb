// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nginxConfig, readHeaders } from '../../build/nginx-config'
import { answer, staticHostRedirects } from '../../build/serving'
import { locales } from '@/i18n/locales'
import { codePath, codePages } from '@/router/paths'

const file = (path: string) => readFileSync(path, 'utf8')

describe('deployment files', () => {
  it('deploy/eclaircie.conf is what build/nginx-config.ts writes from public/_headers (run `npm run deploy:config`)', () => {
    expect(file('deploy/eclaircie.conf')).toBe(nginxConfig(file('public/_headers')))
  })

  it('nginx sends every header of public/_headers, in every location', () => {
    const conf = file('deploy/eclaircie.conf')
    const locations = conf.split(/^location /m).slice(1)
    expect(locations.length).toBeGreaterThan(3)
    const headers = readHeaders(file('public/_headers'))
    expect(headers.map(([name]) => name)).toEqual(['Content-Security-Policy', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy'])
    for (const location of locations) {
      for (const [name, value] of headers) expect(location, location.split('\n')[0]).toContain(`add_header ${name} "${value}" always;`)
    }
  })

  it('refuses a header value nginx would misread', () => {
    expect(() => nginxConfig('/*\n  X-Test: a "quoted" $value\n')).toThrow(/cannot quote/)
    expect(() => nginxConfig('# nothing\n')).toThrow(/no header/)
  })

  it('public/_redirects is what build/serving.ts writes (run `npm run deploy:config`)', () => {
    expect(file('public/_redirects')).toBe(staticHostRedirects())
  })

  it('public/_redirects sends every address that carries a code to the app shell, with status 200', () => {
    const rules = file('public/_redirects').split('\n').filter(line => line.trim() && !line.startsWith('#')).map(line => line.trim().split(/\s+/))
    for (const locale of locales) {
      for (const page of Object.keys(codePages) as (keyof typeof codePages)[]) {
        expect(rules, page).toContainEqual([`${codePath(page, locale)}/*`, '/app.html', '200'])
      }
      expect(rules).toContainEqual([codePath('path', locale), '/app.html', '200'])
    }
  })
})

describe('the serving rule', () => {
  const files = new Set(['index.html', 'fr.html', 'fr/urgence.html', 'app.html', 'assets/index-a1b2c3d4.js', 'assets/locale-fr.core.js'])
  const reply = (path: string) => answer(path, f => files.has(f))

  it('answers a file, a page by its clean address, `/` by the French home page', () => {
    expect(reply('/')).toEqual({ status: 200, file: 'index.html' })
    expect(reply('/fr')).toEqual({ status: 200, file: 'fr.html' })
    expect(reply('/fr/urgence')).toEqual({ status: 200, file: 'fr/urgence.html' })
    expect(reply('/assets/index-a1b2c3d4.js')).toEqual({ status: 200, file: 'assets/index-a1b2c3d4.js' })
  })

  it('answers the shell with status 200 for a plan code or any other page address, never for a built file', () => {
    for (const path of ['/fr/plan/1102230', '/en/path', '/fr/ancienne-page', '/assets']) expect(reply(path), path).toEqual({ status: 200, file: 'app.html' })
    for (const path of ['/assets/gone-12345678.js', '/assets/locale-zz.core.js', '/assets/fr']) expect(reply(path), path).toEqual({ status: 404 })
  })

  it('sends an address ending in / to the same without it', () => {
    expect(reply('/fr/')).toEqual({ status: 301, location: '/fr' })
    expect(reply('/assets//')).toEqual({ status: 301, location: '/assets' })
  })
})
