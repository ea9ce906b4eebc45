/** A text in both languages of the screens. */
export interface Bilingual {
  readonly en: string;
  readonly zhCN: string;
}

/** yes/no (yes = 1, no = 0) or a 1–5 rating. */
export type QaScale = 'yesNo' | 'oneToFive';

export interface QaCriterion {
  readonly id: string;
  readonly name: Bilingual;
  readonly weight: number;
  readonly scale: QaScale;
  readonly critical: boolean;
  readonly allowNa: boolean;
}

export interface QaSection {
  readonly id: string;
  readonly name: Bilingual;
  readonly criteria: readonly QaCriterion[];
}

/** What scoring needs of a scorecard version. */
export interface ScorecardContent {
  readonly sections: readonly QaSection[];
  /** Pass mark, percent of the weighted score. */
  readonly passMark: number;
  /** A 1–5 rating at or below this is a failed criterion. */
  readonly failAtMost: number;
}

/** A reviewer's answer: yes/no as 1/0, a 1–5 rating, null = N/A. */
export interface QaAnswer {
  readonly criterionId: string;
  readonly value: number | null;
}

/** Where reviews come from: only `random` counts toward QA compliance. */
export type SampleKind = 'random' | 'targeted' | 'adHoc';

export const criteriaOf = (card: { readonly sections: readonly QaSection[] }): QaCriterion[] =>
  card.sections.flatMap((s) => s.criteria);
