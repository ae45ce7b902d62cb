// What the facts:check and facts:due scripts share: the facts of src/content/, read from the real
// modules through Vite (scripts/ts-modules.mjs, as the bench does: they are TypeScript) rather than guessed from their
// text, and the table both print.
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withTsModules } from './ts-modules.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Every module of src/content/ by file name ({ emergency, helplines, links, … }), each as its exports,
 * then the other modules asked for (paths from the project's root, e.g. '/src/lib/day.ts').
 */
export async function loadFacts(...others) {
  // Every file, so that a fact added in a new module is not left out.
  const names = readdirSync(new URL('../src/content/', import.meta.url)).filter(name => name.endsWith('.ts')).sort()
  return withTsModules(root, [...names.map(name => `/src/content/${name}`), ...others], loaded => ({
    modules: Object.fromEntries(names.map((name, i) => [name.slice(0, -3), loaded[i]])),
    others: loaded.slice(names.length),
  }))
}

/**
 * Every fact (an object with a `checkedOn`) in these modules, once, named by its module and id:
 * `{ module: 'links', id: 'stopncii', fact }`. A fact exported twice (emergency.ts's lines are also in
 * helplines.ts; records have a list beside them) is named after the first module that holds it.
 */
export function factsIn(modules) {
  const seen = new Set()
  const found = []
  const walk = (module, key, value) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (typeof value.checkedOn === 'string') found.push({ module, id: typeof value.id === 'string' ? value.id : key, fact: value })
    else for (const [k, v] of Object.entries(value)) walk(module, k, v)
  }
  for (const [module, exports] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(exports)) walk(module, name, value)
  }
  return found
}

/** A Markdown table, its columns padded: as readable in a terminal as pasted into an issue. */
export function table(head, rows) {
  const cells = [head, ...rows].map(row => row.map(cell => String(cell).replaceAll('|', '\\|')))
  const widths = head.map((_, i) => Math.max(3, ...cells.map(row => row[i].length)))
  // Numbers are aligned on their last digit, as in any table of figures.
  const numeric = head.map((_, i) => rows.length > 0 && rows.every(row => typeof row[i] === 'number'))
  const pad = (cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))
  const line = row => `| ${row.map(pad).join(' | ')} |`
  return [line(cells[0]), line(widths.map(w => '-'.repeat(w))), ...cells.slice(1).map(line)].join('\n')
}

/**
 * The options a script was started with, read by `parse` (which throws on a bad one): a bad option
 * prints why and the usage and exits with 2; `--help` prints the usage and gives undefined.
 */
export function commandLine(parse, usage, argv = process.argv.slice(2)) {
  let opts
  try {
    opts = parse(argv)
  }
  catch (error) {
    console.error(`${error.message}\n${usage}`)
    process.exit(2)
  }
  if (opts.help) {
    console.log(usage)
    return undefined
  }
  return opts
}
