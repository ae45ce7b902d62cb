// @vitest-environment node
import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { qrSvg, quietZone } from '@/support/qr'

/**
 * The SVG is read back the way a browser would draw it, from the string alone: rectangles and path
 * data are rasterised into an RGBA buffer, which a QR decoder must read back to the same text.
 */
const pxPerUnit = 6

interface Raster { width: number, height: number, pixels: Uint8ClampedArray }

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
}

function rgb(fill: string | undefined): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill ?? '')?.[1] ?? (fill === 'white' ? 'ffffff' : fill === 'black' ? '000000' : undefined)
  if (!hex) throw new Error(`Unexpected fill ${fill}`)
  return [0, 2, 4].map(i => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]
}

/** The subpaths of path data made of M, L, H, V and Z commands (absolute or relative), as point lists. */
function subpaths(d: string): [number, number][][] {
  const tokens = d.match(/[MLHVZmlhvz]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? []
  const shapes: [number, number][][] = []
  let points: [number, number][] = []
  let x = 0
  let y = 0
  let command = ''
  const num = () => Number(tokens.shift())
  while (tokens.length > 0) {
    if (/[A-Za-z]/.test(tokens[0]!)) command = tokens.shift()!
    const relative = command === command.toLowerCase()
    switch (command.toUpperCase()) {
      case 'M':
        if (points.length > 0) shapes.push(points)
        x = num() + (relative ? x : 0)
        y = num() + (relative ? y : 0)
        points = [[x, y]]
        // Further pairs after a moveto are linetos.
        command = relative ? 'l' : 'L'
        break
      case 'L':
        x = num() + (relative ? x : 0)
        y = num() + (relative ? y : 0)
        points.push([x, y])
        break
      case 'H':
        x = num() + (relative ? x : 0)
        points.push([x, y])
        break
      case 'V':
        y = num() + (relative ? y : 0)
        points.push([x, y])
        break
      case 'Z':
        shapes.push(points)
        x = points[0]![0]
        y = points[0]![1]
        points = []
        break
      default:
        throw new Error(`Unsupported path command ${command}`)
    }
  }
  if (points.length > 0) shapes.push(points)
  return shapes
}

function fillRect(r: Raster, [x0, y0, x1, y1]: number[], color: [number, number, number]) {
  for (let y = Math.round(y0! * pxPerUnit); y < Math.round(y1! * pxPerUnit); y++) {
    for (let x = Math.round(x0! * pxPerUnit); x < Math.round(x1! * pxPerUnit); x++) {
      r.pixels.set([...color, 255], (y * r.width + x) * 4)
    }
  }
}

function rasterise(svg: string): Raster {
  const viewBox = attr(/<svg[^>]*>/.exec(svg)![0], 'viewBox')!.split(/\s+/).map(Number)
  const [minX, minY, w, h] = viewBox as [number, number, number, number]
  expect([minX, minY]).toEqual([0, 0])
  const raster: Raster = { width: w * pxPerUnit, height: h * pxPerUnit, pixels: new Uint8ClampedArray(w * pxPerUnit * h * pxPerUnit * 4) }
  // Shapes are painted in document order, like a browser does.
  for (const [tag] of svg.matchAll(/<(?:rect|path)\b[^>]*>/g)) {
    const color = rgb(attr(tag, 'fill'))
    if (tag.startsWith('<rect')) {
      const [x, y] = [Number(attr(tag, 'x') ?? 0), Number(attr(tag, 'y') ?? 0)]
      fillRect(raster, [x, y, x + Number(attr(tag, 'width')), y + Number(attr(tag, 'height'))], color)
      continue
    }
    for (const points of subpaths(attr(tag, 'd') ?? '')) {
      const xs = points.map(p => p[0])
      const ys = points.map(p => p[1])
      // Only axis-aligned rectangles are expected from a QR renderer; anything else would need a real rasteriser.
      expect(points.every(([px, py]) => (px === Math.min(...xs) || px === Math.max(...xs)) && (py === Math.min(...ys) || py === Math.max(...ys)))).toBe(true)
      fillRect(raster, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], color)
    }
  }
  return raster
}

const links = [
  'https://eclaircie.example/fr/plan/1102230',
  'https://eclaircie.example/en/plan/2201131',
  'https://eclaircie.example/fr/guide/preuves',
  `https://eclaircie.example/en/support/situation/adultSharedByEx?lang=en&from=sheet&${'x'.repeat(180)}`,
  'https://éclaircie.example/fr/réglages',
]

describe('qrSvg', () => {
  it.each(links)('decodes back to %s', (text) => {
    const { width, height, pixels } = rasterise(qrSvg(text))
    const decoded = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })
    expect(decoded?.data).toBe(text)
  })

  it.each(links)('keeps a light quiet zone of at least four modules around %s', (text) => {
    const { width, height, pixels } = rasterise(qrSvg(text))
    const margin = quietZone * pxPerUnit
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (x >= margin && x < width - margin && y >= margin && y < height - margin) continue
        expect(pixels[(y * width + x) * 4], `pixel ${x},${y}`).toBe(255)
      }
    }
  })

  it('draws black on white with fixed colours, whatever the theme', () => {
    const svg = qrSvg(links[0]!)
    const fills = [...svg.matchAll(/\sfill="([^"]*)"/g)].map(m => m[1])
    expect(fills).toEqual(['#ffffff', '#000000'])
    expect(svg).not.toMatch(/currentColor|style=|var\(/)
  })

  it('is an accessible image with crisp modules', () => {
    const svg = qrSvg(links[0]!, { title: 'Code QR du lien en français' })
    expect(svg).toMatch(/^<svg [^>]*role="img"/)
    expect(svg).toMatch(/^<svg [^>]*aria-label="Code QR du lien en français"/)
    expect(svg).toMatch(/^<svg [^>]*shape-rendering="crispEdges"/)
    expect(svg).toContain('<title>Code QR du lien en français</title>')
  })

  it('names the image after the link when no title is given, escaped', () => {
    const svg = qrSvg('https://eclaircie.example/?a=1&b="2"<')
    expect(svg).toContain('<title>https://eclaircie.example/?a=1&amp;b=&quot;2&quot;&lt;</title>')
    expect(svg).toContain('aria-label="https://eclaircie.example/?a=1&amp;b=&quot;2&quot;&lt;"')
  })

  it('stays small enough to inline in a page', () => {
    expect(qrSvg(links[0]!).length).toBeLessThan(8000)
  })
})
