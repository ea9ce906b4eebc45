import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { E2eCase } from './support/e2e-case';

const OUT = join(__dirname, '..', '..', 'test-results', 'screenshots');
const ADMIN = 'quality-admin';
const PROJECT = 'quality-project-page';

/** Alert rules on the admin page, the daily run by hand, and the Reviews tab with CSV and print. */
export const cases: E2eCase[] = [
  {
    name: 'an admin saves the seed alert rule and runs the daily monitoring; the review downloads and prints',
    timeoutMs: 120_000,
    run: async (host) => {
      mkdirSync(OUT, { recursive: true });
      await host.open();
      await host.actAs('admin');
      const admin = await host.ready(ADMIN);
      await admin.getByRole('button', { name: 'Add a rule' }).click();
      await admin.locator('#ql-rules-0-name').fill('NPS below the baseline by 30% for 3 days');
      await admin.locator('#ql-rules-0-projectKey').fill('SUP');
      await admin.getByRole('button', { name: 'Save alert rules' }).click();
      await admin.getByText('Alert rules saved.').waitFor();
      await admin
        .locator('section[aria-labelledby="ql-section-alert-rules"]')
        .screenshot({ path: join(OUT, 'alert-rules-section.png') });
      await admin.getByRole('button', { name: 'Run the daily monitoring now' }).click();
      await admin.getByText(/^Done: \d+ rule\(s\) fired, 2 review\(s\) kept\.$/).waitFor({ timeout: 90_000 });

      const page = await host.ready(PROJECT);
      await page.getByRole('tab', { name: 'Reviews' }).click();
      await page.getByText('Review history').waitFor();
      await page.getByRole('heading', { name: 'Alerts' }).waitFor();
      await page
        .locator('section[aria-label="Alerts"]')
        .first()
        .screenshot({ path: join(OUT, 'alerts-history.png') });
      await page.getByRole('button', { name: 'Open' }).first().click();
      await page.getByRole('button', { name: 'Download CSV' }).waitFor();
      await host.page
        .locator(`section.card[data-key="${PROJECT}"] iframe`)
        .screenshot({ path: join(OUT, 'reviews-tab.png') });

      const [download] = await Promise.all([
        host.page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^SUP-(weekly|monthly)-\d{4}-(W\d{2}|\d{2})\.csv$/);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'the CSV starts with the UTF-8 byte order mark');
      assert.ok(csv.includes('\r\n'), 'records end with CRLF');

      // Print opens the browser's dialog: record the call instead.
      await page.locator('html').evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.getByRole('button', { name: 'Print' }).click();
      assert.equal(
        await page.locator('html').evaluate(() => (window as unknown as { printed: number }).printed),
        1,
      );
      await page.getByLabel('Language').selectOption('zh-CN');
      await page.getByText('KPI 对比目标').waitFor();
    },
  },
];
