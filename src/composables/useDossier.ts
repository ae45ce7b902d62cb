import { computed, ref, shallowRef } from 'vue'
import type { Backup, DossierErrorCode, Entry, EntryBody, EntryError, IdleLock, Strength, Vault } from '@/dossier'
import { onExitWipe } from '@/quick-exit/exit'
import { dossierVault, isDossierOpen } from './openDossier'

export type {
  DossierErrorCode, Entry, EntryBody, EntryError, EntryErrorCode, EntryField, EntryKind, ReportStatus, ReportWhere,
} from '@/dossier'

/**
 * The screens' one way into "Mon dossier": the dossier page and its summary, and the "Ajouter au
 * dossier" buttons of the plan, the places list and the letter (which only read openDossier.ts until
 * they are pressed). No screen imports src/dossier/.
 *
 * The crypto and storage code (src/dossier/) loads only when it is first needed: the page that shows the
 * dossier asks for its status, and nothing else can open it. Only types come from there statically, so
 * the plan and guide pages carry none of it. While open, the dossier is shared by every screen of the
 * tab; it locks itself after a while without activity, and the quick exit locks it.
 */

/**
 * What the dossier page shows: not known yet, impossible in this browser, closed, open. "Closed" is
 * the same whether or not a dossier exists: nothing the screens show may tell (src/dossier/README.md,
 * "Deniable"), so the page never even asks until the person opens one with its passphrase.
 */
export type DossierStatus = 'loading' | 'unsupported' | 'closed' | 'open'

/** What the screens use of src/dossier/: its public surface, loaded on first need. */
async function importDossier() {
  const { dossier, DossierError, MAX_BACKUP_CHARS, createIdleLock, entryDate, passphraseStrength, summary } = await import('@/dossier')
  return { dossier, DossierError, MAX_BACKUP_CHARS, createIdleLock, entryDate, passphraseStrength, summary }
}
type DossierModule = Awaited<ReturnType<typeof importDossier>>

const loaded = shallowRef<DossierModule | null>(null)
let loading: Promise<DossierModule> | null = null

function load(): Promise<DossierModule> {
  loading ??= importDossier().then((module) => {
    loaded.value = module
    return module
  }, (error: unknown) => {
    // Offline with the code not cached yet, for example: the next call tries again.
    loading = null
    throw error
  })
  return loading
}

/** Whether this browser can keep a dossier; an open vault makes the status 'open'. */
const support = ref<'loading' | 'unsupported' | 'closed'>('loading')
// The open vault lives in openDossier.ts, which the plan's buttons read without loading this file.
const vault = dossierVault
const entries = shallowRef<readonly Entry[]>([])
/** A passphrase is being checked or a backup restored: the buttons say so, and wait. */
const busy = ref(false)
let idle: IdleLock | null = null

const status = computed<DossierStatus>(() => vault.value ? 'open' : support.value)
const isOpen = isDossierOpen

/** The open dossier's entries with the day each one is about, the latest day first. */
const latestFirst = computed(() => {
  const dossier = loaded.value
  if (!dossier || !vault.value) return []
  return entries.value
    .map(entry => ({ entry, day: dossier.entryDate(entry) }))
    .sort((a, b) => b.day.localeCompare(a.day))
})

/** The printable summary of the open dossier; null while it is locked. */
const summary = computed(() => loaded.value && vault.value ? loaded.value.summary(entries.value) : null)

const activity = () => idle?.activity()
const visible = () => document.visibilityState === 'visible' && idle?.check()

function lock() {
  vault.value?.lock()
  vault.value = null
  entries.value = []
  idle?.stop()
  idle = null
  removeEventListener('pointerdown', activity, true)
  removeEventListener('keydown', activity, true)
  removeEventListener('pagehide', lock)
  document.removeEventListener('visibilitychange', visible)
}

if (!import.meta.env.SSR) onExitWipe(lock)

function open(opened: Vault, minutes: number, createIdleLock: DossierModule['createIdleLock']) {
  lock()
  vault.value = opened
  entries.value = opened.entries()
  // Locked after a while without activity: the page then looks as it does for anybody, with nothing
  // saying a dossier was open.
  idle = createIdleLock({ minutes, onLock: lock })
  addEventListener('pointerdown', activity, true)
  addEventListener('keydown', activity, true)
  // Leaving the page locks it too: a page kept by the browser to come back to shows it closed.
  addEventListener('pagehide', lock)
  document.addEventListener('visibilitychange', visible)
}

/** Finds out whether this browser can keep a dossier; never whether there is one. */
async function check() {
  try {
    const { dossier } = await load()
    support.value = dossier.isSupported() ? 'closed' : 'unsupported'
  }
  catch {
    support.value = 'unsupported'
  }
}

/** For the dossier page, each time it is shown: the status is 'loading' until known. */
async function refresh() {
  support.value = 'loading'
  await check()
}

/** Runs a passphrase check (create, unlock, restore) and opens what it gives, locking after `minutes` idle. */
async function opening(task: (module: DossierModule) => Promise<Vault>, minutes: number) {
  busy.value = true
  try {
    const module = await load()
    open(await task(module), minutes, module.createIdleLock)
  }
  finally {
    busy.value = false
  }
}

const create = (passphrase: string, minutes: number) => opening(({ dossier }) => dossier.create(passphrase), minutes)
const unlock = (passphrase: string, minutes: number) => opening(({ dossier }) => dossier.unlock(passphrase), minutes)

/**
 * Replaces the dossier with a backup file's, with that backup's passphrase. The file is checked first:
 * one that is not a backup, or a damaged one, changes nothing ('notBackup', 'damaged').
 */
async function restore(file: Blob, passphrase: string, minutes: number) {
  try {
    await opening(async ({ dossier, DossierError }) => {
      const text = await file.text()
      const inspected = await dossier.inspectBackup(text)
      if (inspected !== 'ok') throw new DossierError(inspected)
      lock()
      return dossier.restoreBackup(text, passphrase)
    }, minutes)
  }
  catch (error) {
    await check()
    throw error
  }
}

/** Files above this size are refused before they are read (known once the dossier code is loaded). */
const backupTooLarge = (file: Blob) => loaded.value !== null && file.size > loaded.value.MAX_BACKUP_CHARS

/** The backup file of the stored dossier, still encrypted. */
async function exportBackup(): Promise<Backup> {
  return (await load()).dossier.exportBackup()
}

/** Erases the dossier from this device. No passphrase: a forgotten one must trap nobody. */
async function destroy() {
  lock()
  await (await load()).dossier.destroy()
}

/** The open vault, or the reason there is none. */
async function openVault(): Promise<Vault> {
  if (vault.value) return vault.value
  throw new (await load()).DossierError('locked')
}

/** Runs a change on the open vault; if the vault locked itself meanwhile (another tab), locks here too. */
async function change<T>(task: (open: Vault) => Promise<T>): Promise<T> {
  const open = await openVault()
  try {
    return await task(open)
  }
  finally {
    if (open.locked) lock()
    else if (vault.value === open) entries.value = open.entries()
  }
}

const add = (body: EntryBody) => change(open => open.add(body))
const update = (id: string, body: EntryBody) => change(open => open.update(id, body))
const remove = (id: string) => change(open => open.remove(id))
const changePassphrase = (current: string, next: string) => change(open => open.changePassphrase(current, next))

function setIdleMinutes(minutes: number) {
  idle?.setMinutes(minutes)
}

/** How strong a new passphrase looks; null until the dossier code is loaded. */
const strength = (passphrase: string): Strength | null => loaded.value?.passphraseStrength(passphrase) ?? null

/** What went wrong, as a message code: anything unexpected reads as a storage failure. */
function explain(error: unknown): DossierErrorCode {
  return loaded.value && error instanceof loaded.value.DossierError ? error.code : 'storage'
}

/** The fields an entry was refused for, each with its problem. */
function fieldErrors(error: unknown): readonly EntryError[] {
  return loaded.value && error instanceof loaded.value.DossierError ? error.errors : []
}

const dossier = {
  status, isOpen, busy, latestFirst, summary,
  refresh, create, unlock, lock, restore, backupTooLarge, exportBackup, destroy,
  add, update, remove, changePassphrase, setIdleMinutes, strength, explain, fieldErrors,
}

export function useDossier() {
  return dossier
}
