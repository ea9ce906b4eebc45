import { BONES, updateCause } from './causes-edit';
import { boneLabel } from './bone-label';
import { usePanelMessages } from './messages';
import { SaveBar } from './SaveBar';
import type { CausesDraft } from './use-causes-draft';
import { WhyChain } from './WhyChain';

/** 5-Why: one chain of whys per cause, saved together with the fishbone. */
export function WhyTab({ draft, busy }: { draft: CausesDraft; busy: boolean }) {
  const { m } = usePanelMessages();
  const glyphs = new Map(BONES.map((b) => [b.key, b.glyph]));
  return (
    <div style={{ display: 'grid', gap: 12, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <p style={{ margin: 0 }}>{m.whyIntro}</p>
      {draft.causes.length === 0 && <p>{m.noWhyCauses}</p>}
      {draft.causes.map((c) => (
        <WhyChain
          key={c.id}
          cause={c}
          label={boneLabel(c.category, glyphs.get(c.category) ?? '', m)}
          onChange={(whys) => draft.setCauses(updateCause(draft.causes, c.id, { whys }))}
        />
      ))}
      <SaveBar label={m.saveCauses} dirty={draft.dirty} busy={busy} onSave={() => void draft.save()} />
    </div>
  );
}
