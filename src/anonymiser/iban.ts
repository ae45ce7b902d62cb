// The IBAN check of ibantools (ISO 13616: country, length and the mod-97 check digits), a module of its
// own so that only the anonymiser page loads it.
export { isValidIBAN } from 'ibantools'
