import { parseJiraTimestamp } from '../../src/jira/jira-timestamp';

describe('Jira timestamps', () => {
  it('honours the UTC offset in every form Jira and JSM write', () => {
    expect(parseJiraTimestamp('2025-03-01T09:15:00.000+0800')).toBe(Date.parse('2025-03-01T01:15:00Z'));
    expect(parseJiraTimestamp('2025-03-01T09:15:00.000+08:00')).toBe(Date.parse('2025-03-01T01:15:00Z'));
    expect(parseJiraTimestamp('2025-03-01T09:15:00.000-0530')).toBe(Date.parse('2025-03-01T14:45:00Z'));
    expect(parseJiraTimestamp('2025-03-01T09:15:00.000+0545')).toBe(Date.parse('2025-03-01T03:30:00Z'));
    expect(parseJiraTimestamp('2025-03-01T09:15:00Z')).toBe(Date.parse('2025-03-01T09:15:00Z'));
    expect(parseJiraTimestamp('2025-03-01T09:15:00.5+0000')).toBe(Date.parse('2025-03-01T09:15:00.500Z'));
  });

  it('crosses the date line with the offset', () => {
    expect(parseJiraTimestamp('2025-03-01T00:30:00.000+1400')).toBe(Date.parse('2025-02-28T10:30:00Z'));
  });

  it('refuses anything else', () => {
    for (const bad of ['2025-03-01', '2025-03-01T09:15', '2025-02-30T09:15:00.000+0800', 'now', '2025-03-01T24:00:00.000Z', '']) {
      expect(parseJiraTimestamp(bad)).toBeNull();
    }
  });
});
