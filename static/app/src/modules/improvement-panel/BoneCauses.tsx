import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { boneLabel } from './bone-label';
import {
  addCause,
  causesOfBone,
  removeCause,
  setRootCause,
  updateCause,
  type Bone,
  type Cause,
} from './causes-edit';
import { usePanelMessages } from './messages';
import { CauseItem } from './CauseItem';

type Props = {
  bone: Bone;
  glyph: string;
  causes: Cause[];
  accountId: string;
  onChange: (c: Cause[]) => void;
};

/** One bone of the fishbone as an editable list: its causes and their sub-causes. */
export function BoneCauses({ bone, glyph, causes, accountId, onChange }: Props) {
  const { m } = usePanelMessages();
  const groups = causesOfBone(causes, bone);
  const item = (c: Cause, isSub: boolean) => (
    <CauseItem
      key={c.id}
      cause={c}
      isSub={isSub}
      onChange={(patch) => onChange(updateCause(causes, c.id, patch))}
      onRoot={(root) => onChange(setRootCause(causes, c.id, root, accountId))}
      onRemove={() => onChange(removeCause(causes, c.id))}
      onAddSub={isSub ? undefined : () => onChange(addCause(causes, bone, c.id, ''))}
    />
  );
  return (
    <section
      aria-label={boneLabel(bone, glyph, m)}
      style={{ border: `1px solid ${token('color.border')}`, borderRadius: 4, padding: 8, minWidth: 0 }}
    >
      <h4 style={{ margin: '0 0 4px' }}>{boneLabel(bone, glyph, m)}</h4>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}>
        {groups.map(({ cause, subs }) => [item(cause, false), ...subs.map((s) => item(s, true))])}
      </ul>
      <Button spacing="compact" onClick={() => onChange(addCause(causes, bone, null, ''))}>
        {m.addCause}
      </Button>
    </section>
  );
}
