/** Ports of the servers the browser tests start themselves, above the preview server's (E2E_PORT). */
const base = Number(process.env.E2E_PORT ?? 4173)

export const ports = { other: base + 1, updateA: base + 2, updateB: base + 3, nginx: base + 4 }
