import type { FrameLocator, Page } from 'playwright-core';
import { settled } from './settled';

/** The role of a person the host page can act as. */
export type Role = 'admin' | 'qualityManager' | 'agent';

/** The host page's controls and the app's frames, as a person uses them. */
export class HostPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(this.url);
    await this.page.waitForSelector('section.card iframe');
  }

  /** The account id of the first person with this role in the "Act as" list. */
  async accountOf(role: Role): Promise<string> {
    const value = await this.page.locator(`#user option[data-role="${role}"]`).first().getAttribute('value');
    if (!value) throw new Error(`no ${role} in the "Act as" list`);
    return value;
  }

  async actAs(role: Role): Promise<string> {
    const accountId = await this.accountOf(role);
    await this.choose('#user', accountId);
    return accountId;
  }

  async language(value: 'en_US' | 'zh_CN'): Promise<void> {
    await this.choose('#locale', value);
  }

  async theme(value: 'light' | 'dark'): Promise<void> {
    await this.choose('#theme', value);
  }

  /**
   * Changes a host page control. Changing one reloads every frame: the current documents are marked
   * first so `ready` never mistakes one of them for its replacement.
   */
  private async choose(selector: string, value: string): Promise<void> {
    if ((await this.page.inputValue(selector)) === value) return;
    for (const frame of this.page.frames())
      if (frame !== this.page.mainFrame())
        await frame.evaluate(() => Object.assign(window, { qlStale: true })).catch(() => undefined);
    await this.page.selectOption(selector, value);
  }

  async ticket(): Promise<string> {
    return this.page.inputValue('#issue');
  }

  async moduleKeys(): Promise<string[]> {
    return this.page
      .locator('section.card')
      .evaluateAll((cards) => cards.map((c) => (c as HTMLElement).dataset.key ?? ''));
  }

  frame(moduleKey: string): FrameLocator {
    return this.page.frameLocator(`section.card[data-key="${moduleKey}"] iframe`);
  }

  /**
   * A module's frame once it shows the host page's current person, language and theme in a document
   * loaded since the last change, and its screen has settled.
   */
  async ready(moduleKey: string): Promise<FrameLocator> {
    const want = await this.page.evaluate(() =>
      ['user', 'locale', 'theme']
        .map((id) => (document.getElementById(id) as HTMLSelectElement).value)
        .join(' '),
    );
    const frame = this.frame(moduleKey);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const have = await frame
        .locator('html')
        .evaluate(
          () => {
            const c = JSON.parse(new URLSearchParams(location.search).get('context') ?? '{}') as {
              accountId?: string;
              locale?: string;
              theme?: { colorMode?: string };
            };
            return 'qlStale' in window
              ? 'the previous page'
              : `${c.accountId} ${c.locale} ${c.theme?.colorMode}`;
          },
          undefined,
          { timeout: 1000 },
        )
        .catch(() => '');
      if (have === want) break;
      if (Date.now() > deadline)
        throw new Error(`${moduleKey} did not reload for "${want}" (it shows "${have}")`);
      await this.page.waitForTimeout(100);
    }
    await settled(frame);
    return frame;
  }

  /** Runs a resolver as a person, the way the frames do, and returns its envelope. */
  async invoke(functionKey: string, payload: unknown, accountId: string): Promise<unknown> {
    const response = await this.page.request.post(`${this.url}/bridge/invoke`, {
      data: { functionKey, payload, accountId },
    });
    if (!response.ok()) throw new Error(`${functionKey} answered ${response.status()}`);
    return response.json();
  }
}
