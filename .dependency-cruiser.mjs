// The layering of src/, enforced by `npm run lint` (`depcruise src`). The parts and the arrows allowed
// between them are read from docs/architecture.json: an import that follows no arrow fails, relative
// and alias imports alike, type-only ones and `.vue` files included. docs/architecture.md explains it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const architecture = JSON.parse(readFileSync(join(import.meta.dirname, 'docs/architecture.json'), 'utf8'))
const parts = architecture.parts
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const pathOf = name => `^(${parts[name].is.map(p => escape(p) + (p.endsWith('/') ? '' : '$')).join('|')})`
const anyPart = `^(${Object.keys(parts).map(name => pathOf(name).slice(2, -1)).join('|')})`

/** Each part may import itself, the parts its arrows point to, and packages. */
const allowed = Object.keys(parts).map((from) => {
  const targets = [from, ...architecture.arrows.filter(([a]) => a === from).map(([, b]) => b)]
  return {
    comment: `${from} may import: ${targets.join(', ')}`,
    from: { path: pathOf(from) },
    to: { path: `^(${targets.map(name => pathOf(name).slice(2, -1)).join('|')})` },
  }
})

const forbidden = [
  // The nevers of the drawing, with the reason shown in the message.
  ...architecture.never.map(([from, to, why]) => ({
    name: `never-${from}-to-${to}`.toLowerCase().replace('*', 'app'),
    comment: why,
    severity: 'error',
    from: { path: pathOf(from) },
    to: to === '*' ? { path: anyPart, pathNot: pathOf(from) } : { path: pathOf(to) },
  })),
  {
    name: 'pure-parts-know-no-vue',
    comment: `${architecture.pureParts.parts.join(', ')}: ${architecture.pureParts.says}`,
    severity: 'error',
    from: { path: `^(${architecture.pureParts.parts.map(name => pathOf(name).slice(2, -1)).join('|')})` },
    to: { path: '(^|/)node_modules/(vue|@vue/[^/]+|vue-router|vue-i18n|pinia|@intlify/[^/]+)/' },
  },
  {
    name: 'no-circular',
    comment: 'A module that imports itself through others is hard to read and to load in pieces.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  {
    name: 'not-to-unresolvable',
    comment: 'An import that leads nowhere (the build\'s virtual modules excepted).',
    severity: 'error',
    from: {},
    to: { couldNotResolve: true, pathNot: '^(virtual:|@intlify/unplugin-vue-i18n/messages$)' },
  },
]

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden,
  allowed: [
    ...allowed,
    // Packages, Node's built-ins, the build's virtual modules, styles and message files are not parts.
    { from: {}, to: { path: '(^|/)node_modules/' } },
    { from: {}, to: { dependencyTypes: ['core'] } },
    { from: {}, to: { couldNotResolve: true } },
    { from: {}, to: { path: '^(src/styles/|locales/)' } },
  ],
  allowedSeverity: 'error',
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    // Type-only imports count too: a type from a screen inside the rules is still a screen inside the rules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.vue', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
