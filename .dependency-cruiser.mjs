// The layering of src/ and build/, enforced by `npm run lint` (`depcruise src build`). The parts and
// their floors are read from docs/architecture.json: a part may import the parts on lower floors, never
// its own floor or above, and never what the nevers forbid. Relative and alias imports alike, type-only
// ones and `.vue` files included. docs/architecture.md explains it.
//
// ARCHITECTURE_FIXTURES (a folder) also files that folder's copies of the parts' folders under the same
// parts (tests/unit/architecture.test.ts: probes that must fail, kept out of src/).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const architecture = JSON.parse(readFileSync(join(import.meta.dirname, 'docs/architecture.json'), 'utf8'))
const fixtures = process.env.ARCHITECTURE_FIXTURES
const patternsOf = name => architecture.parts[name].is.flatMap(p => (fixtures ? [p, `${fixtures}${p.replace(/^src\//, '')}`] : [p]))
const names = Object.keys(architecture.parts)
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const regex = patterns => `^(${patterns.map(p => escape(p) + (p.endsWith('/') ? '' : '$')).join('|')})`
const inside = (pattern, folder) => folder.endsWith('/') && pattern !== folder && pattern.startsWith(folder)

/**
 * The files of these parts, as a depcruise path condition. A part drawn inside another's folder
 * (src/boot/early/ in src/boot/) belongs to itself only: the most specific part wins.
 */
function filesOf(...parts) {
  const patterns = parts.flatMap(patternsOf)
  const nested = names.filter(n => !parts.includes(n)).flatMap(patternsOf).filter(q => patterns.some(p => inside(q, p)))
  return nested.length ? { path: regex(patterns), pathNot: regex(nested) } : { path: regex(patterns) }
}

const floorOf = name => architecture.floors.findIndex(floor => floor.includes(name))
for (const name of names) if (floorOf(name) < 0) throw new Error(`docs/architecture.json: ${name} is on no floor`)
const below = name => names.filter(other => floorOf(other) > floorOf(name))
const notBelow = name => names.filter(other => other !== name && floorOf(other) <= floorOf(name))

const forbidden = [
  // A clear message for every import that goes up or sideways.
  ...names.filter(name => notBelow(name).length).map(name => ({
    name: `up-from-${name.toLowerCase()}`,
    comment: `${name} may import only the floors below it: ${below(name).join(', ') || 'nothing'}`,
    severity: 'error',
    from: filesOf(name),
    to: filesOf(...notBelow(name)),
  })),
  ...architecture.never.map(([from, to, why]) => ({
    name: `never-${from}-to-${to}`.toLowerCase(),
    comment: why,
    severity: 'error',
    from: filesOf(from),
    to: filesOf(to),
  })),
  {
    name: 'pure-parts-know-no-vue',
    comment: `${architecture.pureParts.parts.join(', ')}: ${architecture.pureParts.says}`,
    severity: 'error',
    from: filesOf(...architecture.pureParts.parts),
    to: { path: '(^|/)node_modules/(vue|@vue/[^/]+|vue-router|vue-i18n|petite-vue-i18n|pinia|@intlify/[^/]+)/' },
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
    // Each part: itself and the floors below. A file in no part fails: draw it first.
    ...names.map(name => ({ comment: `${name} may import the floors below it`, from: filesOf(name), to: filesOf(name, ...below(name)) })),
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
