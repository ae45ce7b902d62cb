/**
 * Public phone numbers: a note names them to say where a person was sent, and they identify no one,
 * however they are spaced. The helplines the app lists are read from src/content/helplines.ts (written
 * once there). The others are a keep-list of well-known services abroad that notes name: they are never
 * shown to anyone, only left in a note as they were written.
 */
import { helplineList } from '../content/helplines'

/** A number's digits, French numbers written the national way (+33 6…, 0033 6… and 06… alike). */
export const digitsOf = (text: string) => text.replace(/\D/g, '').replace(/^(?:0033|33(?=\d{9}$))/, '0')

const abroad = [
  '0800 1111', // Childline (UK)
  '116 123', // Samaritans (UK and Ireland)
  '0345 6000 459', // Revenge Porn Helpline (UK)
  '116 000', // Child Focus (Belgium), the European missing-children number
  '116 111', // the European child helpline number
  '147', // Pro Juventute (Switzerland)
  '1-800-843-5678', // NCMEC's CyberTipline (US)
]

export const publicNumbers = new Set([
  ...helplineList.flatMap(line => [line.tel, line.abroad?.tel]).filter(tel => tel !== undefined),
  ...abroad,
].map(tel => digitsOf(tel)))
