/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { SmartHints } from '../../../static/app/src/modules/improvement-panel/SmartHints';

describe('SMART hints on a plan action', () => {
  it('shows each missing element with what to do about it', () => {
    render(
      <SmartHints
        hints={[
          { element: 'measurable', message: 'Give the measure a target with a number' },
          { element: 'timeBound', message: 'Set a due date that is not in the past' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringContaining('Give the measure a target with a number'),
      expect.stringContaining('Set a due date that is not in the past'),
    ]);
  });

  it('says the action is SMART when nothing is missing, and nothing for an unsaved action', () => {
    const { container, rerender } = render(<SmartHints hints={[]} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(container.textContent).not.toBe('');
    rerender(<SmartHints hints={undefined} />);
    expect(container.textContent).toBe('');
  });
});
