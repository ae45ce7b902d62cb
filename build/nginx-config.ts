import { ASSETS, FIXED_NAMES, SHELL } from './serving.ts'

// The nginx rules for serving dist/ (deploy/eclaircie.conf), written from public/_headers (the one
// written security policy) and the serving rule of serving.ts. `npm run deploy:config`
// (scripts/deploy-config.mjs) writes them, with public/_redirects; a unit test fails when the committed
// files are not what this writes.

/** The headers of public/_headers (one `/*` block: `  Name: value` lines), in order. */
export function readHeaders(text: string): [string, string][] {
  return text
    .split('\n')
    .filter(line => /^\s+[\w-]+:/.test(line))
    .map(line => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string])
}

/** Text types worth compressing (HTML is always compressed). The same list serves brotli. */
export const compressedTypes = ['text/css', 'text/plain', 'text/javascript', 'application/javascript', 'application/json',
  'application/manifest+json', 'image/svg+xml']

const CACHE = {
  never: 'no-cache',
  forever: 'public, max-age=31536000, immutable',
}

/** The nginx rules (server context) for the built site, with `_headers`' policy on every answer. */
export function nginxConfig(headersText: string): string {
  const headers = readHeaders(headersText)
  if (!headers.length) throw new Error('nginx-config: no header in public/_headers')
  const quote = (value: string) => {
    if (/["$\\\n]/.test(value)) throw new Error(`nginx-config: cannot quote ${value}`)
    return `"${value}"`
  }
  // add_header in a location replaces the server's: every location repeats the policy.
  const answer = (cache: string, indent = '    ') => [
    ...headers.map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`),
    `${indent}add_header Cache-Control ${quote(cache)} always;`,
  ].join('\n')
  return `# Éclaircie: how nginx serves the built site (dist/). Include it in your server { } block, after
# \`root\` (deploy/nginx.conf shows a whole site; docs/deploy.md explains each rule).
# Written by build/nginx-config.ts from public/_headers: do not edit, run \`npm run deploy:config\`.

# No record of who opened which address: a page's address can say what a person is going through, and a
# plan's address (/fr/plan/<code>) holds their answers. Missing files are not logged either, since their
# addresses are what people typed or were sent.
access_log off;
log_not_found off;

server_tokens off;
autoindex off;
charset utf-8;
charset_types text/css text/plain application/javascript application/json application/manifest+json image/svg+xml;
absolute_redirect off;

gzip on;
gzip_vary on;
gzip_comp_level 6;
gzip_min_length 256;
gzip_types ${compressedTypes.join(' ')};
# With the brotli module (Debian: libnginx-mod-http-brotli-filter), add:
#   brotli on;
#   brotli_comp_level 6;
#   brotli_types ${compressedTypes.join(' ')};

# The app has no address ending in a slash: /fr/ becomes /fr (no folder is ever listed).
rewrite ^(/.+?)/+$ $1 permanent;

# A file, or a pre-rendered page by its clean address (/fr/urgence → fr/urgence.html, / → index.html),
# or else the app shell, with status 200: a plan code or an unknown address, which the app routes
# itself. HTML, the service worker and the manifest are checked with the server before each use.
location / {
${answer(CACHE.never)}
    try_files $uri $uri.html /${SHELL};
}

location = / {
${answer(CACHE.never)}
    try_files /index.html =404;
}

location = /manifest.webmanifest {
    types { application/manifest+json webmanifest; }
${answer(CACHE.never)}
}

# Built files have their content's hash in their name: kept for good. A missing one is a 404, never
# the shell (a page must not run HTML as its script).
location ${ASSETS} {
${answer(CACHE.forever)}
    try_files $uri =404;
}

# Except the message parts, whose names are fixed (assets/locale-fr.core.js, docs/offline.md).
location ^~ ${FIXED_NAMES} {
${answer(CACHE.never)}
    try_files $uri =404;
}
`
}
