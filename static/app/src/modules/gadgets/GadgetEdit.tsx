import { view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import TextField from '@atlaskit/textfield';
import { useState } from 'react';
import { Problem } from '../../shared/states';
import { PERIOD_CHOICES, REFRESH_CHOICES, TREND_KPIS, gadgetConfigSchema, type GadgetConfig } from './config';
import { kpiLabel } from './format';
import { fill } from '../project-page/messages';
import { useGadgetMessages } from './messages';

type Option<V> = { label: string; value: V };

/** A gadget's edit view: project, period, trend KPI (when the gadget has one) and refresh; saved with `view.submit`. */
export default function GadgetEdit({ initial, withKpi }: { initial: GadgetConfig; withKpi: boolean }) {
  const { m } = useGadgetMessages();
  const [config, setConfig] = useState<GadgetConfig>(initial);
  const [error, setError] = useState<string | null>(null);
  const valid = gadgetConfigSchema.safeParse(config).success;
  const periods: Array<Option<number>> = PERIOD_CHOICES.map((n) => ({
    value: n,
    label: fill(m.lastDays, { n }),
  }));
  const refresh: Array<Option<number>> = REFRESH_CHOICES.map((n) => ({
    value: n,
    label: n === 0 ? m.noRefresh : fill(m.minutesN, { n }),
  }));
  const kpis: Array<Option<string>> = TREND_KPIS.map((k) => ({ value: k, label: kpiLabel(k, m) }));
  const save = async () => {
    try {
      await view.submit(config);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form
      aria-label={m.configure}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void save();
      }}
      style={{ display: 'grid', gap: 8, padding: 8, maxWidth: 480 }}
    >
      {error && <Problem message={error} />}
      <label>
        {m.projectKey}
        <TextField
          value={config.projectKey}
          onChange={(e) => setConfig({ ...config, projectKey: e.currentTarget.value.trim().toUpperCase() })}
          isInvalid={!/^[A-Z][A-Z0-9_]*$/.test(config.projectKey)}
          aria-describedby="ql-gadget-project-hint"
        />
      </label>
      <small id="ql-gadget-project-hint">{m.invalidProject}</small>
      <label htmlFor="ql-gadget-days">{m.periodDays}</label>
      <Select<Option<number>>
        inputId="ql-gadget-days"
        options={periods}
        value={periods.find((o) => o.value === config.days) ?? null}
        onChange={(o) => o && setConfig({ ...config, days: o.value })}
      />
      {withKpi && <label htmlFor="ql-gadget-kpi">{m.trendKpi}</label>}
      {withKpi && (
        <Select<Option<string>>
          inputId="ql-gadget-kpi"
          options={kpis}
          value={kpis.find((o) => o.value === config.kpi) ?? null}
          onChange={(o) => o && setConfig({ ...config, kpi: o.value })}
        />
      )}
      <label htmlFor="ql-gadget-refresh">{m.refresh}</label>
      <Select<Option<number>>
        inputId="ql-gadget-refresh"
        options={refresh}
        value={refresh.find((o) => o.value === config.refreshMinutes) ?? null}
        onChange={(o) => o && setConfig({ ...config, refreshMinutes: o.value })}
      />
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
        <Button appearance="subtle" onClick={() => void view.close()}>
          {m.cancel}
        </Button>
        <Button appearance="primary" type="submit" isDisabled={!valid}>
          {m.saveSettings}
        </Button>
      </div>
    </form>
  );
}
