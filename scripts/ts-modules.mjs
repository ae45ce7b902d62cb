// The project's TypeScript modules, loaded in Node as they are, through Vite's module loader: what the
// bench (the anonymiser's corpus) and the facts scripts (src/content/) read without a build.

/**
 * Calls `use` with the modules at these paths (from the project's root, e.g. '/src/content/links.ts'),
 * in order, and gives back what it returns. The loader stays open until then, for the modules' own
 * dynamic imports (the anonymiser's word lists).
 */
export async function withTsModules(root, paths, use) {
  // Imported here, not at the top: the unit tests import the facts scripts' pure functions without Vite.
  const { createServer } = await import('vite')
  // Vite's dev server sets NODE_ENV=development for the whole process: a build that follows would
  // inherit it and ship Vue's development build. It is put back as it was.
  const nodeEnv = process.env.NODE_ENV
  const vite = await createServer({ root, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' })
  try {
    const modules = []
    for (const path of paths) modules.push(await vite.ssrLoadModule(path))
    return await use(modules)
  }
  finally {
    await vite.close()
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
