import assert from 'node:assert/strict';
import type { E2eCase } from './support/e2e-case';

const FLAG = 'flag-for-improvement';

/** An agent flags the ticket in the issue action; the flag is stored and the form shows it. */
export const cases: E2eCase[] = [
  {
    name: 'an agent flags a ticket with a category, a 6M hint and a note',
    run: async (host) => {
      await host.open();
      const agent = await host.actAs('agent');
      const issueKey = await host.ticket();
      const frame = await host.ready(FLAG);
      await frame.getByRole('heading', { name: `Flag for improvement ${issueKey}` }).waitFor();
      await frame.getByText('Not flagged yet').waitFor();

      await frame.locator('#ql-category').pressSequentially('Refund');
      await frame.locator('#ql-category').press('Enter');
      await frame.locator('#ql-cause').pressSequentially('Method');
      await frame.locator('#ql-cause').press('Enter');
      await frame.locator('textarea[name="note"]').fill('Refund promised twice, never sent');
      await frame.getByRole('button', { name: 'Flag ticket' }).click();

      // Closing the action re-renders the frames; the form then shows the ticket as flagged.
      await frame.getByText('Flagged', { exact: true }).waitFor();
      await frame.getByRole('button', { name: 'Update flag' }).waitFor();

      const answer = (await host.invoke('flag/get', { issueKey }, agent)) as {
        ok: boolean;
        data: { category: string; causeHint: string | null; note: string; flaggedBy?: string } | null;
      };
      assert.equal(answer.ok, true, JSON.stringify(answer));
      assert.equal(answer.data?.category, 'refund');
      assert.equal(answer.data?.causeHint, 'method');
      assert.equal(answer.data?.note, 'Refund promised twice, never sent');
    },
  },
];
