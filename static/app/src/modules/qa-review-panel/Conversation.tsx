import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { useQaMessages } from './messages';

type Entry = { id: string; authorName: string; created: string; public: boolean; text: string };

/** The ticket's comments, oldest first, each marked public reply or internal note. */
export function Conversation({ entries, timeZone }: { entries: readonly Entry[]; timeZone: string }) {
  const { m, locale } = useQaMessages();
  if (entries.length === 0) return <p style={{ margin: 0 }}>{m.noConversation}</p>;
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 6 }}>
      {entries.map((e) => (
        <li
          key={e.id}
          style={{
            padding: 8,
            borderRadius: 6,
            border: `1px solid ${token('color.border')}`,
            background: e.public ? 'transparent' : token('color.background.accent.yellow.subtlest'),
            minWidth: 0,
          }}
        >
          <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center', fontSize: 12 }}>
            <strong>{e.authorName}</strong>
            <span style={{ color: token('color.text.subtle') }}>
              {new Date(e.created).toLocaleString(locale, {
                timeZone,
                dateStyle: 'short',
                timeStyle: 'short',
              })}
            </span>
            <Lozenge appearance={e.public ? 'inprogress' : 'moved'}>
              {e.public ? m.publicReply : m.internalNote}
            </Lozenge>
          </div>
          <p style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.text}</p>
        </li>
      ))}
    </ol>
  );
}
