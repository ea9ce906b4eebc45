import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQaFigures } from '../../../src/app/qa/qa-aggregates';
import { readQaConfig } from '../../../src/app/qa/qa-config-store';
import { listScorecards } from '../../../src/app/qa/scorecard-store';
import { ticketQaSchema } from '../../../src/contract/qa-schema';
import { sqliteStore } from '../../../src/local/app-store/sqlite-store';
import { seedCommand } from '../../../src/local/cli/seed-command';
import { openDatabase } from '../../../src/local/jira-host/db/open-database';

const END = '2026-11-01T00:00:00.000Z';

describe('ql seed: QA on the sample site', () => {
  it('publishes the default scorecard and stores reviews on tickets and in the aggregates alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ql-seed-qa-'));
    const out = await seedCommand([
      '--tickets',
      '400',
      '--days',
      '30',
      '--end',
      END,
      '--db',
      join(dir, 'jira.db'),
    ]);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value).toMatch(/seeded QA: scorecard "standard" v1, \d+ tickets sampled, \d+ reviews/);

    const store = sqliteStore(join(dir, 'app.db'));
    const db = openDatabase(join(dir, 'jira.db'));
    try {
      const config = await readQaConfig(store);
      expect(config.ok && config.value.activeScorecardId).toBe('standard');
      const cards = await listScorecards(store);
      if (!cards.ok) throw new Error(cards.error.message);
      expect(cards.value[0]?.latest?.sections.map((s) => s.id)).toEqual([
        'greeting',
        'understanding',
        'accuracy',
        'empathy',
        'process',
        'closing',
      ]);
      expect(cards.value[0]?.latest?.sections[0]?.name.zhCN).toBe('开场问候');

      // QA compliance from the tickets' properties (first review, random sample) equals the aggregates'
      const rows = db.all("SELECT value FROM issue_properties WHERE key = 'ql.qaReview'") as {
        value: string;
      }[];
      expect(rows.length).toBeGreaterThan(5);
      let reviewed = 0;
      let passed = 0;
      let calibrated = 0;
      for (const row of rows) {
        const qa = ticketQaSchema.parse(JSON.parse(row.value));
        const first = [...qa.reviews].sort((a, b) => a.reviewedAt.localeCompare(b.reviewedAt))[0];
        if (qa.reviews.length > 1) calibrated++;
        if (first?.sampleKind !== 'random') continue;
        reviewed++;
        if (first.result.passed) passed++;
      }
      expect(calibrated).toBeGreaterThan(0);
      const figures = await readQaFigures(store, 'SUP', {
        from: Date.parse('2026-10-01T00:00:00Z'),
        to: Date.parse('2026-11-03T00:00:00Z'),
      });
      expect(figures).toMatchObject({ reviews: reviewed, passed });
      expect(figures.compliance).toBeGreaterThan(0);
    } finally {
      db.close();
      store.close();
    }
  }, 60_000);
});
