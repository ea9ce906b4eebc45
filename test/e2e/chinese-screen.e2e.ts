import type { E2eCase } from './support/e2e-case';

/** Every screen ships in Simplified Chinese: the host page's language switches the frames. */
export const cases: E2eCase[] = [
  {
    name: 'with 简体中文 the flag form reads 标记待改进 and 问题类别',
    run: async (host) => {
      await host.open();
      await host.actAs('agent');
      await host.language('zh_CN');
      const frame = await host.ready('flag-for-improvement');
      await frame.getByRole('heading', { name: /标记待改进/ }).waitFor();
      await frame
        .locator('label')
        .filter({ hasText: /^问题类别/ })
        .waitFor();
      await frame.getByRole('button', { name: /^(标记工单|更新标记)$/ }).waitFor();
    },
  },
  {
    name: 'with 简体中文 the admin page reads 目标值 and 保存设置',
    run: async (host) => {
      await host.open();
      await host.actAs('admin');
      await host.language('zh_CN');
      const frame = await host.ready('quality-admin');
      await frame.getByRole('heading', { name: '目标值' }).waitFor();
      await frame.getByRole('button', { name: '保存设置' }).waitFor();
    },
  },
];
