import type { ReactNode } from 'react';

/** A label above one input, tied to it by id. */
export function LabelledInput({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'grid', gap: 4, minWidth: 0, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {label}
      </label>
      {children}
    </div>
  );
}
