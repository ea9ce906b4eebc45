import assert from 'node:assert/strict';
import type { E2eCase } from './support/e2e-case';

const ADMIN = 'quality-admin';
const FCR_TARGET = '#ql-kpi-targets-fcrRate';

/** The admin page saves settings whole, checks them as typed, and refuses non-admins. */
export const cases: E2eCase[] = [
  {
    name: 'an admin saves a changed target and it reads back',
    run: async (host) => {
      await host.open();
      const admin = await host.actAs('admin');
      const frame = await host.ready(ADMIN);
      await frame.locator(FCR_TARGET).fill('83.5');
      await frame.locator('#ql-kpi-targets-frtMedianMs').fill('30');
      await frame.getByRole('button', { name: 'Save settings' }).click();
      await frame.getByText('Settings saved.').waitFor();

      await host.open();
      await host.actAs('admin');
      const reopened = await host.ready(ADMIN);
      assert.equal(await reopened.locator(FCR_TARGET).inputValue(), '83.5');
      assert.equal(await reopened.locator('#ql-kpi-targets-frtMedianMs').inputValue(), '30');
      const answer = (await host.invoke('settings/get', {}, admin)) as {
        ok: boolean;
        data: { kpi: { targets?: { fcrRate?: number; frtMedianMs?: number } } };
      };
      assert.equal(answer.data.kpi.targets?.fcrRate, 0.835);
      assert.equal(answer.data.kpi.targets?.frtMedianMs, 30 * 60_000);
    },
  },
  {
    name: 'a rate over 100 % is shown as a problem next to the field and nothing is saved',
    run: async (host) => {
      await host.open();
      await host.actAs('admin');
      const frame = await host.ready(ADMIN);
      await frame.locator(FCR_TARGET).fill('150');
      const error = frame.locator('[data-error-for="kpi.targets.fcrRate"]');
      assert.equal((await error.textContent())?.trim(), 'Must be at most 100');
      await frame.locator('#ql-categories-0-id').fill('Bad Id');
      await frame.locator('[data-error-for="categories.0.id"]').waitFor();
      await frame.getByRole('button', { name: 'Save settings' }).click();
      await frame.getByText('Fix 2 fields before saving.').waitFor();
    },
  },
  {
    name: 'an agent who saves settings sees the backend refusal',
    run: async (host) => {
      await host.open();
      await host.actAs('agent');
      const frame = await host.ready(ADMIN);
      await frame.locator(FCR_TARGET).fill('90');
      await frame.getByRole('button', { name: 'Save settings' }).click();
      await frame.getByText('The settings were not saved').waitFor();
      const message = await frame.locator('[role="status"] p').textContent();
      assert.ok(message && message.length > 0, 'the refusal message is shown');
    },
  },
  {
    name: 'an admin ensures the Jira parts and sees what exists',
    run: async (host) => {
      await host.open();
      await host.actAs('admin');
      const frame = await host.ready(ADMIN);
      await frame.getByRole('button', { name: 'Ensure Jira parts' }).click();
      await frame.getByText('Jira parts are in place.').waitFor();
      await frame.getByText(/Improvement issue type id \S+/).waitFor();
    },
  },
];
