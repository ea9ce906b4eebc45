import type { Condition, DayValue } from './alert-rule';
import type { Evaluation } from './evaluate-rule';

/** What the text needs of a rule. */
export interface RuleForText {
  readonly id: string;
  readonly name: string;
  readonly kpi: string;
  readonly projectKey: string;
  readonly dimension: { readonly name: string; readonly value: string } | null;
  readonly condition: Condition;
  readonly periodsInRow: number;
  readonly severity: 'warning' | 'redCard';
}

const FRACTION_KPIS = new Set(['fcrRate', 'reopenRate', 'repeatContactRate', 'csatTop2box']);
const DURATION_KPIS = new Set(['frtMedianMs', 'resolutionMedianMs']);

/** A KPI value as people read it: rates in %, durations in minutes, the rest as it is. */
export function formatKpiValue(kpi: string, value: number | null): string {
  if (value === null) return 'no data';
  if (FRACTION_KPIS.has(kpi)) return `${round(value * 100, 1)}%`;
  if (DURATION_KPIS.has(kpi)) return `${round(value / 60_000, 1)} min`;
  return String(round(value, 2));
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** The condition in words, e.g. "below the baseline (7 days before) by 30%". */
export function describeCondition(kpi: string, condition: Condition): string {
  if (condition.kind === 'absolute') return `${condition.direction} ${formatKpiValue(kpi, condition.value)}`;
  const by = condition.percent > 0 ? ` by ${condition.percent}%` : '';
  if (condition.kind === 'target') return `${condition.direction} the target${by}`;
  return `${condition.direction} the baseline (mean of the ${condition.baselineDays} days before)${by}`;
}

const dayList = (kpi: string, days: readonly DayValue[]) =>
  days.map((d) => `${d.day}: ${formatKpiValue(kpi, d.value)}`).join(', ');

/**
 * The problem statement of the improvement an alert opens: what was watched, the evidence (the days and
 * their values, the reference and threshold) and which rule found it. First line is the issue summary.
 */
export function alertStatement(rule: RuleForText, evaluation: Evaluation): string {
  const lines = [
    `${rule.kpi} in ${scopeText(rule)} ${describeCondition(rule.kpi, rule.condition)} for ${rule.periodsInRow} days in a row`,
    `Alert rule "${rule.name}" (${rule.id})${rule.severity === 'redCard' ? ', red card (红牌)' : ''} fired with this evidence:`,
    `- days: ${dayList(rule.kpi, evaluation.streak)}`,
    `- reference: ${formatKpiValue(rule.kpi, evaluation.reference)}; threshold: ${formatKpiValue(rule.kpi, evaluation.threshold)}`,
  ];
  if (evaluation.baseline)
    lines.push(
      `- baseline ${evaluation.baseline.from} to ${evaluation.baseline.to}: ${dayList(rule.kpi, evaluation.baseline.days)}`,
    );
  return lines.join('\n');
}

/** The scope in words: `SUP` or `SUP (requestType = Logistics enquiry)`. */
export const scopeText = (rule: Pick<RuleForText, 'projectKey' | 'dimension'>): string =>
  rule.dimension ? `${rule.projectKey} (${rule.dimension.name} = ${rule.dimension.value})` : rule.projectKey;

/** An Atlassian Document Format mention node (Jira notifies the mentioned user). */
const mention = (accountId: string) => ({ type: 'mention', attrs: { id: accountId } });
const text = (t: string) => ({ type: 'text', text: t });

/**
 * The alert comment as an ADF document: the mentions first (so Jira notifies them), the red card's lead
 * called out, then the statement's lines as paragraphs.
 */
export function alertCommentDocument(
  statement: string,
  mentions: readonly string[],
  redCardLead: string | null,
): unknown {
  const content: unknown[] = [];
  if (redCardLead)
    content.push({
      type: 'paragraph',
      content: [
        text('Red card (红牌): '),
        mention(redCardLead),
        text(' please lead the root-cause analysis.'),
      ],
    });
  const others = mentions.filter((m) => m !== redCardLead);
  if (others.length > 0)
    content.push({
      type: 'paragraph',
      content: [
        text('Quality alert for '),
        ...others.flatMap((m, i) => (i === 0 ? [mention(m)] : [text(' '), mention(m)])),
      ],
    });
  for (const line of statement.split('\n')) content.push({ type: 'paragraph', content: [text(line)] });
  return { type: 'doc', version: 1, content };
}
