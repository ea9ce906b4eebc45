import Button from '@atlaskit/button/new';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { Cause, CausePatch } from './causes-edit';
import { usePanelMessages } from './messages';
import { VerificationFields } from './VerificationFields';

type Props = {
  cause: Cause;
  isSub: boolean;
  onChange: (patch: CausePatch) => void;
  onRoot: (isRoot: boolean) => void;
  onRemove: () => void;
  onAddSub?: () => void;
};

/** One cause in the list view: its text, root-cause mark and verification, sub-cause and remove buttons. */
export function CauseItem({ cause, isSub, onChange, onRoot, onRemove, onAddSub }: Props) {
  const { m } = usePanelMessages();
  const id = `cause-${cause.id}`;
  return (
    <li
      style={{
        display: 'grid',
        gap: 6,
        padding: 8,
        marginLeft: isSub ? 16 : 0,
        borderLeft: `3px solid ${cause.isRootCause ? token('color.border.danger') : token('color.border')}`,
      }}
    >
      <label htmlFor={id} style={{ fontWeight: cause.isRootCause ? 700 : 400 }}>
        {cause.isRootCause ? '● ' : ''}
        {isSub ? m.subCause : m.causeText}
      </label>
      <TextField
        id={id}
        value={cause.text}
        maxLength={500}
        isInvalid={cause.text.trim() === ''}
        onChange={(e) => onChange({ text: e.currentTarget.value })}
      />
      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <input
          type="checkbox"
          checked={cause.isRootCause}
          onChange={(e) => onRoot(e.currentTarget.checked)}
        />
        {m.markRoot}
      </label>
      {cause.verification && (
        <VerificationFields
          id={id}
          value={cause.verification}
          onChange={(v) => onChange({ verification: v })}
        />
      )}
      <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        {onAddSub && (
          <Button spacing="compact" onClick={onAddSub}>
            {m.addSubCause}
          </Button>
        )}
        <Button spacing="compact" appearance="subtle" onClick={onRemove}>
          {m.remove}
        </Button>
      </div>
    </li>
  );
}
