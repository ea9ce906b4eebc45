import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator } from 'playwright-core';
import type { E2eCase } from './support/e2e-case';
import type { HostPage } from './support/host';
import { accountsOf, actAsAccount, setTicket } from './support/loop';

const OUT = join(__dirname, '..', '..', 'test-results', 'screenshots');
const ADMIN = 'quality-admin';
const PROJECT = 'quality-project-page';
const PANEL = 'qa-review-panel';
const GADGET = 'kpi-scorecard-gadget';

/**
 * The criteria of the scorecard the admin builds below, one per section in this order, weight 10 each:
 * the third (accuracy) rated 1–5 and critical, the fourth (empathy) allowing N/A.
 */
const CRITERIA = [
  'Greets the customer by name',
  'Restates the problem',
  'The answer is correct',
  'Acknowledges the frustration',
  'Follows the refund process',
  'Offers further help',
] as const;

type Figures = { reviews: number; passed: number };
type Period = { projectKey: string; from: string; to: string; timeZone: string };

/** The QA compliance the gadget must show for these counts: "no data" or passed/reviews as "50.0%". */
const expectedFigure = (f: Figures): string =>
  f.reviews === 0 ? 'no data' : `${((f.passed / f.reviews) * 100).toFixed(1)}%`;

/** The scorecard gadget's QA compliance cell, after the gadget reloaded (a frame reload refetches). */
async function gadgetQaFigure(host: HostPage): Promise<string> {
  const gadget = await host.ready(GADGET);
  const cell = gadget
    .getByRole('row')
    .filter({ has: gadget.getByRole('rowheader', { name: 'QA compliance', exact: true }) })
    .locator('td span')
    .first();
  return (
    (
      await cell.textContent().catch(async (e: unknown) => {
        const shown = await gadget
          .locator('#root')
          .innerText({ timeout: 2000 })
          .catch(() => '');
        throw new Error(`${e instanceof Error ? e.message : String(e)}\nThe gadget shows: ${shown}`);
      })
    )?.trim() ?? ''
  );
}

/** Random-sample review counts of the gadget's own period, straight from the QA resolver. */
async function qaFigures(host: HostPage, period: Period, accountId: string): Promise<Figures> {
  // A kept-alive connection the server just closed resets the first request: asked once more then.
  const ask = () => host.invoke('qa/figures', period, accountId);
  const answer = (await ask().catch(async (e: unknown) => {
    if (e instanceof Error && e.message.includes('ECONNRESET')) return ask();
    throw e;
  })) as {
    ok: boolean;
    data?: Figures;
    error?: { message: string };
  };
  if (!answer.ok || !answer.data) throw new Error(`qa/figures: ${answer.error?.message ?? 'no data'}`);
  return answer.data;
}

/** Answers every criterion of the panel's scorecard: `values[i]` is the option label of criterion i. */
async function score(panel: FrameLocator, values: readonly string[]): Promise<void> {
  for (const [i, name] of CRITERIA.entries()) {
    const option = values[i] ?? 'Yes';
    await panel.getByRole('radiogroup', { name, exact: true }).getByRole('radio', { name: option }).check();
  }
}

/**
 * Builds and publishes a new scorecard in the admin page beside the seeded one, then makes it the
 * active scorecard (and names the reviewer group) in the QA settings.
 */
async function publishScorecard(host: HostPage): Promise<void> {
  const admin = await host.ready(ADMIN);
  await admin.getByRole('button', { name: 'New scorecard' }).click();
  // Saving the blank draft is refused field by field, with the contract's rules, before any call.
  await admin.getByRole('button', { name: 'Save draft' }).click();
  await admin.getByText(/fields need fixing before saving\.$/).waitFor();
  await admin.locator('[data-error-for="qa.nameEn"]').getByText('Required').waitFor();
  await admin.locator('#ql-qa-nameEn').fill('E2E service scorecard');
  await admin.locator('#ql-qa-nameZh').fill('端到端服务评分表');
  for (const [si, name] of CRITERIA.entries()) {
    await admin.locator(`#ql-qa-sections-${si}-criteria-0-nameEn`).fill(name);
    await admin.locator(`#ql-qa-sections-${si}-criteria-0-nameZh`).fill(`评分项 ${si + 1}`);
  }
  const accuracy = admin.locator('fieldset[aria-label="Criterion The answer is correct"]');
  await accuracy.locator('select').selectOption('oneToFive');
  await accuracy.getByLabel('Critical (fails the review whatever the score)').check();
  await admin
    .locator('fieldset[aria-label="Criterion Acknowledges the frustration"]')
    .getByLabel('N/A allowed')
    .check();
  await admin.locator('#ql-qa-sections-0-criteria-0-weight').fill('0');
  await admin
    .locator('[data-error-for="qa.sections.0.criteria.0.weight"]')
    .getByText('More than 0')
    .waitFor();
  await admin.locator('#ql-qa-sections-0-criteria-0-weight').fill('10');
  await admin.getByRole('button', { name: 'Publish as version 1' }).click();
  await admin.getByText('Published version 1. Reviews already scored keep their own version.').waitFor();
  // The sample site's seeded scorecard stays active until the settings name the new one.
  const created = admin.locator('li[data-scorecard]').filter({ hasText: 'E2E service scorecard' });
  await admin.locator('li[data-scorecard="standard"]').getByText('Active', { exact: true }).waitFor();
  assert.equal(
    await created.getByText('Active', { exact: true }).count(),
    0,
    'not active before the settings',
  );
  await admin.locator('#ql-qa-reviewerGroup').fill('quality-managers');
  await admin.getByLabel('Active scorecard').selectOption({ label: 'E2E service scorecard (v1)' });
  await admin.getByRole('button', { name: 'Save QA settings' }).click();
  await admin.getByText('QA settings saved.').waitFor();
  await created.getByText('Active', { exact: true }).waitFor();
}

/** The QA tab of the project page, on one of its sub-tabs. */
async function qaTab(host: HostPage, sub: 'Queue' | 'My reviews' | 'Calibration' | 'Figures') {
  const page = await host.ready(PROJECT);
  await page.getByRole('tab', { name: 'QA', exact: true }).click();
  await page.getByRole('tab', { name: sub, exact: true }).click();
  return page;
}

export const cases: E2eCase[] = [
  {
    name: 'QA: an admin publishes a scorecard, a reviewer scores two sampled tickets, the gadget’s QA compliance follows, the agent disputes',
    timeoutMs: 240_000,
    run: async (host) => {
      mkdirSync(OUT, { recursive: true });
      await host.open();
      await host.actAs('admin');
      await publishScorecard(host);

      // The gadget's own kpi/report period, to count the reviews it must show.
      const gadgetPeriods: Period[] = [];
      const figuresPeriods: Period[] = [];
      host.page.on('request', (request) => {
        if (!request.url().endsWith('/bridge/invoke')) return;
        const body = request.postDataJSON() as { functionKey?: string; payload?: Period } | null;
        if (body?.functionKey === 'kpi/report' && body.payload) gadgetPeriods.push(body.payload);
        if (body?.functionKey === 'qa/figures' && body.payload) figuresPeriods.push(body.payload);
      });

      // A quality manager (reviewer group) draws the sample of the last 7 complete days.
      const reviewer = await host.actAs('qualityManager');
      const agents = new Set(await accountsOf(host, 'agent'));
      const queue = await qaTab(host, 'Queue');
      await queue.getByRole('button', { name: 'Draw sample' }).click();
      await queue.getByText(/^Sample drawn: \d+ of \d+ resolved tickets/).waitFor();
      // The seeded samples are in the queue too, reviewed already: only a ticket nobody reviewed moves
      // the figure (a ticket's first review is the one that counts).
      const unreviewed = queue.locator('tr[data-kind="random"][data-reviewed="false"]');
      await unreviewed.first().waitFor();
      const rows = await unreviewed.evaluateAll((trs) =>
        trs.map((tr) => ({
          issueKey: (tr as HTMLElement).dataset.issue ?? '',
          agent: (tr as HTMLElement).dataset.agent ?? '',
        })),
      );
      const picks = rows.filter((r) => agents.has(r.agent) && r.agent !== reviewer);
      assert.ok(picks.length >= 2, `two random picks with an agent on the host (${JSON.stringify(rows)})`);
      const [pass, fail] = picks as [(typeof picks)[0], (typeof picks)[0]];
      await host.page
        .locator(`section.card[data-key="${PROJECT}"] iframe`)
        .screenshot({ path: join(OUT, 'qa-queue-light.png') });

      // Before: the gadget's figure equals the counts of its period (the seeded reviews).
      const before = await gadgetQaFigure(host);
      const period = gadgetPeriods.at(-1);
      assert.ok(period, 'the gadget called kpi/report');
      const counts0 = await qaFigures(host, period, reviewer);
      assert.ok(counts0.reviews > 0, 'the sample site was seeded with QA reviews');
      assert.equal(before, expectedFigure(counts0), `gadget before, counts ${JSON.stringify(counts0)}`);

      // 1. A passing review: every yes / 5, empathy N/A (its weight dropped) → 100.
      await setTicket(host, pass.issueKey);
      let panel = await host.ready(PANEL);
      await panel.getByText('Random sample', { exact: true }).first().waitFor();
      await score(panel, ['Yes', 'Yes', '5', 'N/A', 'Yes', 'Yes']);
      // The live preview before sending: the same function the server scores with.
      await panel.locator('[data-preview-score="100"][data-preview-passed="true"]').waitFor();
      await panel.getByRole('button', { name: 'Submit review' }).click();
      await panel.getByText(/^Review saved/).waitFor();
      let card = panel.locator('article[data-review]').first();
      assert.equal(await card.locator('[data-score]').textContent(), '100');
      await card.getByText('Passed', { exact: true }).waitFor();

      await setTicket(host, pass.issueKey); // every frame reloads: the gadget refetches
      const counts1 = { reviews: counts0.reviews + 1, passed: counts0.passed + 1 };
      assert.equal(await gadgetQaFigure(host), expectedFigure(counts1), 'gadget after the passing review');
      const resolver1 = await qaFigures(host, period, reviewer);
      assert.deepEqual([resolver1.reviews, resolver1.passed], [counts1.reviews, counts1.passed]);

      // 2. A failing review: the critical accuracy rated 1; the rest yes → 50/60 = 83.33 ≥ 80 yet failed.
      await setTicket(host, fail.issueKey);
      panel = await host.ready(PANEL);
      await score(panel, ['Yes', 'Yes', '1', 'Yes', 'Yes', 'Yes']);
      await panel.locator('[data-preview-score="83.33"][data-preview-passed="false"]').waitFor();
      await panel.getByRole('button', { name: 'Submit review' }).click();
      await panel.getByText(/^Review saved/).waitFor();
      card = panel.locator('article[data-review]').first();
      assert.equal(await card.locator('[data-score]').textContent(), '83.33');
      await card.getByText('Failed', { exact: true }).waitFor();
      await card.getByText(/^Critical criteria failed/).waitFor();
      await card.getByText('The answer is correct').first().waitFor();
      await host.page
        .locator(`section.card[data-key="${PANEL}"] iframe`)
        .screenshot({ path: join(OUT, 'qa-review-panel-scored-light.png') });

      await setTicket(host, fail.issueKey);
      const counts2 = { reviews: counts0.reviews + 2, passed: counts0.passed + 1 };
      const after = await gadgetQaFigure(host);
      assert.equal(after, expectedFigure(counts2), 'gadget after the failing review');
      console.log(
        `  QA compliance in the gadget: ${before} → ${expectedFigure(counts1)} → ${after} (${pass.issueKey} passed, ${fail.issueKey} failed)`,
      );

      // The Figures tab shows the resolver's counts for its own period, random and targeted apart.
      const figures = await qaTab(host, 'Figures');
      const random = figures.locator('[data-figure="random"]');
      await random.waitFor();
      const tabPeriod = figuresPeriods.at(-1);
      assert.ok(tabPeriod, 'the Figures tab called qa/figures');
      const tabCounts = await qaFigures(host, tabPeriod, reviewer);
      await random.getByText(expectedFigure(tabCounts), { exact: true }).waitFor();
      await random.getByText(`Passed ${tabCounts.passed} / Reviews ${tabCounts.reviews}`).waitFor();

      // 3. Calibration: a second quality manager scores the failed ticket differently (accuracy 4, passes).
      const second = (await accountsOf(host, 'qualityManager')).find(
        (a) => a !== reviewer && a !== fail.agent,
      );
      if (second) {
        await actAsAccount(host, second);
        panel = await host.ready(PANEL);
        await score(panel, ['Yes', 'Yes', '4', 'Yes', 'Yes', 'Yes']);
        await panel.getByRole('button', { name: 'Submit review' }).click();
        await panel.getByText(/^Review saved/).waitFor();
        // 50 + 10 × 3/4 = 57.5 of 60 → 95.83, passed. The list of reviews redraws after the notice.
        await panel.locator('article[data-review] [data-score]').nth(1).waitFor();
        assert.equal(
          await panel
            .locator('article[data-review] [data-score]')
            .allTextContents()
            .then((t) => t.sort())
            .then((t) => t.join(' ')),
          '83.33 95.83',
        );
        // Only the first review of a ticket counts toward QA compliance: the gadget keeps its figure.
        await setTicket(host, fail.issueKey);
        assert.equal(await gadgetQaFigure(host), expectedFigure(counts2), 'a second review changes nothing');

        const calibration = await qaTab(host, 'Calibration');
        const ticket = calibration.locator(`[data-calibration-ticket="${fail.issueKey}"]`);
        // Accuracy 1 vs 4 is more than one point apart: no agreement, highlighted; greeting agrees.
        const accuracy = ticket.getByRole('row').filter({ hasText: 'The answer is correct' });
        await accuracy.getByText('Reviewers differ').waitFor();
        assert.equal((await accuracy.locator('td').allTextContents()).join(' | '), '1 | 4 | 0.0%');
        const greeting = ticket.getByRole('row').filter({ hasText: 'Greets the customer by name' });
        assert.equal((await greeting.locator('td').allTextContents()).join(' | '), 'Yes | Yes | 100.0%');
        await host.page
          .locator(`section.card[data-key="${PROJECT}"] iframe`)
          .screenshot({ path: join(OUT, 'qa-calibration-light.png') });
      }

      // 4. The reviewed agent sees the review and disputes it; a dispute needs a comment.
      await actAsAccount(host, fail.agent);
      panel = await host.ready(PANEL);
      card = panel
        .locator('article[data-review]')
        .filter({ has: panel.locator('[data-score]', { hasText: '83.33' }) });
      await card.getByText('Awaiting the agent’s response').waitFor();
      await card.getByRole('button', { name: 'Dispute' }).click();
      await card.getByText('A dispute needs a comment saying what you disagree with.').waitFor();
      const why = 'The customer asked about the old tariff; my answer was right for it.';
      await card.getByLabel('Comment (required to dispute)').fill(why);
      await card.getByRole('button', { name: 'Dispute' }).click();
      await card.getByText('Disputed by the agent').waitFor();
      await card.getByText(`“${why}”`).waitFor();
      assert.equal(await card.getByRole('button', { name: 'Acknowledge' }).count(), 0, 'answered once');
      // The dispute is an internal comment on the ticket, now part of the conversation.
      await panel
        .locator('li')
        .filter({ hasText: 'Internal note' })
        .filter({ hasText: why })
        .first()
        .waitFor();

      // The reviews and the answered dispute fit a 300 px panel.
      const panelFrame = host.page.locator(`section.card[data-key="${PANEL}"] iframe`);
      await panelFrame.evaluate((el) => ((el as HTMLIFrameElement).style.width = '300px'));
      await host.page.waitForTimeout(200);
      const overflow = await panel.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      assert.ok(overflow <= 0, `the agent's panel fits 300 px (overflows by ${overflow} px)`);
      await panelFrame.screenshot({ path: join(OUT, 'qa-review-panel-agent-300-light.png') });

      // The agent's own reviews on the project page show it disputed.
      const mine = await qaTab(host, 'My reviews');
      const row = mine.getByRole('row').filter({ hasText: fail.issueKey });
      await row.getByText('Disputed by the agent').waitFor();
      await row.getByText('Failed', { exact: true }).waitFor();
    },
  },
  {
    name: 'QA screens in 简体中文: 质检评分, 评分表, 待检队列, 校准, 质检评分表',
    run: async (host) => {
      await host.open();
      await host.actAs('qualityManager');
      await host.language('zh_CN');
      const panel = await host.ready(PANEL);
      await panel.getByRole('heading', { name: /^质检评分 · / }).waitFor();
      await panel.getByRole('heading', { name: '会话记录' }).waitFor();
      await panel.getByRole('heading', { name: '评分表' }).waitFor();
      await panel.getByRole('heading', { name: '此工单的质检记录' }).waitFor();
      const page = await host.ready(PROJECT);
      await page.getByRole('tab', { name: '质检', exact: true }).click();
      for (const tab of ['待检队列', '我的质检', '校准', '质检指标'])
        await page.getByRole('tab', { name: tab, exact: true }).waitFor();
      await page.getByRole('button', { name: '抽检', exact: true }).waitFor();
      await host.actAs('admin');
      const admin = await host.ready(ADMIN);
      await admin.getByRole('heading', { name: '质检评分表' }).waitFor();
      await admin.getByRole('button', { name: '保存质检设置' }).waitFor();
    },
  },
  ...(['light', 'dark'] as const).map((theme): E2eCase => ({
    name: `QA screens in the ${theme} theme, the panel at 300 px (screenshots)`,
    timeoutMs: 120_000,
    run: async (host) => {
      mkdirSync(OUT, { recursive: true });
      await host.open();
      await host.actAs('admin');
      if (theme === 'dark') await host.theme('dark');
      const admin = await host.ready(ADMIN);
      const qaPart = admin.locator('section[aria-labelledby="ql-section-qa-scorecards"]');
      await qaPart.waitFor();
      await qaPart.screenshot({ path: join(OUT, `qa-scorecards-${theme}.png`) });
      await admin
        .locator('section[aria-labelledby="ql-section-qa-settings"]')
        .screenshot({ path: join(OUT, `qa-settings-${theme}.png`) });
      // The editor, on a draft of the published scorecard when the first case made one, else a new one.
      const edit = qaPart.getByRole('button', { name: /^(New draft from version \d+|New scorecard)$/ });
      await edit.first().click();
      await qaPart.getByRole('form', { name: 'QA scorecards' }).waitFor();
      await qaPart.screenshot({ path: join(OUT, `qa-scorecard-editor-${theme}.png`) });

      await host.actAs('qualityManager');
      if (theme === 'dark') await host.theme('dark');
      const page = await qaTab(host, 'Queue');
      await page.getByRole('button', { name: 'Draw sample' }).waitFor();
      await host.page
        .locator(`section.card[data-key="${PROJECT}"] iframe`)
        .screenshot({ path: join(OUT, `qa-review-queue-${theme}.png`) });

      const frame = host.page.locator(`section.card[data-key="${PANEL}"] iframe`);
      await frame.evaluate((el) => ((el as HTMLIFrameElement).style.width = '300px'));
      const panel = await host.ready(PANEL);
      await panel.locator('main').waitFor();
      const overflow = await panel.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      assert.ok(overflow <= 0, `the panel fits 300 px (overflows by ${overflow} px)`);
      assert.equal(await panel.locator('html').getAttribute('data-color-mode'), theme);
      await frame.screenshot({ path: join(OUT, `qa-review-panel-${theme}.png`) });
    },
  })),
];
