/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MonitoringSettings } from '@contract/monitoring-schema';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import { AlertRulesSection } from '../../../static/app/src/modules/admin/AlertRulesSection';
import { newRule, validateMonitoring } from '../../../static/app/src/modules/admin/alert-rules-draft';
import { I18nContext, messagesFor } from '../../../static/app/src/shared/i18n';

const words = {
  notNumber: 'NaN',
  required: 'required',
  wholeDays: 'days',
  improvementKpiNeeded: 'kpi',
  nothingToDo: 'nothing',
  issueNeeded: 'issue',
  duplicateId: 'dup',
  slaNotAllowed: 'sla',
};

describe('validating the alert rules the admin typed', () => {
  const seed = { ...newRule([]), name: 'NPS drop', projectKey: 'sup' };

  it('turns the seed rule into stored settings: NPS below the baseline by 30% for 3 days', () => {
    const checked = validateMonitoring(
      { timeZone: 'Asia/Shanghai', reviewProjects: 'ops, SUP', rules: [seed] },
      words,
    );
    expect(checked.errors).toEqual({});
    expect(checked.monitoring).toEqual({
      schemaVersion: 1,
      timeZone: 'Asia/Shanghai',
      reviewProjects: ['OPS', 'SUP'],
      rules: [
        {
          id: 'rule-1',
          name: 'NPS drop',
          enabled: true,
          kpi: 'nps',
          projectKey: 'SUP',
          dimension: null,
          condition: { kind: 'baseline', direction: 'below', percent: 30, baselineDays: 7 },
          periodsInRow: 3,
          severity: 'warning',
          openImprovement: true,
          improvementKpi: 'csatTop2box',
          notifyUsers: [],
          notifyIssueKey: null,
          teamLead: null,
        },
      ],
    });
  });

  it('stores an absolute rate typed in percent as a fraction, and minutes as milliseconds', () => {
    const fcr = {
      ...seed,
      kpi: 'fcrRate' as const,
      kind: 'absolute' as const,
      value: '75',
      improvementKpi: '',
    };
    const frt = {
      ...fcr,
      id: 'rule-2',
      kpi: 'frtMedianMs' as const,
      direction: 'above' as const,
      value: '2.5',
    };
    const checked = validateMonitoring({ timeZone: 'UTC', reviewProjects: '', rules: [fcr, frt] }, words);
    expect(checked.monitoring?.rules.map((r) => r.condition)).toEqual([
      { kind: 'absolute', direction: 'below', value: 0.75 },
      { kind: 'absolute', direction: 'above', value: 150_000 },
    ]);
  });

  it('names each problem by its field', () => {
    const bad = [
      { ...seed, improvementKpi: '', periodsInRow: '2.5', baselineDays: 'x' },
      { ...seed, openImprovement: false, notifyUsers: '', dimensionName: 'requestType' },
    ];
    const checked = validateMonitoring({ timeZone: 'UTC', reviewProjects: '', rules: bad }, words);
    expect(checked.monitoring).toBeNull();
    expect(checked.errors).toMatchObject({
      'rules.0.baselineDays': 'NaN',
      'rules.0.periodsInRow': 'days',
      'rules.0.improvementKpi': 'kpi',
      'rules.1.notifyUsers': 'nothing',
      'rules.1.notifyIssueKey': 'issue',
      'rules.1.id': 'dup',
      'rules.1.dimensionValue': 'required',
    });
  });
});

describe('the alert rules section', () => {
  const saved: MonitoringSettings = { schemaVersion: 1, timeZone: 'UTC', reviewProjects: [], rules: [] };

  it('refuses to save an incomplete rule and shows the problem under the field, in Chinese', async () => {
    call.mockImplementation((key: string) =>
      Promise.resolve(
        key === 'alerts/settings/get'
          ? { ok: true, data: saved }
          : { ok: false, error: { code: 'X', message: 'x' } },
      ),
    );
    render(
      <I18nContext.Provider value={messagesFor('zh_CN')}>
        <AlertRulesSection />
      </I18nContext.Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: '新增规则' }));
    fireEvent.change(screen.getByLabelText('连续天数'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '保存预警规则' }));
    await waitFor(() => expect(screen.getByText(/保存前请修正预警规则中的/)).toBeTruthy());
    const periods = document.querySelector('[data-error-for="rules.0.periodsInRow"]');
    expect(periods?.textContent).toBe('请输入整数天数(连续 1–30 天,基线 1–90 天)');
    expect(document.querySelector('[data-error-for="rules.0.name"]')).not.toBeNull();
    expect(call).not.toHaveBeenCalledWith('alerts/settings/save', expect.anything());
  });
});
