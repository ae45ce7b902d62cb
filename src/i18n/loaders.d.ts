declare module 'virtual:locale-loaders' {
  type Loader = () => Promise<{ default: Record<string, unknown> }>
  const loaders: Record<string, Record<import('./parts').MessagePart, Loader>>
  export default loaders
}

/** Where the split message files live, for the development server (build/locale-parts.ts). */
declare const __LOCALE_PARTS_DIR__: string
