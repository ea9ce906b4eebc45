import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { usePanelMessages } from './messages';

/** The save button of an editable tab, with an "unsaved changes" mark. */
export function SaveBar({
  label,
  dirty,
  busy,
  onSave,
}: {
  label: string;
  dirty: boolean;
  busy: boolean;
  onSave: () => void;
}) {
  const { m } = usePanelMessages();
  return (
    <div
      style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', justifyContent: 'flex-end' }}
    >
      {dirty && <Lozenge appearance="moved">{m.unsaved}</Lozenge>}
      <Button appearance="primary" onClick={onSave} isDisabled={busy || !dirty}>
        {label}
      </Button>
    </div>
  );
}
