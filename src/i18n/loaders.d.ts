declare module 'virtual:locale-loaders' {
  type Loader = () => Promise<{ default: Record<string, unknown> }>
  const loaders: Record<string, Record<'core' | 'main' | 'guides', Loader>>
  export default loaders
}
