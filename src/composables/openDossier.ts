import { computed, shallowRef } from 'vue'
import type { Vault } from '@/dossier'

/**
 * The open dossier's vault, shared by every screen of the tab, in a file of its own: the "Ajouter au
 * dossier" buttons of the plan and the guides only need to know whether a dossier is open, and those
 * pages (ways in of their own) should not carry the rest of useDossier.ts to find out. A dossier can
 * only be opened from its own page, which loads useDossier.ts: by the time a button is shown, its
 * click finds that module already there.
 */
export const dossierVault = shallowRef<Vault | null>(null)

export const isDossierOpen = computed(() => dossierVault.value !== null)
