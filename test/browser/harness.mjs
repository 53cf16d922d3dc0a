// Browser-test harness: starts the service on a free port with a temporary embedded database,
// drives Debian's Chromium with playwright-core, checks accessibility with axe-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ARTIFACTS = join(ROOT, 'test', 'browser', 'artifacts');
const WEB_DIST = join(ROOT, 'web', 'dist');

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(url, ms, child, log) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the service did not answer ${url} in ${ms} ms:\n${log()}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Only while src/web's WebModule is not yet imported by the AppModule: serves web/dist the way
 * the module does (SPA fallback) with the service's own security headers, and forwards
 * /graphql and /health to the service.
 */
async function startBridge(servicePort) {
  const health = await fetch(`http://127.0.0.1:${servicePort}/health`);
  const security = {};
  for (const [k, v] of health.headers) {
    if (
      /^(content-security-policy|cross-origin-|referrer-policy|x-content-type-options|x-frame-options|strict-transport-security|origin-agent-cluster)/i.test(
        k,
      )
    )
      security[k] = v;
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.startsWith('/graphql') || path.startsWith('/health')) {
      const upstream = httpRequest(
        { host: '127.0.0.1', port: servicePort, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    let file = normalize(join(WEB_DIST, path));
    if (!file.startsWith(WEB_DIST)) return res.writeHead(400).end();
    const isFile = existsSync(file) && statSync(file).isFile();
    if (!isFile) {
      if (path.startsWith('/assets/')) return res.writeHead(404, security).end();
      file = join(WEB_DIST, 'index.html');
    }
    res.writeHead(200, { ...security, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return { port, close: () => new Promise((r) => server.close(r)) };
}

/** Starts `src/main.ts` (as `npm start` does) on a free port with a fresh data folder. */
export async function startService() {
  if (!existsSync(join(WEB_DIST, 'index.html'))) execFileSync('npm', ['run', '-s', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'jaavi-browser-'));
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), JAAVI_DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const log = () => output.slice(-4000);
  await waitFor(`http://127.0.0.1:${port}/health`, 180_000, child, log);

  let baseUrl = `http://127.0.0.1:${port}`;
  let bridge = null;
  const page = await fetch(`${baseUrl}/`)
    .then((r) => r.text())
    .catch(() => '');
  if (!page.includes('id="app"')) {
    bridge = await startBridge(port);
    baseUrl = `http://127.0.0.1:${bridge.port}`;
    process.stdout.write(
      `# note: the service does not serve the web interface yet (WebModule not imported in AppModule); serving web/dist from the test bridge at ${baseUrl}\n`,
    );
  }
  return {
    baseUrl,
    servedByService: !bridge,
    log,
    async stop() {
      await bridge?.close();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A page that records console errors and CSP violations for the test to assert on. */
export async function newPage(browser, baseUrl) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'fi-FI',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  return page;
}

/** A development token, for services that do not list demo users yet. */
export function devToken(...args) {
  return execFileSync(process.execPath, ['bin/jaavi.js', 'token', ...args], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'development' } })
    .toString()
    .trim();
}

const TOKEN_ARGS = {
  secretary: ['--role', 'secretary', '--bodies', 'koivula-kh,koivula-tela'],
  official: ['--role', 'official', '--person', 'aino-lehtonen'],
  auditor: ['--role', 'auditor'],
  admin: ['--role', 'admin'],
};

/** Signs in through the sign-in page: the demo user of the role, or a pasted development token. */
export async function signIn(page, role) {
  await page.goto('/signin');
  await page.locator('#page-title').waitFor();
  const demo = page.locator('input[name="demo-user"]');
  const token = page.locator('#dev-token');
  await demo.first().or(token).waitFor();
  if (await demo.count()) {
    const labels = await page.locator('.radio label').allTextContents();
    const index = labels.findIndex((l) => l.toLowerCase().includes(ROLE_WORD[role]));
    if (index < 0) throw new Error(`no demo user for ${role}: ${labels.join(' | ')}`);
    await demo.nth(index).check();
    await page.getByRole('button', { name: 'Kirjaudu demokäyttäjänä' }).click();
  } else {
    await token.fill(devToken(...TOKEN_ARGS[role]));
    await page.getByRole('button', { name: 'Kirjaudu tunnisteella' }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

const ROLE_WORD = { secretary: 'sihteeri', official: 'luottamushenkilö', auditor: 'tarkastaja', admin: 'ylläpitäjä' };

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is; writes the result next to the
 * screenshots and returns the serious and critical violations.
 */
export async function axe(page, name) {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays on.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }),
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 10),
  }));
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), `${JSON.stringify({ url: page.url(), violations }, null, 2)}\n`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The catalogues' texts (the web app's messages and the engine's), read through the project's
 * TypeScript loader. `foreignPhrases(lang)`: phrases of the other languages (two words or more,
 * placeholders cut out) that `lang`'s own texts do not contain.
 */
export function catalogueTexts() {
  const script = `
    const web = require('./web/src/messages.ts').messages;
    const { CATALOGUES } = require('./src/rules/i18n');
    const leaves = (t, out = []) => { for (const v of Object.values(t)) typeof v === 'string' ? out.push(v) : leaves(v, out); return out; };
    const out = {};
    for (const l of ['fi', 'sv', 'en']) out[l] = [...Object.values(web[l]), ...leaves(CATALOGUES[l])];
    process.stdout.write(JSON.stringify(out));`;
  const texts = JSON.parse(execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: ROOT }).toString());
  const phrases = (list) =>
    list
      .flatMap((t) => t.split(/\{\w+\}/))
      .map((f) => f.trim().replace(/^[\s,.:;()–-]+|[\s,.:;()–-]+$/g, ''))
      .filter((f) => f.length >= 10 && /\S+\s+\S+/.test(f));
  return {
    foreignPhrases(lang) {
      const own = texts[lang].join('\n');
      const others = ['fi', 'sv', 'en'].filter((l) => l !== lang).flatMap((l) => phrases(texts[l]));
      return [...new Set(others)].filter((p) => !own.includes(p));
    },
  };
}
