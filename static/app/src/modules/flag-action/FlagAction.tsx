import { view } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import { useCallback, useEffect, useState } from 'react';
import type { ResolverOutput } from '@contract/resolvers';
import { call } from '../../shared/api';
import type { ForgeContext } from '../../shared/context';
import { useMessages } from '../../shared/i18n';
import { Loading, Problem } from '../../shared/states';
import { SIX_M_KEYS, type SixMKey } from './six-m';

type Loaded = {
  flag: ResolverOutput<'flag/get'>;
  settings: ResolverOutput<'settings/get'>;
  improvements: ResolverOutput<'improvement/list'>;
};
type Option = { label: string; value: string };

/** The issue action "Flag for improvement": category, 6M hint, note, optional improvement; unflag. */
export default function FlagAction({ context }: { context: ForgeContext }) {
  const { m, locale } = useMessages();
  const issueKey = context.extension?.issue?.key ?? '';
  const projectKey = context.extension?.project?.key ?? issueKey.split('-')[0] ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [category, setCategory] = useState<string | null>(null);
  const [hint, setHint] = useState<SixMKey | null>(null);
  const [note, setNote] = useState('');
  const [improvementKey, setImprovementKey] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const [flag, settings, improvements] = await Promise.all([
      call('flag/get', { issueKey }),
      call('settings/get', {}),
      call('improvement/list', { projectKey }),
    ]);
    if (!flag.ok) return setError(flag.error.message);
    if (!settings.ok) return setError(settings.error.message);
    if (!improvements.ok) return setError(improvements.error.message);
    setLoaded({ flag: flag.data, settings: settings.data, improvements: improvements.data });
    setCategory(flag.data?.category ?? null);
    setHint(flag.data?.causeHint ?? null);
    setNote(flag.data?.note ?? '');
    setImprovementKey(flag.data?.improvementKey ?? null);
  }, [issueKey, projectKey]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Problem message={error} onRetry={() => void load()} />;
  if (!loaded) return <Loading />;

  const categories: Option[] = loaded.settings.categories.map((c) => ({
    value: c.id,
    label: locale === 'zh-CN' ? c.zhCN : c.en,
  }));
  const hints: Option[] = [
    { value: '', label: m.noHint },
    ...SIX_M_KEYS.map((k) => ({ value: k, label: m[k] })),
  ];
  const open: Option[] = [
    { value: '', label: m.attachNone },
    ...loaded.improvements
      .filter((i) => i.stage !== 'closed')
      .map((i) => ({ value: i.key, label: `${i.key} — ${i.problem.statement.slice(0, 80)}` })),
  ];

  const save = async () => {
    if (!category) return;
    setBusy(true);
    const result = await call('flag/set', { issueKey, category, causeHint: hint, note, improvementKey });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    await view.close({ flagged: true });
  };
  const unflag = async () => {
    setBusy(true);
    const result = await call('flag/remove', { issueKey });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    await view.close({ flagged: false });
  };

  return (
    <form
      aria-label={m.flagTitle}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gap: 12, padding: 16, maxWidth: 560 }}
    >
      <h2 style={{ margin: 0 }}>
        {m.flagTitle} {issueKey}{' '}
        {loaded.flag ? <Lozenge appearance="moved">{m.flagged}</Lozenge> : <Lozenge>{m.notFlagged}</Lozenge>}
      </h2>
      <p style={{ margin: 0 }}>{m.flagIntro}</p>
      <label>
        {m.category}
        <Select<Option>
          inputId="ql-category"
          options={categories}
          value={categories.find((c) => c.value === category) ?? null}
          onChange={(o) => setCategory(o?.value ?? null)}
        />
      </label>
      <label>
        {m.causeHint}
        <Select<Option>
          inputId="ql-cause"
          options={hints}
          value={hints.find((h) => h.value === (hint ?? '')) ?? null}
          onChange={(o) => setHint(o && o.value !== '' ? (o.value as SixMKey) : null)}
        />
      </label>
      <label>
        {m.note}
        <TextArea
          name="note"
          value={note}
          placeholder={m.notePlaceholder}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={2000}
        />
      </label>
      <label>
        {m.attachTo}
        <Select<Option>
          inputId="ql-improvement"
          isSearchable
          options={open}
          value={open.find((o) => o.value === (improvementKey ?? '')) ?? null}
          onChange={(o) => setImprovementKey(o && o.value !== '' ? o.value : null)}
        />
      </label>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
        {loaded.flag && (
          <Button appearance="subtle" onClick={() => void unflag()} isDisabled={busy}>
            {m.unflag}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => void view.close()} isDisabled={busy}>
          {m.cancel}
        </Button>
        <Button appearance="primary" type="submit" isDisabled={busy || !category}>
          {loaded.flag ? m.flagUpdate : m.flagSave}
        </Button>
      </div>
    </form>
  );
}
