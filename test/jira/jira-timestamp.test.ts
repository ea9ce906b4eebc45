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
    for (const bad of [
      '2025-03-01',
      '2025-03-01T09:15',
      '2025-02-30T09:15:00.000+0800',
      'now',
      '2025-03-01T24:00:00.000Z',
      '',
    ]) {
      expect(parseJiraTimestamp(bad)).toBeNull();
    }
  });
});

describe('Jira timestamps against the platform parser', () => {
  it('agrees with Date.parse on the ISO form for many instants and offsets', () => {
    const offsets = ['+00:00', '+08:00', '-05:30', '+05:45', '-12:00', '+14:00'];
    for (let i = 0; i < 2000; i++) {
      const instant = Date.UTC(1999, 0, 1) + i * 7_919_993_117;
      const offset = offsets[i % offsets.length] as string;
      const minutes =
        (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
      const local = new Date(instant + minutes * 60_000).toISOString().slice(0, 23);
      expect(parseJiraTimestamp(`${local}${offset}`)).toBe(instant);
      expect(parseJiraTimestamp(`${local}${offset.replace(':', '')}`)).toBe(instant);
    }
  });

  it('knows leap years', () => {
    expect(parseJiraTimestamp('2024-02-29T00:00:00.000+0000')).toBe(Date.parse('2024-02-29T00:00:00Z'));
    expect(parseJiraTimestamp('2100-02-29T00:00:00.000+0000')).toBeNull();
    expect(parseJiraTimestamp('2000-02-29T00:00:00.000+0000')).toBe(Date.parse('2000-02-29T00:00:00Z'));
  });

  it('refuses trailing or malformed offsets', () => {
    for (const bad of [
      '2025-03-01T09:15:00.000+08',
      '2025-03-01T09:15:00.000+0800x',
      '2025-03-01T09:15:00.000Zx',
      '2025-03-01T09:15:00.+0800',
    ]) {
      expect(parseJiraTimestamp(bad)).toBeNull();
    }
  });
});
