import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { E2eCase } from './support/e2e-case';

const OUT = join(__dirname, '..', '..', 'test-results', 'screenshots');

/** Every module frame, rendered in both themes, saved for review as `<module>-<theme>.png`. */
export const cases: E2eCase[] = (['light', 'dark'] as const).map((theme) => ({
  name: `every module frame renders in the ${theme} theme (screenshots)`,
  run: async (host) => {
    mkdirSync(OUT, { recursive: true });
    await host.open();
    await host.actAs('admin');
    if (theme === 'dark') await host.theme('dark');
    const keys = await host.moduleKeys();
    assert.ok(keys.length >= 2, `the host page shows the app's modules (${keys.join(', ')})`);
    for (const key of keys) {
      const frame = await host.ready(key);
      assert.equal(await frame.locator('html').getAttribute('data-color-mode'), theme, `${key} theme`);
      assert.equal(await frame.getByText(/^Unknown module/).count(), 0, `${key} has a screen`);
      await host.page
        .locator(`section.card[data-key="${key}"] iframe`)
        .screenshot({ path: join(OUT, `${key}-${theme}.png`) });
    }
  },
}));
