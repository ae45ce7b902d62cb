#!/usr/bin/env node
// npm run deploy:config — writes deploy/eclaircie.conf (the nginx rules) and public/_redirects (the
// static hosts' rules) from public/_headers and the serving rule (build/serving.ts, build/nginx-config.ts).
// A unit test fails when the committed files are not what this writes.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withTsModules } from './ts-modules.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
await withTsModules(root, ['/build/nginx-config.ts', '/build/serving.ts'], ([{ nginxConfig }, { staticHostRedirects }]) => {
  const files = {
    'deploy/eclaircie.conf': nginxConfig(readFileSync(new URL('public/_headers', `file://${root}`), 'utf8')),
    'public/_redirects': staticHostRedirects(),
  }
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(new URL(file, `file://${root}`), text)
    console.log(`Written ${file}`)
  }
})
