import Lozenge from '@atlaskit/lozenge';
import type { PlanHints } from './use-plan-hints';
import { usePanelMessages, type PanelMessages } from './messages';

const ELEMENT = {
  specific: 'smartSpecific',
  measurable: 'smartMeasurable',
  achievable: 'smartAchievable',
  relevant: 'smartRelevant',
  timeBound: 'smartTimeBound',
} as const satisfies Record<string, keyof PanelMessages>;

/** What the SMART check says of one saved action (nothing for an unsaved one). */
export function SmartHints({ hints }: { hints: PlanHints[string] | undefined }) {
  const { m } = usePanelMessages();
  if (!hints) return null;
  if (hints.length === 0)
    return (
      <p style={{ margin: '8px 0 0' }}>
        <Lozenge appearance="success">{m.smartOk}</Lozenge>
      </p>
    );
  return (
    <ul aria-label="SMART" style={{ margin: '8px 0 0', paddingLeft: 20 }}>
      {hints.map((h) => (
        <li key={h.element + h.message}>
          <Lozenge appearance="moved">{m[ELEMENT[h.element]]}</Lozenge> {h.message}
        </li>
      ))}
    </ul>
  );
}
