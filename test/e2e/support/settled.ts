import type { FrameLocator } from 'playwright-core';

/** Waits until a frame shows its screen and no part of it is still loading. */
export async function settled(frame: FrameLocator): Promise<void> {
  await frame.locator('#root > *').first().waitFor();
  const loading = frame.locator('[role="status"]').filter({ hasText: /Loading…|加载中…/ });
  await loading.first().waitFor({ state: 'detached' });
}
