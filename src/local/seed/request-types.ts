import type { ComponentKey, IssueTypeKey } from './site-catalogue';
import type { TeamKey } from './roster';

/** How one request type behaves: volume, handling times and outcomes (the realism knobs). */
export interface RequestTypeProfile {
  key: 'logistics' | 'refund' | 'product' | 'account' | 'complaint';
  id: string;
  name: string;
  description: string;
  issueType: IssueTypeKey;
  groupId: string;
  team: TeamKey;
  components: readonly ComponentKey[];
  /** Relative share of tickets in the day; multiplied by `eveningBoost` from 20:00 to 24:00 local. */
  volume: number;
  eveningBoost: number;
  /** Weights of chat, phone, email, portal. */
  channels: readonly [number, number, number, number];
  /** Weights of Highest, High, Medium, Low. */
  priorities: readonly [number, number, number, number];
  /** Median minutes to the first agent reply in staffed daytime hours, before the channel factor. */
  firstReplyMin: number;
  /** Multipliers of the first-reply wait for tickets created 20:00–24:00 and 00:00–08:00 local. */
  eveningReplyFactor: number;
  nightReplyFactor: number;
  /** Weights of 0, 1, 2, 3 further customer/agent rounds after the first reply. */
  rounds: readonly [number, number, number, number];
  /** Median hours of work between the last agent reply and resolution. */
  processingHours: number;
  /** Goal of the "Time to resolution" SLA, hours. */
  resolutionGoalHours: number;
  /** Probability that a resolved ticket is reopened. */
  reopen: number;
  /** Typical CSAT of a smooth ticket of this type. */
  csatBase: number;
}

/** The request types of the demo service desk, by descending volume. */
export const REQUEST_TYPES: readonly RequestTypeProfile[] = [
  {
    key: 'logistics',
    id: '11',
    name: 'Logistics enquiry',
    description: '物流咨询 — where is my order, delivery and tracking questions',
    issueType: 'serviceRequest',
    groupId: '1',
    team: 'orders',
    components: ['delivery'],
    volume: 34,
    eveningBoost: 1.7,
    channels: [50, 15, 10, 25],
    priorities: [0, 5, 70, 25],
    firstReplyMin: 12,
    eveningReplyFactor: 6,
    nightReplyFactor: 9,
    rounds: [55, 30, 10, 5],
    processingHours: 3,
    resolutionGoalHours: 24,
    reopen: 0.08,
    csatBase: 4.3,
  },
  {
    key: 'product',
    id: '12',
    name: 'Product knowledge',
    description: '产品知识 — sizes, features, compatibility, how to use',
    issueType: 'serviceRequest',
    groupId: '2',
    team: 'product',
    components: ['catalogue'],
    volume: 22,
    eveningBoost: 1.1,
    channels: [60, 10, 10, 20],
    priorities: [0, 3, 60, 37],
    firstReplyMin: 8,
    eveningReplyFactor: 2.5,
    nightReplyFactor: 4,
    rounds: [72, 20, 6, 2],
    processingHours: 0.2,
    resolutionGoalHours: 8,
    reopen: 0.04,
    csatBase: 4.6,
  },
  {
    key: 'refund',
    id: '13',
    name: 'Refund request',
    description: '退款 — returns, refunds, duplicate charges',
    issueType: 'serviceRequest',
    groupId: '1',
    team: 'aftersales',
    components: ['payments'],
    volume: 20,
    eveningBoost: 0.9,
    channels: [30, 20, 25, 25],
    priorities: [2, 15, 68, 15],
    firstReplyMin: 25,
    eveningReplyFactor: 2.5,
    nightReplyFactor: 4,
    rounds: [35, 40, 18, 7],
    processingHours: 26,
    resolutionGoalHours: 72,
    reopen: 0.1,
    csatBase: 4.0,
  },
  {
    key: 'account',
    id: '14',
    name: 'Account or system issue',
    description: '账户/系统问题 — sign-in, app errors, payment page failures',
    issueType: 'incident',
    groupId: '3',
    team: 'product',
    components: ['accounts', 'app'],
    volume: 14,
    eveningBoost: 1,
    channels: [35, 20, 15, 30],
    priorities: [5, 30, 55, 10],
    firstReplyMin: 30,
    eveningReplyFactor: 2.5,
    nightReplyFactor: 4,
    rounds: [30, 40, 20, 10],
    processingHours: 18,
    resolutionGoalHours: 48,
    reopen: 0.12,
    csatBase: 3.9,
  },
  {
    key: 'complaint',
    id: '15',
    name: 'Complaint',
    description: '投诉 — service, courier or product complaints',
    issueType: 'serviceRequest',
    groupId: '3',
    team: 'aftersales',
    components: ['delivery', 'payments', 'catalogue'],
    volume: 10,
    eveningBoost: 1.2,
    channels: [25, 35, 25, 15],
    priorities: [10, 40, 45, 5],
    firstReplyMin: 20,
    eveningReplyFactor: 3,
    nightReplyFactor: 5,
    rounds: [20, 40, 25, 15],
    processingHours: 30,
    resolutionGoalHours: 48,
    reopen: 0.15,
    csatBase: 3.3,
  },
];

/** Request type groups of the portal. */
export const REQUEST_TYPE_GROUPS = {
  '1': 'Orders and delivery',
  '2': 'Products',
  '3': 'Account and feedback',
};
