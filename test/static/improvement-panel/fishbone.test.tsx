/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Fishbone } from '../../../static/app/src/modules/improvement-panel/Fishbone';
import type { Cause } from '../../../static/app/src/modules/improvement-panel/causes-edit';

const cause = (
  id: string,
  category: Cause['category'],
  text: string,
  isRootCause = false,
  parentId: string | null = null,
): Cause => ({
  id,
  category,
  text,
  parentId,
  whys: [],
  isRootCause,
  verification: isRootCause
    ? {
        method: 'data',
        note: 'FRT by hour',
        jql: null,
        verifiedBy: 'u1',
        verifiedAt: '2026-11-01T00:00:00.000Z',
      }
    : null,
});

describe('the fishbone diagram', () => {
  const causes = [
    cause('c1', 'people', 'One night agent', true),
    cause('c2', 'method', 'No escalation rule'),
    cause('c3', 'method', 'Rule never written down', false, 'c2'),
  ];

  it('draws six bones with the 6M names, the problem at the head and every cause on its bone', () => {
    const { container } = render(<Fishbone causes={causes} statement="Night logistics replies are slow" />);
    const text = container.querySelector('svg')?.textContent ?? '';
    for (const glyph of ['人', '机', '料', '法', '环', '测']) expect(text).toContain(glyph);
    expect(text).toContain('Night logistics replies are slow');
    for (const c of causes) expect(text).toContain(c.text);
    expect(screen.getByRole('img')).toBeTruthy();
  });

  it('marks root causes and only them', () => {
    const { container } = render(<Fishbone causes={causes} statement="Slow" />);
    const labels = [...container.querySelectorAll('text')];
    const weightOf = (t: string) =>
      labels.find((l) => l.textContent?.includes(t))?.getAttribute('font-weight');
    expect(weightOf('One night agent')).toBe('700');
    expect(weightOf('No escalation rule')).toBe('400');
  });
});
