// Only the parser of libphonenumber-js, with its smallest metadata ("min"): a module of its own, so
// the bundler keeps nothing else of the library and the anonymiser page loads it on demand.
export { parsePhoneNumberFromString } from 'libphonenumber-js/min'
