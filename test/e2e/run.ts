/**
 * End-to-end tests in the browser: starts `ql serve` on a temporary database, drives the local Jira
 * host page with Debian's Chromium through playwright-core, and exits non-zero if any case fails.
 * Usage: npm run test:e2e [-- name-filter]
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { cases as admin } from './admin-settings.e2e';
import { cases as chinese } from './chinese-screen.e2e';
import { cases as conflict } from './conflict.e2e';
import { cases as firstRender } from './first-render.e2e';
import { cases as flag } from './flag-ticket.e2e';
import { cases as loop } from './improvement-loop.e2e';
import { cases as qa } from './qa-review.e2e';
import { cases as reviews } from './reviews.e2e';
import { cases as screenshots } from './screenshots.e2e';
import { HostPage } from './support/host';
import { startLocalSite } from './support/serve';

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = process.env.QL_CHROMIUM ?? '/usr/bin/chromium';
const CASE_TIMEOUT_MS = 60_000;

async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'static', 'app', 'dist', 'index.html')))
    execSync('npm run build:ui', { cwd: ROOT, stdio: 'inherit' });
  const filter = process.argv[2];
  const all = [
    ...flag,
    ...chinese,
    ...admin,
    ...loop,
    ...conflict,
    ...firstRender,
    ...reviews,
    ...qa,
    ...screenshots,
  ].filter((c) => !filter || c.name.includes(filter));

  const site = await startLocalSite();
  const browser = await chromium
    .launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    .catch(async (e: unknown) => {
      await site.stop();
      throw e;
    });
  let failed = 0;
  try {
    for (const c of all) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      context.setDefaultTimeout(30_000);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const t0 = Date.now();
      try {
        await Promise.race([
          c.run(new HostPage(page, site.url), site),
          new Promise((_, reject) =>
            setTimeout(
              () => reject(new Error(`timed out after ${c.timeoutMs ?? CASE_TIMEOUT_MS} ms`)),
              c.timeoutMs ?? CASE_TIMEOUT_MS,
            ).unref(),
          ),
        ]);
        console.log(`✓ ${c.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed += 1;
        console.log(
          `✗ ${c.name} (${Date.now() - t0} ms)\n  ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
        );
        await page
          .screenshot({ path: join(ROOT, 'test-results', `failed-${all.indexOf(c)}.png`), fullPage: true })
          .catch(() => undefined);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  console.log(
    // The closing line alone, as CI reads it; the time on the line before.
    `\ne2e: ${((Date.now() - started) / 1000).toFixed(1)} s\n${all.length - failed} passed, ${failed} failed`,
  );
  return failed === 0 && all.length > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
