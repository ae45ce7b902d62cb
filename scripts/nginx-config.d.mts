export function readHeaders(text: string): [string, string][]
export const compressedTypes: string[]
export function nginxConfig(headersText: string): string
