import { BONES } from './causes-edit';
import { BoneCauses } from './BoneCauses';
import { Fishbone } from './Fishbone';
import { usePanelMessages } from './messages';
import { SaveBar } from './SaveBar';
import type { CausesDraft } from './use-causes-draft';

/** Root cause analysis: the fishbone diagram and, below it, the same causes as an editable list. */
export function RootCauseTab({
  draft,
  statement,
  accountId,
  busy,
}: {
  draft: CausesDraft;
  statement: string;
  accountId: string;
  busy: boolean;
}) {
  const { m } = usePanelMessages();
  return (
    <div style={{ display: 'grid', gap: 12, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <p style={{ margin: 0 }}>{m.fishboneIntro}</p>
      <Fishbone causes={draft.causes} statement={statement} />
      {draft.causes.length === 0 && <p>{m.noCauses}</p>}
      <h3 style={{ margin: 0 }}>{m.causeList}</h3>
      <div style={{ display: 'grid', gap: 8, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' }}>
        {BONES.map((b) => (
          <BoneCauses
            key={b.key}
            bone={b.key}
            glyph={b.glyph}
            causes={draft.causes}
            accountId={accountId}
            onChange={draft.setCauses}
          />
        ))}
      </div>
      <SaveBar label={m.saveCauses} dirty={draft.dirty} busy={busy} onSave={() => void draft.save()} />
    </div>
  );
}
