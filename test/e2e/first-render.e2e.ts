import assert from 'node:assert/strict';
import type { Request } from 'playwright-core';
import type { E2eCase } from './support/e2e-case';

const PARETO = 'pareto-gadget';

/**
 * The budget's promise in the browser: a chart gadget's first render makes one resolver call, fetches
 * its chart chunk while that call is under way (not after its answer), and draws the chart unasked.
 */
export const cases: E2eCase[] = [
  {
    name: 'a chart gadget fetches its chart in parallel with its one data call and draws it',
    run: async (host) => {
      const calls: Array<{ functionKey: string; request: Request }> = [];
      const chunks: Request[] = [];
      host.page.on('request', (request) => {
        if (!request.frame().url().includes(`frame=${PARETO}`)) return;
        if (request.url().endsWith('/bridge/invoke')) {
          const body = request.postDataJSON() as { functionKey?: string } | null;
          calls.push({ functionKey: body?.functionKey ?? '', request });
        } else if (/\/assets\/ParetoChart-[\w-]+\.js$/.test(request.url())) chunks.push(request);
      });
      await host.open();
      const gadget = await host.ready(PARETO);
      await gadget
        .locator('svg.recharts-surface')
        .first()
        .waitFor()
        .catch(async (e: unknown) => {
          const shown = await gadget
            .locator('#root')
            .innerHTML({ timeout: 2000 })
            .catch(() => '(none)');
          throw new Error(
            `${e instanceof Error ? e.message : String(e)}\nThe gadget shows: ${shown.slice(0, 3000)}`,
          );
        });

      assert.deepEqual(
        calls.map((c) => c.functionKey),
        ['problems/list'],
        'one resolver call for the first render',
      );
      const [chunk] = chunks;
      const [call] = calls;
      assert.ok(chunk && call, 'the chart chunk and the data call were both requested');
      const answered = await call.request.response();
      assert.ok(answered, 'the data call was answered');
      // Start times in epoch ms; responseEnd counts from its request's start.
      const chunkStart = chunk.timing().startTime;
      const callEnd = call.request.timing().startTime + call.request.timing().responseEnd;
      assert.ok(
        chunkStart < callEnd,
        `the chart chunk was requested (${chunkStart.toFixed(0)}) before the data arrived (${callEnd.toFixed(0)})`,
      );
    },
  },
];
