/** The Jira parts the app needs on every site, by the names users see. */
export const JIRA_PARTS = {
  improvementType: {
    name: 'Service Improvement',
    description: 'A service-quality improvement run by Quality Loop (PDCA).',
  },
  actionType: { name: 'Improvement action', description: 'A SMART action of a Service Improvement plan.' },
  evidenceLink: { name: 'Improvement evidence', outward: 'is evidence for', inward: 'has evidence' },
} as const;

/** The issue properties holding an improvement record, a ticket's flag, and a ticket's QA reviews. */
export const PROPERTY_KEYS = {
  improvement: 'ql.improvement',
  flag: 'ql.flag',
  qaReview: 'ql.qaReview',
} as const;

/** The Jira status each lifecycle stage shows as, in the Service Improvement workflow. */
export const STAGE_STATUS = {
  identified: 'Identified',
  analysing: 'Analysing',
  planning: 'Planning',
  awaitingApproval: 'Awaiting approval',
  approved: 'Approved',
  implementing: 'Implementing',
  checking: 'Checking',
  closed: 'Closed',
} as const;
