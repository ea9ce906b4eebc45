/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';

const call = jest.fn();
jest.mock('../../../static/app/src/shared/api', () => ({ call: (...args: unknown[]) => call(...args) }));

import QaRebuild from '../../../static/app/src/modules/qa-scorecards/QaRebuild';

describe('the repair of the QA figures (admin)', () => {
  beforeEach(() => call.mockReset());

  it('rebuilds the chosen project and says what it restored and removed', async () => {
    call.mockResolvedValue({
      ok: true,
      data: { projectKey: 'SUP', tickets: 12, reviews: 14, restored: 1, removed: 0, unreadable: [] },
    });
    render(<QaRebuild projects={['SUP', 'OPS']} />);
    expect((screen.getByLabelText('Project key') as HTMLInputElement).value).toBe('SUP');
    fireEvent.click(screen.getByRole('button', { name: 'Rebuild QA figures' }));
    await screen.findByText(
      'Rebuilt from 12 reviewed tickets (14 reviews): 1 missing day records restored, 0 stray ones removed.',
    );
    expect(call).toHaveBeenCalledWith('qa/aggregates/rebuild', { projectKey: 'SUP' });
  });

  it('names the tickets it could not read, and refuses a malformed project key before any call', async () => {
    call.mockResolvedValue({
      ok: true,
      data: { projectKey: 'OPS', tickets: 1, reviews: 1, restored: 0, removed: 0, unreadable: ['OPS-9'] },
    });
    render(<QaRebuild projects={[]} />);
    const input = screen.getByLabelText('Project key');
    fireEvent.change(input, { target: { value: 'not a key' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rebuild QA figures' }));
    await screen.findByText('Enter a project key, e.g. SUP');
    expect(call).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'ops' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rebuild QA figures' }));
    await screen.findByText('Left as they were (their stored reviews cannot be read): OPS-9.');
    expect(call).toHaveBeenCalledWith('qa/aggregates/rebuild', { projectKey: 'OPS' });
  });
});
