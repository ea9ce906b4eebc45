import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import type { E2eCase } from './support/e2e-case';
import { HostPage } from './support/host';
import { accountsOf, actAsAccount, setTicket } from './support/loop';

const ROOT = join(__dirname, '..', '..');
const PANEL = 'improvement-panel';
const DAY = 86_400_000;

type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
type Improvement = { key: string; version: number; causes: Array<{ text: string }> };

async function must<T>(host: HostPage, key: string, payload: unknown, as: string): Promise<T> {
  const answer = (await host.invoke(key, payload, as)) as Envelope<T>;
  if (!answer.ok) throw new Error(`${key}: ${answer.error.code}: ${answer.error.message}`);
  return answer.data;
}

/** Adds a cause under one of the fishbone's bones, without saving it. */
async function addCause(panel: FrameLocator, bone: string, text: string): Promise<void> {
  const region = panel.getByRole('region', { name: bone, exact: true });
  await region.getByRole('button', { name: 'Add cause' }).click();
  await region.locator('input[id^="cause-"]').last().fill(text);
}

/** Two quality managers edit the same improvement; the second saves over a version that is gone. */
export const cases: E2eCase[] = [
  {
    name: 'a stale save reloads the improvement and says what the other person changed',
    timeoutMs: 90_000,
    run: async (host, site) => {
      await host.open();
      const [first, second] = await accountsOf(host, 'qualityManager');
      assert.ok(first && second, 'the "Act as" list has two quality managers');

      // Setup through the resolvers the screens call: an improvement in analysis.
      const opened = await must<Improvement>(
        host,
        'improvement/open',
        {
          statement: 'Refund requests wait two days for a first reply',
          scope: { projectKey: 'SUP', jql: null, dimensions: {} },
          kpi: 'frtMedianMs',
          baselineFrom: new Date(Date.now() - 30 * DAY).toISOString(),
          baselineTo: new Date().toISOString(),
          timeZone: 'Asia/Shanghai',
          target: 4 * 3_600_000,
          reviewDate: new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10),
        },
        first,
      );
      const { key } = opened;
      await must(host, 'improvement/advance', { key, version: opened.version, to: 'analysing' }, first);

      // Both open the panel's Root cause tab, each in their own browser.
      await actAsAccount(host, first);
      await setTicket(host, key);
      const mine = await host.ready(PANEL);
      await mine.getByRole('tab', { name: 'Root cause', exact: true }).click();

      const browser = host.page.context().browser();
      assert.ok(browser, 'the page has a browser');
      const otherContext = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
      const otherPage = await otherContext.newPage();
      try {
        const other = new HostPage(otherPage, site.url);
        await other.open();
        await actAsAccount(other, second);
        await setTicket(other, key);
        const theirs = await other.ready(PANEL);
        await theirs.getByRole('tab', { name: 'Root cause', exact: true }).click();
        await theirs.getByRole('region', { name: '法 Method', exact: true }).waitFor();

        // The first manager saves a cause.
        const saved = 'Refunds need a supervisor who works days only';
        await addCause(mine, '人 People', saved);
        await mine.getByRole('button', { name: 'Save causes' }).click();
        await mine.getByText('Saved.', { exact: true }).waitFor();

        // The second, still on the version before it, saves their own: refused, reloaded, explained.
        const stale = 'The refund form asks for the order twice';
        await addCause(theirs, '法 Method', stale);
        await theirs.getByRole('button', { name: 'Save causes' }).click();
        const notice = theirs.getByText(/your change was not saved/);
        await notice.waitFor();
        await theirs.getByText('What they changed: the causes and 5-Whys.', { exact: true }).waitFor();
        await theirs.getByText('Make your change again if it is still needed.', { exact: true }).waitFor();
        // Their screen now shows the stored record: the first manager's cause, not the refused one.
        const people = theirs.getByRole('region', { name: '人 People', exact: true });
        assert.equal(await people.locator('input[id^="cause-"]').first().inputValue(), saved);
        assert.equal(
          await theirs
            .getByRole('region', { name: '法 Method', exact: true })
            .locator('input[id^="cause-"]')
            .count(),
          0,
          'the refused cause is not on the screen',
        );
        const stored = await must<Improvement>(host, 'improvement/get', { key }, first);
        assert.deepEqual(
          stored.causes.map((c) => c.text),
          [saved],
        );
      } catch (e) {
        // The runner keeps a picture of the first browser only: keep the second one's too.
        await otherPage
          .locator(`section.card[data-key="${PANEL}"]`)
          .screenshot({ path: join(ROOT, 'test-results', 'failed-conflict-second.png') })
          .catch(() => undefined);
        const shown = await otherPage
          .frameLocator(`section.card[data-key="${PANEL}"] iframe`)
          .locator('#root')
          .innerText({ timeout: 2000 })
          .catch(() => '(no panel)');
        throw new Error(`${e instanceof Error ? e.message : String(e)}\nThe second panel shows:\n${shown}`);
      } finally {
        await otherContext.close();
      }
    },
  },
];
