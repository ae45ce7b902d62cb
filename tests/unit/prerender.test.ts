// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { buildEarlyScript, type EarlyScript, earlyScripts } from '../../build/early-scripts'
import { afterPaint, chunkImports, fillTemplate, htmlFile, withHeadScript } from '../../build/prerender'
import shellPreload, { LANG, type ShellPreloads } from '@/boot/early/shell-preload'
import startAfterPaint from '@/boot/early/start-after-paint'

const template = `<!doctype html>
<html lang="fr">
  <head>
    <title>Éclaircie</title>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-b.js">
  </head>
  <body>
    <div id="app">
      <a class="quick-exit__button" href="https://example.org/">Quitter</a>
      <noscript><p><a href="/fr">Éclaircie</a></p></noscript>
    </div>
  </body>
</html>`

const manifest = {
  'src/views/HomeView.vue': ['/assets/HomeView-c.js', '/assets/HomeView-c.css', '/assets/framework-b.js'],
  'src/App.vue': ['/assets/index-a.js'],
}

describe('pre-rendered page', () => {
  const page = fillTemplate(template, {
    html: '<main>Bonjour</main>',
    title: 'Éclaircie — <urgence> & co',
    lang: 'en',
    modules: new Set(['src/views/HomeView.vue', 'src/App.vue', 'src/unknown.ts']),
    parts: [],
  }, manifest)

  it('replaces the bare shell with the rendered app, marked for hydration', () => {
    expect(page).toContain('<div id="app" data-server-rendered="true"><main>Bonjour</main></div>')
    expect(page).not.toContain('quick-exit__button')
    expect(page).not.toContain('<noscript>')
  })

  it('writes the page title, escaped, and its language', () => {
    expect(page).toContain('<title>Éclaircie — &lt;urgence&gt; &amp; co</title>')
    expect(page).toContain('<html lang="en">')
  })

  it("preloads the view's chunk and links its styles, once, without repeating what the page loads", () => {
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/HomeView-c.js">')
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/HomeView-c.css">')
    expect(page.match(/framework-b\.js/g)).toHaveLength(1)
    expect(page.match(/index-a\.js/g)).toHaveLength(1)
    expect(page.indexOf('HomeView-c.js')).toBeLessThan(page.indexOf('</head>'))
  })

  it('preloads every chunk the view imports, however deep, and the message parts of its language', () => {
    // As Vite's client manifest has it: chunks by key, each with the keys of the chunks it imports.
    const imports = chunkImports({
      'src/views/PlanView.vue': { file: 'assets/PlanView-p.js', imports: ['_usePlan-u.js', 'index.html'] },
      '_usePlan-u.js': { file: 'assets/usePlan-u.js', imports: ['_code-c.js', '_framework-b.js'] },
      '_code-c.js': { file: 'assets/code-c.js', imports: ['_usePlan-u.js'] },
      '_framework-b.js': { file: 'assets/framework-b.js' },
      'index.html': { file: 'assets/index-a.js', imports: ['_framework-b.js', '_runtime-r.js'] },
      '_runtime-r.js': { file: 'assets/runtime-r.js' },
    })
    const plan = fillTemplate(template, { html: '<main>Plan</main>', title: 't', lang: 'en', modules: new Set(['src/views/PlanView.vue']), parts: ['core', 'main'] },
      { 'src/views/PlanView.vue': ['/assets/PlanView-p.js', '/assets/PlanView-p.css'] }, imports)
    const preloads = [...plan.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map(m => m[1])
    // The framework and the entry are the template's own (and so is what the entry imports).
    expect(preloads).toEqual(['/assets/framework-b.js', '/assets/PlanView-p.js', '/assets/usePlan-u.js', '/assets/code-c.js',
      '/assets/locale-en.core.js', '/assets/locale-en.main.js'])
    expect(plan).toContain('<link rel="stylesheet" crossorigin href="/assets/PlanView-p.css">')
  })

  it('refuses a template without the app container', () => {
    expect(() => fillTemplate('<html><body><main></main></body></html>', { html: '', title: 't', lang: 'fr', modules: new Set(), parts: [] }, {}))
      .toThrow(/div id="app"/)
  })
})

describe('where pages go', () => {
  it('writes `/` as index.html and every other address as its own file', () => {
    expect(htmlFile('/')).toBe('index.html')
    expect(htmlFile('/fr')).toBe('fr.html')
    expect(htmlFile('/en/plan/1102230')).toBe('en/plan/1102230.html')
  })

  it('puts the first script right after the security policy, before styles and modules', () => {
    const head = '<head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="script-src \'self\'"><link rel="stylesheet" href="/a.css"><script type="module" src="/b.js"></script></head>'
    const page = withHeadScript(head, '/assets/lang-x.js')
    expect(page.indexOf('<script src="/assets/lang-x.js"></script>')).toBeGreaterThan(page.indexOf('Content-Security-Policy'))
    expect(page.indexOf('lang-x.js')).toBeLessThan(page.indexOf('a.css'))
    expect(() => withHeadScript('<head></head>', '/x.js')).toThrow(/security policy/)
  })
})

describe('a page that paints before its app starts', () => {
  const page = afterPaint(fillTemplate(template, { html: '<main>Bonjour</main>', title: 't', lang: 'fr', modules: new Set(['src/views/HomeView.vue']), parts: [] }, manifest), '/assets/start-s.js')

  it('loads no module by itself: its entry and preloads are handed to the starter script, in order', () => {
    expect(page).not.toContain('type="module"')
    expect(page).not.toContain('modulepreload')
    expect(page).toContain('<script src="/assets/start-s.js" defer data-app="/assets/index-a.js" data-preload="/assets/framework-b.js /assets/HomeView-c.js"></script>')
  })

  it('keeps its styles in <head>, so that its first paint is styled', () => {
    expect(page.indexOf('<link rel="stylesheet" crossorigin href="/assets/HomeView-c.css">')).toBeLessThan(page.indexOf('</head>'))
  })

  it('starts a page that is not shown at once: the entry with the first preloads, the rest a few per task', () => {
    vi.useFakeTimers()
    const added: string[] = []
    const starter = { getAttribute: (name: string) => ({ 'data-app': '/assets/index-a.js', 'data-preload': '/assets/f.js /assets/a.js /assets/b.js /assets/c.js' })[name] ?? null }
    const document = {
      visibilityState: 'hidden',
      createElement: () => ({}),
      head: { appendChild: (el: { rel?: string, type?: string, href?: string, src?: string }) => void added.push(`${el.rel ?? el.type} ${el.href ?? el.src}`) },
    }
    startAfterPaint(starter as unknown as HTMLScriptElement, { document } as unknown as Window & typeof globalThis)
    expect(added).toEqual(['modulepreload /assets/f.js', 'modulepreload /assets/a.js', 'modulepreload /assets/b.js', 'module /assets/index-a.js'])
    expect(vi.getTimerCount()).toBe(1)
    vi.runOnlyPendingTimers()
    expect(added.slice(4)).toEqual(['modulepreload /assets/c.js'])
    expect(vi.getTimerCount()).toBe(0)
    vi.useRealTimers()
  })

  it('waits for the first contentful paint of a page that is shown, then starts in the next task', () => {
    vi.useFakeTimers()
    const added: string[] = []
    let report: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined
    class PerformanceObserver {
      static supportedEntryTypes = ['paint']
      constructor(callback: typeof report) {
        report = callback
      }

      observe() {}
    }
    const starter = { getAttribute: (name: string) => ({ 'data-app': '/assets/index-a.js', 'data-preload': '/assets/f.js' })[name] ?? null }
    const document = { visibilityState: 'visible', createElement: () => ({}), head: { appendChild: (el: { src?: string, href?: string }) => void added.push(el.src ?? el.href!) } }
    startAfterPaint(starter as unknown as HTMLScriptElement, { document, PerformanceObserver } as unknown as Window & typeof globalThis)
    report!({ getEntriesByName: () => [] })
    vi.runOnlyPendingTimers()
    expect(added).toEqual([])
    report!({ getEntriesByName: name => (name === 'first-contentful-paint' ? [{}] : []) })
    expect(added).toEqual([])
    vi.runOnlyPendingTimers()
    expect(added).toEqual(['/assets/f.js', '/assets/index-a.js'])
    vi.useRealTimers()
  })

  it('refuses a page without a module script', () => {
    expect(() => afterPaint('<html><head></head><body></body></html>', '/s.js')).toThrow(/module script/)
  })
})

describe('the app shell\'s first script', () => {
  const pages: ShellPreloads[] = [
    ['^/(fr/plan|en/plan)(/[0-9a-z]*)?$', ['/assets/PlanView-p.js', '/assets/PlanView-p.css', '/assets/usePlan-u.js'], [`/assets/locale-${LANG}.main.js`]],
    ['^/(fr/parcours|en/path)(/[0-9a-z]*)?$', ['/assets/PathView-a.js'], []],
  ]
  // As the shell's HTML carries it, and read back as the browser would.
  const tag = withHeadScript('<meta http-equiv="Content-Security-Policy" content="x">', '/assets/shell-s.js', { async: true, data: { pages: JSON.stringify(pages) } })
  const attribute = new DOMParser().parseFromString(tag, 'text/html').querySelector('script')!.getAttribute('data-pages')

  /** Runs it as the browser would, at an address, with a document that records what is added. */
  function run(pathname: string) {
    vi.useFakeTimers()
    const added: string[] = []
    const document = {
      createElement: () => ({}),
      head: { appendChild: (link: { rel: string, as?: string, href: string }) => void added.push(`${link.rel}${link.as ? `/${link.as}` : ''} ${link.href}`) },
    }
    shellPreload({ getAttribute: () => attribute } as unknown as HTMLScriptElement, { document, location: { pathname } } as unknown as Window & typeof globalThis)
    const first = [...added]
    vi.runAllTimers()
    vi.useRealTimers()
    return { first, all: added }
  }

  it('asks for everything a plan code needs, three files per task, styles as styles', () => {
    const { first, all } = run('/fr/plan/1102230')
    expect(first).toEqual(['modulepreload /assets/PlanView-p.js', 'preload/style /assets/PlanView-p.css', 'modulepreload /assets/usePlan-u.js'])
    expect(all.slice(3)).toEqual(['modulepreload /assets/locale-fr.main.js'])
  })

  it('takes the language of the messages from the address', () => {
    expect(run('/en/plan/1102230').all.at(-1)).toBe('modulepreload /assets/locale-en.main.js')
    expect(run('/en/path').all).toEqual(['modulepreload /assets/PathView-a.js'])
  })

  it('asks for nothing at an address it does not know', () => {
    for (const path of ['/fr/nulle-part', '/fr/planning', '/de/plan/1102230', '/en/parcours']) expect(run(path).all).toEqual([])
  })
})

describe('the early scripts, as the build writes them', () => {
  it.each(Object.keys(earlyScripts) as EarlyScript[])('%s is one classic script, with nothing left to import', async (name) => {
    const code = await buildEarlyScript(name)
    expect(code).not.toMatch(/\bimport\b|\bexport\b/)
    // Parses as a classic script (a module-only construct would throw here).
    expect(() => new Function(code)).not.toThrow()
    expect(code).toContain('document.currentScript')
  }, 30_000)
})
