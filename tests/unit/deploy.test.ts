// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nginxConfig, readHeaders } from '../../scripts/nginx-config.mjs'
import { locales } from '@/i18n/locales'
import { codePath, codePages } from '@/router/paths'

const file = (path: string) => readFileSync(path, 'utf8')

describe('deployment files', () => {
  it('deploy/eclaircie.conf is what scripts/nginx-config.mjs writes from public/_headers (run `npm run deploy:config`)', () => {
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
