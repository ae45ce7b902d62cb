// @vitest-environment node
import 'fake-indexeddb/auto'
import { createStore, entries as storedEntries, get, set, type UseStore } from 'idb-keyval'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CURRENT_KDF, decrypt, deriveKey, encrypt, fromBase64, toBase64, type KdfParams } from '@/dossier/crypto'
import { validateEntry, type Entry, type EntryBody } from '@/dossier/entries'
import { DossierError } from '@/dossier/errors'
import { DB_NAME, RECORD_KEY, STORE_NAME, storageError } from '@/dossier/idb'
import { createIdleLock } from '@/dossier/idle-lock'
import { createDossier, type DossierOptions } from '@/dossier'
import { passphraseStrength } from '@/dossier/passphrase'
import { BACKUP_FORMAT } from '@/dossier/record'
import { summary } from '@/dossier/summary'

/** Low enough to keep the suite fast; one test below runs the real CURRENT_KDF. */
const testKdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 }
const passphrase = 'lune bleue sous la pluie'
const today = new Date(2026, 2, 15, 12)

let storeCount = 0
function freshStore(): UseStore {
  return createStore(`test-${++storeCount}`, STORE_NAME)
}

function setup(options: DossierOptions = {}) {
  const store = options.store ?? freshStore()
  return { store, dossier: createDossier({ kdf: testKdf, now: () => today, ...options, store }) }
}

const place: EntryBody = {
  kind: 'place', address: 'https://exemple.fr/galerie/nuage-violet', foundOn: '2026-03-01',
  what: 'Trois photos sous le titre coquelicot-mystère', evidenceCaptured: true,
}
const report: EntryBody = {
  kind: 'report', where: 'platform', whereDetail: 'Réseau Papillon', date: '2026-03-02',
  reference: 'TICKET-ZEPHYR-4821', status: 'acknowledged', followUp: '2026-03-20',
}
const contact: EntryBody = { kind: 'contact', who: 'Maître Hirondelle', date: '2026-03-05', agreed: 'Rendez-vous pour le dépôt de plainte' }
const note: EntryBody = { kind: 'note', text: 'Penser à demander le récépissé framboise', date: '2026-03-06' }
const secrets = ['nuage-violet', 'coquelicot', 'Papillon', 'ZEPHYR', 'Hirondelle', 'framboise', 'plainte']

async function rejection(promise: Promise<unknown>): Promise<DossierError> {
  try {
    await promise
  }
  catch (error) {
    expect(error).toBeInstanceOf(DossierError)
    return error as DossierError
  }
  throw new Error('Expected a rejection')
}

function bodies(list: readonly Entry[]): EntryBody[] {
  return list.map((entry) => {
    const body: Partial<Entry> = { ...entry }
    delete body.id
    delete body.createdAt
    delete body.updatedAt
    return body as EntryBody
  })
}

type RawRecord = Record<string, unknown> & { iv: string, data: string, kdf: KdfParams, salt: string }
const readRaw = (store: UseStore) => get<RawRecord>(RECORD_KEY, store)

describe('crypto', () => {
  it('round-trips a value and refuses another key', async () => {
    const salt = new Uint8Array(16)
    const keys = await deriveKey(passphrase, salt, testKdf)
    const sealed = await encrypt(keys.encryption, { hello: 'monde' })
    expect(fromBase64(sealed.iv)).toHaveLength(12)
    await expect(decrypt(keys.encryption, sealed)).resolves.toEqual({ hello: 'monde' })
    const other = await deriveKey(`${passphrase}!`, salt, testKdf)
    await expect(decrypt(other.encryption, sealed)).rejects.toMatchObject({ code: 'damaged' })
  })

  it('makes non-extractable keys', async () => {
    const keys = await deriveKey(passphrase, new Uint8Array(16), testKdf)
    expect(keys.encryption.extractable).toBe(false)
    expect(keys.verification.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('raw', keys.encryption)).rejects.toThrow()
  })

  it('pads the plaintext so sizes tell little', async () => {
    const keys = await deriveKey(passphrase, new Uint8Array(16), testKdf)
    const short = await encrypt(keys.encryption, 'a')
    const longer = await encrypt(keys.encryption, 'a'.repeat(500))
    expect(fromBase64(short.ciphertext)!.length).toBe(fromBase64(longer.ciphertext)!.length)
  })

  it('reads strict base64 only', () => {
    expect(fromBase64(toBase64(new Uint8Array([0, 255, 7])))).toEqual(new Uint8Array([0, 255, 7]))
    expect(fromBase64('not base64!')).toBeNull()
    expect(fromBase64('abc')).toBeNull()
  })
})

describe('vault', () => {
  it('round-trips entries through lock and unlock', async () => {
    const { dossier, store } = setup()
    expect(await readRaw(store)).toBeUndefined()
    const vault = await dossier.create(passphrase)
    expect(await readRaw(store)).toBeDefined()
    const added = await vault.add(place)
    expect(added.id).toMatch(/^[\w-]{22}$/)
    expect(added.createdAt).toBe(today.toISOString())
    await vault.add(report)
    await vault.add(contact)
    await vault.add(note)
    vault.lock()
    expect(vault.locked).toBe(true)
    expect(() => vault.entries()).toThrow(DossierError)
    await expect(vault.add(note)).rejects.toMatchObject({ code: 'locked' })

    const again = await dossier.unlock(passphrase)
    expect(bodies(again.entries())).toEqual([place, report, contact, note])
    expect(again.entries()[0]).toEqual(added)
  })

  it('updates and removes entries, keeping ids and creation times', async () => {
    let clock = today
    const { dossier } = setup({ now: () => clock })
    const vault = await dossier.create(passphrase)
    const first = await vault.add(note)
    const second = await vault.add(place)
    clock = new Date(2026, 2, 16, 9)
    const changed = await vault.update(first.id, { ...note, text: 'Autre chose' })
    expect(changed).toMatchObject({ id: first.id, createdAt: first.createdAt, updatedAt: clock.toISOString(), text: 'Autre chose' })
    await vault.remove(second.id)
    expect(vault.entries()).toEqual([changed])
    await expect(vault.remove(second.id)).rejects.toMatchObject({ code: 'notFound' })
    await expect(vault.update('missing-id-123', note)).rejects.toMatchObject({ code: 'notFound' })
    const reopened = await dossier.unlock(passphrase)
    expect(reopened.entries()).toEqual([changed])
  })

  it('refuses invalid entries with their errors, and saves nothing', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    const error = await rejection(vault.add({ ...place, address: '   ', foundOn: '2026-02-30' }))
    expect(error.code).toBe('invalidEntry')
    expect(error.errors).toEqual([{ field: 'address', code: 'missing' }, { field: 'foundOn', code: 'invalid' }])
    expect(vault.entries()).toEqual([])
  })

  it('refuses a wrong passphrase with wrongPassphrase, as often as asked', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    await vault.add(note)
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await rejection(dossier.unlock('lune bleue sous la pluie '))).code).toBe('wrongPassphrase')
    }
    expect((await rejection(dossier.unlock(''))).code).toBe('emptyPassphrase')
    expect(bodies((await dossier.unlock(passphrase)).entries())).toEqual([note])
  })

  it('normalises the passphrase (composed and decomposed accents unlock alike)', async () => {
    const { dossier } = setup()
    await dossier.create('été à la mer'.normalize('NFC'))
    await expect(dossier.unlock('été à la mer'.normalize('NFD'))).resolves.toBeDefined()
  })

  it('refuses a tampered ciphertext with damaged, not wrongPassphrase', async () => {
    const { dossier, store } = setup()
    const vault = await dossier.create(passphrase)
    await vault.add(note)
    const raw = (await readRaw(store))!
    const bytes = fromBase64(raw.data)!
    bytes[20]! ^= 0x01
    await set(RECORD_KEY, { ...raw, data: toBase64(bytes) }, store)
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('damaged')
    // The wrong passphrase is still told apart on the damaged data.
    expect((await rejection(dossier.unlock('autre chose'))).code).toBe('wrongPassphrase')
  })

  // A damaged header proves no passphrase right: it answers as no dossier does, so that nobody can
  // learn from it that something is stored (README.md, "Deniable"). Restoring a copy still works.
  it('answers a damaged header as it answers no dossier, whatever the passphrase', async () => {
    const { dossier, store } = setup()
    await dossier.create(passphrase)
    const raw = (await readRaw(store))!
    const salt = fromBase64(raw.salt)!
    salt[0]! ^= 0x80
    await set(RECORD_KEY, { ...raw, salt: toBase64(salt) }, store)
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')
    await set(RECORD_KEY, { ...raw, kdf: { ...raw.kdf, iterations: raw.kdf.iterations + 1 } }, store)
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')
    await set(RECORD_KEY, 'nonsense', store)
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')
    // A new dossier replaces the damaged record.
    await dossier.create('autre phrase')
    expect((await dossier.unlock('autre phrase')).entries()).toEqual([])
  })

  it('uses a fresh IV for every write', async () => {
    const { dossier, store } = setup()
    const vault = await dossier.create(passphrase)
    const ivs = new Set([(await readRaw(store))!.iv])
    for (let i = 0; i < 50; i++) {
      await vault.add({ ...note, text: `Note ${i}` })
      ivs.add((await readRaw(store))!.iv)
    }
    expect(ivs.size).toBe(51)
    expect(vault.entries()).toHaveLength(50)
  })

  it('stores none of the entries’ text, and only neutral names', async () => {
    const { dossier, store } = setup()
    const vault = await dossier.create(passphrase)
    for (const body of [place, report, contact, note]) await vault.add(body)
    const all = await storedEntries(store)
    expect(all.map(([key]) => key)).toEqual([RECORD_KEY])
    const dump = JSON.stringify(all)
    for (const secret of [...secrets, passphrase, 'lune']) expect(dump).not.toContain(secret)
    expect(Object.keys(all[0]![1] as object).sort()).toEqual(['check', 'data', 'iv', 'kdf', 'salt', 'verifier', 'version'])
    for (const name of [DB_NAME, STORE_NAME, RECORD_KEY, BACKUP_FORMAT]) {
      expect(name).not.toMatch(/dossier|preuve|proof|evidence|abus|vault|victim|sex|intim/i)
    }
  })

  it('never tells whether there is a dossier: unlock answers the same, create opens or replaces', async () => {
    const { dossier } = setup()
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')
    expect((await rejection(dossier.exportBackup())).code).toBe('missing')
    expect((await rejection(dossier.create('  '))).code).toBe('emptyPassphrase')
    const first = await dossier.create(passphrase)
    await first.add(note)
    expect((await rejection(dossier.unlock('autre phrase'))).code).toBe('wrongPassphrase')
    // The same passphrase again opens what is there: nothing lost.
    expect((await dossier.create(passphrase)).entries()).toHaveLength(1)
    // Another one replaces it, as the create form says to everybody.
    expect((await dossier.create('autre phrase')).entries()).toEqual([])
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')
    expect((await dossier.unlock('autre phrase')).entries()).toEqual([])
  })

  it('costs one key derivation whether or not there is a dossier: the time tells nothing either', async () => {
    const derivations = vi.spyOn(globalThis.crypto.subtle, 'deriveBits')
    const none = setup().dossier
    await rejection(none.unlock(passphrase))
    const withNone = derivations.mock.calls.filter(([params]) => (params as Pbkdf2Params).name === 'PBKDF2').length
    const some = setup().dossier
    await some.create(passphrase)
    derivations.mockClear()
    await rejection(some.unlock('autre phrase'))
    const withSome = derivations.mock.calls.filter(([params]) => (params as Pbkdf2Params).name === 'PBKDF2').length
    derivations.mockRestore()
    expect(withNone).toBe(1)
    expect(withSome).toBe(1)
  })

  it('serialises concurrent writes', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    await Promise.all(Array.from({ length: 10 }, (_, i) => vault.add({ ...note, text: `Note ${i}` })))
    const reopened = await dossier.unlock(passphrase)
    const texts = reopened.entries().map(entry => entry.kind === 'note' ? entry.text : '')
    expect(texts.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `Note ${i}`).sort())
  })

  it('merges writes from two tabs, and locks the other tab when the passphrase changes', async () => {
    const store = freshStore()
    const tabA = createDossier({ kdf: testKdf, store })
    const tabB = createDossier({ kdf: testKdf, store })
    const a = await tabA.create(passphrase)
    const b = await tabB.unlock(passphrase)
    await a.add(note)
    await b.add(place)
    expect(bodies(b.entries())).toEqual([note, place])
    await b.changePassphrase(passphrase, 'quatre mots tout neufs')
    await expect(a.add(contact)).rejects.toMatchObject({ code: 'locked' })
    expect(a.locked).toBe(true)
    expect((await rejection(tabA.unlock(passphrase))).code).toBe('wrongPassphrase')
    expect(bodies((await tabA.unlock('quatre mots tout neufs')).entries())).toEqual([note, place])
  })

  it('asks for the current passphrase before changing it', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    expect((await rejection(vault.changePassphrase('pas la bonne', 'nouvelle phrase ici'))).code).toBe('wrongPassphrase')
    await vault.add(note)
    await expect(dossier.unlock(passphrase)).resolves.toBeDefined()
  })
})

describe('KDF parameters', () => {
  it('unlocks with the stored lower count, then upgrades to CURRENT_KDF (the real 600 000)', async () => {
    expect(CURRENT_KDF.iterations).toBeGreaterThanOrEqual(600_000)
    const store = freshStore()
    const old = createDossier({ kdf: testKdf, store })
    const vault = await old.create(passphrase)
    await vault.add(report)
    expect((await readRaw(store))!.kdf).toEqual(testKdf)
    const saltBefore = (await readRaw(store))!.salt

    const current = createDossier({ store })
    const upgraded = await current.unlock(passphrase)
    expect(bodies(upgraded.entries())).toEqual([report])
    const raw = (await readRaw(store))!
    expect(raw.kdf).toEqual(CURRENT_KDF)
    expect(raw.salt).not.toBe(saltBefore)

    // Later writes keep the new parameters, and a later unlock reads them back.
    await upgraded.add(note)
    expect((await readRaw(store))!.kdf).toEqual(CURRENT_KDF)
    expect(bodies((await current.unlock(passphrase)).entries())).toEqual([report, note])
    expect((await rejection(current.unlock('pas la bonne phrase'))).code).toBe('wrongPassphrase')
  }, 30_000)

  it('never downgrades stronger stored parameters', async () => {
    const store = freshStore()
    const stronger = { ...testKdf, iterations: 2_000 }
    await createDossier({ kdf: stronger, store }).create(passphrase)
    await createDossier({ kdf: testKdf, store }).unlock(passphrase)
    expect((await readRaw(store))!.kdf).toEqual(stronger)
  })
})

describe('storage full', () => {
  /** Wraps a real store: while `full`, every write transaction is aborted as a full disk would. */
  function fullable() {
    const real = freshStore()
    const state = { full: false }
    const store: UseStore = (mode, callback) => real(mode, (objects) => {
      if (mode !== 'readwrite' || !state.full) return callback(objects)
      const result = Promise.resolve(callback(objects))
      objects.transaction.abort()
      const quota = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return result.then(quota, quota)
    })
    return { store, state }
  }

  it('surfaces storageFull and keeps what was already saved', async () => {
    const { store, state } = fullable()
    const { dossier } = setup({ store })
    const vault = await dossier.create(passphrase)
    await vault.add(place)
    await vault.add(report)
    const before = await readRaw(store)

    state.full = true
    expect((await rejection(vault.add(note))).code).toBe('storageFull')
    expect((await rejection(vault.remove(vault.entries()[0]!.id))).code).toBe('storageFull')
    expect(bodies(vault.entries())).toEqual([place, report])
    expect(await readRaw(store)).toEqual(before)

    state.full = false
    await vault.add(note)
    expect(bodies((await dossier.unlock(passphrase)).entries())).toEqual([place, report, note])
  })

  it('keeps the vault when a restore hits a full disk', async () => {
    const { store, state } = fullable()
    const { dossier } = setup({ store })
    const vault = await dossier.create(passphrase)
    await vault.add(place)
    const backup = await vault.exportBackup()
    await vault.add(note)
    state.full = true
    expect((await rejection(dossier.restoreBackup(backup.text, passphrase))).code).toBe('storageFull')
    state.full = false
    expect(vault.locked).toBe(false)
    expect(bodies((await dossier.unlock(passphrase)).entries())).toEqual([place, note])
  })

  it('maps browser errors', () => {
    expect(storageError(new DOMException('x', 'QuotaExceededError')).code).toBe('storageFull')
    expect(storageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }).code).toBe('storageFull')
    expect(storageError(new Error('Storage full')).code).toBe('storageFull')
    expect(storageError(new DOMException('x', 'InvalidStateError')).code).toBe('storage')
  })
})

describe('backup and restore', () => {
  it('backup, destroy, restore gives every entry back', async () => {
    const { dossier, store } = setup()
    const vault = await dossier.create(passphrase)
    for (const body of [place, report, contact, note]) await vault.add(body)
    const saved = vault.entries()
    const backup = await vault.exportBackup()
    expect(backup.fileName).toBe('eclaircie-2026-03-15.json')
    expect(backup.blob.size).toBe(new TextEncoder().encode(backup.text).length)
    for (const secret of [...secrets, passphrase]) expect(backup.text).not.toContain(secret)
    const parsed = JSON.parse(backup.text) as Record<string, unknown>
    expect(parsed).toMatchObject({ format: BACKUP_FORMAT, version: 1, kdf: testKdf })
    expect(await dossier.inspectBackup(backup.text)).toBe('ok')

    await dossier.destroy()
    expect(vault.locked).toBe(true)
    expect(await readRaw(store)).toBeUndefined()
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')

    const restored = await dossier.restoreBackup(backup.text, passphrase)
    expect(restored.entries()).toEqual(saved)
    expect((await dossier.unlock(passphrase)).entries()).toEqual(saved)
  })

  it('exports while locked, and restores on another device', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    await vault.add(contact)
    vault.lock()
    const backup = await dossier.exportBackup()
    const other = setup().dossier
    const restored = await other.restoreBackup(backup.text, passphrase)
    expect(bodies(restored.entries())).toEqual([contact])
  })

  it('tells a backup from a damaged one and from another file', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    await vault.add(note)
    const { text } = await vault.exportBackup()
    const parsed = JSON.parse(text) as Record<string, unknown>

    expect(await dossier.inspectBackup('')).toBe('notBackup')
    expect(await dossier.inspectBackup('\u00ff\u00d8\u00ff\u00e0 JFIF')).toBe('notBackup')
    expect(await dossier.inspectBackup('{"name":"package","version":"1.0.0"}')).toBe('notBackup')
    expect(await dossier.inspectBackup('[1, 2, 3]')).toBe('notBackup')
    expect(await dossier.inspectBackup(text.slice(0, text.length / 2))).toBe('damaged')
    expect(await dossier.inspectBackup(JSON.stringify({ ...parsed, salt: undefined }))).toBe('damaged')
    expect(await dossier.inspectBackup(JSON.stringify({ ...parsed, version: 2 }))).toBe('damaged')
    expect(await dossier.inspectBackup(`\uFEFF${text}`)).toBe('ok')
  })

  it('leaves the vault intact when a restore fails', async () => {
    const { dossier, store } = setup()
    const vault = await dossier.create(passphrase)
    await vault.add(place)
    const backup = await vault.exportBackup()
    await vault.add(note)
    const before = await readRaw(store)

    const parsed = JSON.parse(backup.text) as RawRecord
    const data = fromBase64(parsed.data)!
    data[5]! ^= 0x10
    const tampered = JSON.stringify({ ...parsed, data: toBase64(data) })

    const failures: [string, string, string][] = [
      [backup.text.slice(0, 100), passphrase, 'damaged'],
      [tampered, passphrase, 'damaged'],
      ['Bonjour, voici une liste de courses.', passphrase, 'notBackup'],
      ['{"format":"something-else"}', passphrase, 'notBackup'],
      [backup.text, 'pas la bonne phrase', 'wrongPassphrase'],
    ]
    for (const [text, secret, code] of failures) {
      expect((await rejection(dossier.restoreBackup(text, secret))).code).toBe(code)
      expect(await readRaw(store)).toEqual(before)
      expect(vault.locked).toBe(false)
    }
    expect(bodies(vault.entries())).toEqual([place, note])
    expect(bodies((await dossier.unlock(passphrase)).entries())).toEqual([place, note])
  })

  it('restores with the backup’s own passphrase, replacing the local one', async () => {
    const { dossier: first } = setup()
    const original = await first.create('ancienne phrase de passe')
    await original.add(note)
    const { text } = await original.exportBackup()

    const { dossier } = setup()
    const local = await dossier.create(passphrase)
    await local.add(place)
    const restored = await dossier.restoreBackup(text, 'ancienne phrase de passe')
    expect(local.locked).toBe(true)
    expect(bodies(restored.entries())).toEqual([note])
    expect((await rejection(dossier.unlock(passphrase))).code).toBe('wrongPassphrase')
  })

  it('refuses a backup whose content does not validate', async () => {
    const { dossier } = setup()
    const vault = await dossier.create(passphrase)
    const { text } = await vault.exportBackup()
    const parsed = JSON.parse(text) as RawRecord
    // Re-encrypt a payload with an invalid entry under the same keys: decrypts fine, does not validate.
    const keys = await deriveKey(passphrase, fromBase64(parsed.salt)!, parsed.kdf)
    const bad = await encrypt(keys.encryption, { version: 1, entries: [{ id: 'abcdefgh12', kind: 'note', text: '' }] })
    const forged = JSON.stringify({ ...parsed, iv: bad.iv, data: bad.ciphertext })
    expect((await rejection(dossier.restoreBackup(forged, passphrase))).code).toBe('damaged')
  })
})

describe('entries', () => {
  it('validates dates, required fields and lengths', () => {
    expect(validateEntry(place, today)).toEqual({ ok: true, body: place })
    expect(validateEntry({ ...note, text: '  padded  ' })).toEqual({ ok: true, body: { ...note, text: 'padded' } })
    const invalid = (body: unknown, when?: Date) => {
      const checked = validateEntry(body, when)
      return checked.ok ? [] : checked.errors
    }
    expect(invalid({ ...place, foundOn: '2026-3-1' })).toEqual([{ field: 'foundOn', code: 'invalid' }])
    expect(invalid({ ...place, foundOn: '2025-02-29' })).toEqual([{ field: 'foundOn', code: 'invalid' }])
    expect(invalid({ ...place, foundOn: '2026-03-16' }, today)).toEqual([{ field: 'foundOn', code: 'future' }])
    expect(invalid({ ...place, foundOn: '2026-03-16' })).toEqual([])
    expect(invalid({ ...report, followUp: '2027-01-01' }, today)).toEqual([])
    expect(invalid({ ...report, followUp: '2027-02-30' }, today)).toEqual([{ field: 'followUp', code: 'invalid' }])
    expect(invalid({ ...report, where: 'other', whereDetail: ' ' })).toEqual([{ field: 'whereDetail', code: 'missing' }])
    expect(invalid({ ...report, where: 'fax', status: undefined })).toEqual([
      { field: 'where', code: 'invalid' }, { field: 'status', code: 'missing' },
    ])
    expect(invalid({ ...contact, who: 'x'.repeat(301) })).toEqual([{ field: 'who', code: 'tooLong', max: 300 }])
    expect(invalid({ ...note, text: 42 })).toEqual([{ field: 'text', code: 'invalid' }])
    expect(invalid({ kind: 'photo' })).toEqual([{ field: 'kind', code: 'invalid' }])
    expect(invalid(null)).toEqual([{ field: 'kind', code: 'invalid' }])
  })

  it('keeps no field for images and drops unknown ones', () => {
    const checked = validateEntry({ ...note, image: 'data:image/png;base64,AAAA' })
    expect(checked).toEqual({ ok: true, body: note })
    const withoutFollowUp = validateEntry({ ...report, followUp: '' })
    expect(withoutFollowUp.ok && 'followUp' in withoutFollowUp.body).toBe(false)
  })

  it('sorts the summary chronologically', () => {
    const meta = (id: string, createdAt = '2026-03-10T10:00:00.000Z') => ({ id, createdAt, updatedAt: createdAt })
    const list: Entry[] = [
      { ...meta('c-report-late'), ...report, date: '2026-03-09', status: 'sent', followUp: '2026-03-12' },
      { ...meta('a-place'), ...place, foundOn: '2026-03-03' },
      { ...meta('b-report-early'), ...report, date: '2026-03-04', followUp: '2026-03-30' },
      { ...meta('d-contact'), ...contact, date: '2026-03-01' },
      { ...meta('e-place-early', '2026-03-01T00:00:00.000Z'), ...place, foundOn: '2026-03-03' },
      { ...meta('f-removed'), ...report, date: '2026-03-05', status: 'removed', followUp: '2026-03-06' },
      { ...meta('g-note'), ...note, date: '2026-03-20' },
    ]
    const result = summary(list)
    expect(result.period).toEqual({ from: '2026-03-01', to: '2026-03-20' })
    expect(result.places.map(entry => entry.id)).toEqual(['e-place-early', 'a-place'])
    expect(result.reports.map(entry => entry.id)).toEqual(['b-report-early', 'f-removed', 'c-report-late'])
    expect(result.reports[0]).toMatchObject({ reference: 'TICKET-ZEPHYR-4821', status: 'acknowledged' })
    expect(result.contacts.map(entry => entry.id)).toEqual(['d-contact'])
    expect(result.notes.map(entry => entry.id)).toEqual(['g-note'])
    expect(result.timeline.map(entry => entry.id)).toEqual([
      'd-contact', 'e-place-early', 'a-place', 'b-report-early', 'f-removed', 'c-report-late', 'g-note',
    ])
    expect(result.followUps.map(entry => entry.id)).toEqual(['c-report-late', 'b-report-early'])
    expect(summary([]).period).toBeNull()
  })
})

describe('idle lock', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('locks after the default five minutes, and activity resets the countdown', () => {
    vi.useFakeTimers()
    const onLock = vi.fn()
    const idle = createIdleLock({ onLock })
    expect(idle.minutes).toBe(5)
    vi.advanceTimersByTime(4 * 60_000)
    idle.activity()
    vi.advanceTimersByTime(4 * 60_000)
    expect(onLock).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(onLock).toHaveBeenCalledOnce()
    vi.advanceTimersByTime(60 * 60_000)
    idle.activity()
    vi.advanceTimersByTime(60 * 60_000)
    expect(onLock).toHaveBeenCalledOnce()
  })

  it('clamps the setting to one to thirty minutes', () => {
    vi.useFakeTimers()
    const onLock = vi.fn()
    expect(createIdleLock({ onLock, minutes: 0 }).minutes).toBe(1)
    expect(createIdleLock({ onLock, minutes: 90 }).minutes).toBe(30)
    expect(createIdleLock({ onLock, minutes: Number.NaN }).minutes).toBe(5)
    const idle = createIdleLock({ onLock: vi.fn(), minutes: 10 })
    idle.setMinutes(2)
    expect(idle.minutes).toBe(2)
    idle.stop()
  })

  it('uses an injected clock and timer, and locks at once after the device slept', () => {
    let clock = 0
    const timers: { callback: () => void, at: number }[] = []
    const onLock = vi.fn()
    const idle = createIdleLock({
      minutes: 1,
      onLock,
      now: () => clock,
      setTimer: (callback, ms) => {
        const timer = { callback, at: clock + ms }
        timers.push(timer)
        return () => timers.splice(timers.indexOf(timer), 1)
      },
    })
    expect(timers).toHaveLength(1)
    expect(timers[0]!.at).toBe(60_000)
    clock = 30_000
    idle.activity()
    clock = 60_000
    timers[0]!.callback()
    expect(onLock).not.toHaveBeenCalled()
    expect(timers.at(-1)!.at).toBe(90_000)
    // The phone slept: the timer did not fire, but the page becomes visible again.
    clock = 10 * 60_000
    idle.check()
    expect(onLock).toHaveBeenCalledOnce()
    expect(timers).toHaveLength(0)
  })

  it('stop() prevents locking', () => {
    vi.useFakeTimers()
    const onLock = vi.fn()
    createIdleLock({ onLock }).stop()
    vi.advanceTimersByTime(60 * 60_000)
    expect(onLock).not.toHaveBeenCalled()
  })
})

describe('passphrase strength', () => {
  it('rates short or common passphrases weak', () => {
    for (const p of ['', 'abc', 'soleil', 'Password123!', 'motdepasse', 'aaaaaaaaaaaa', 'azerty12']) {
      expect(passphraseStrength(p), p).toBe('weak')
    }
  })

  it('rates several words strong, whatever the characters', () => {
    for (const p of ['lune bleue sous pluie', 'cerise-tambour-voilier-neige', 'un chat qui danse le tango', 'MAISON JARDIN PLAGE VÉLO']) {
      expect(passphraseStrength(p), p).toBe('strong')
    }
  })

  it('rates the middle fair', () => {
    for (const p of ['lune bleue pluie', 'k7#Lm2qP9x', 'ornithorynque']) {
      expect(passphraseStrength(p), p).toBe('fair')
    }
    expect(passphraseStrength('k7#Lm2qP9x!Wz4$e')).toBe('strong')
  })

  it('has no upper limit', () => {
    const long = 'mot '.repeat(50_000) + 'fin de la phrase tres longue'
    expect(passphraseStrength(long)).toBe('strong')
  })

  it('accepts a very long passphrase for the vault', async () => {
    const { dossier } = setup()
    const long = 'une phrase très longue '.repeat(5_000)
    await dossier.create(long)
    await expect(dossier.unlock(long)).resolves.toBeDefined()
    expect((await rejection(dossier.unlock(long.slice(1)))).code).toBe('wrongPassphrase')
  })
})
