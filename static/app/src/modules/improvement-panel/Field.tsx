import type { ReactNode } from 'react';

/** A label and a value in a definition list that wraps on narrow panels. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(110px, 160px) minmax(0, 1fr)', gap: 8 }}>
      <dt style={{ fontWeight: 600, margin: 0 }}>{label}</dt>
      <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{children}</dd>
    </div>
  );
}
