import { defineConfig, devices } from '@playwright/test'

// Debian's Chromium from apt, never a browser downloaded by a test tool.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// The preview server's port; another checkout on the same machine can run its tests beside this one
// with E2E_PORT set (the offline tests' own servers use the next ports up, see tests/e2e/ports.ts).
const port = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  // One browser at a time: on two cores one Chromium test already keeps both busy (renderer, browser,
  // network service, the test runner), and two workers were measured to finish no sooner.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Generous limits, not waits: a test moves on as soon as the state it needs is there, so these only
  // matter on a machine so busy that a state takes long to come (two browsers on two cores, another
  // checkout's tests beside them). A red test still fails, later.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    // No service worker unless a test asks for one (test.use({ serviceWorkers: 'allow' }): the offline
    // and update tests). Otherwise every test's fresh browser would install it and precache the whole
    // app in the background, which took about a fifth of the suite's time on two cores.
    serviceWorkers: 'block',
    ...devices['Pixel 7'],
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    // Never a server found on the port: it may be another checkout's, serving another build. A busy
    // port stops the run with Playwright's message; choose another with E2E_PORT.
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
