#!/usr/bin/env node
// npm run facts:due [-- --days <n>] [--today YYYY-MM-DD] — lists the facts of src/content/ (every
// entry with a `checkedOn`) not read at their source for over 180 days (`--days`), oldest first, with
// what their date stands for (`dated`) and whether the sheet lists them to re-check (`toCheck`).
// "Today" is this device's own day unless `--today` says otherwise. It is a list to work through, not
// a gate: it exits 0 whatever it finds (2 on a usage error). It only reads the data, but it goes with
// facts:check, which needs a network: both are run by hand (docs/content-model.md), never in CI.
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { commandLine, factsIn, loadFacts, table } from './facts-data.mjs'

const USAGE = 'usage: npm run facts:due -- [--days <n>] [--today YYYY-MM-DD]'

/** What `dated` says a fact's `checkedOn` stands for (src/content/types.ts). */
const DATED = {
  year: 'read when the sheet was compiled, day not given',
  olderCopy: 'read in an older copy of the code',
}

const DAY = 24 * 3600 * 1000
// Both days are read as UTC midnights, so no change of time zone or summer time moves the count.
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

/**
 * The facts (from factsIn()) read more than `days` days before `today` (YYYY-MM-DD), oldest first,
 * in the data's order on the same day: `{ module, id, checkedOn, age, dated, toCheck }`, `dated`
 * in words (null for a fact read on its given day).
 */
export function dueFacts(facts, { today, days = 180 }) {
  return facts
    .map(({ module, id, fact }) => ({
      module,
      id,
      checkedOn: fact.checkedOn,
      age: daysBetween(fact.checkedOn, today),
      dated: DATED[fact.dated] ?? null,
      toCheck: fact.toCheck === true,
    }))
    .filter(fact => fact.age > days)
    .sort((a, b) => a.checkedOn.localeCompare(b.checkedOn))
}

function options(args) {
  const { values } = parseArgs({ args, options: {
    days: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  } })
  const days = values.days === undefined ? 180 : Number(values.days)
  if (!Number.isInteger(days) || days < 0) throw new Error(`--days takes a whole number of days, not ${values.days}`)
  return { days, today: values.today, help: values.help ?? false }
}

async function main() {
  const opts = commandLine(options, USAGE)
  if (!opts) return
  // The app's own day helpers: "today" is the device's day, as everywhere in the app (src/lib/day.ts).
  const { modules, others: [day] } = await loadFacts('/src/lib/day.ts')
  if (opts.today !== undefined && !day.isCalendarDay(opts.today)) {
    console.error(`--today takes a day written YYYY-MM-DD, not ${opts.today}\n${USAGE}`)
    process.exit(2)
  }
  const today = opts.today ?? day.today()
  const facts = factsIn(modules)
  const due = dueFacts(facts, { today, days: opts.days })
  const over = `over ${opts.days} day${opts.days === 1 ? '' : 's'} (today is ${today})`
  if (!due.length) {
    console.log(`No fact has gone unchecked for ${over}.`)
    return
  }
  console.log(`${due.length} of ${facts.length} facts not checked at their source for ${over}, oldest first:\n`)
  console.log(table(['checkedOn', 'days', 'module', 'id', 'the date stands for', 'to check'], due.map(fact => [
    fact.checkedOn, fact.age, fact.module, fact.id, fact.dated ?? 'the day it was read', fact.toCheck ? 'yes' : '',
  ])))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
