/**
 * The first digit of a plan code (code.ts): who answered, and in which version of the questions.
 * Apart from code.ts, with nothing imported, so the home page can link to either path without loading
 * the questions. Bump both whenever questions or option order change.
 */
/** The person, about themself. */
export const VERSION = '1'
/** Someone who helps the person (a parent, a friend, a teacher), about them. */
export const HELPER = '2'
