/** Contact channels, as options of the Channel select field. */
export interface Channel {
  key: 'chat' | 'phone' | 'email' | 'portal';
  value: string;
  optionId: string;
  /** Multiplier of the first-reply wait: live channels are answered fast, email slowly. */
  replyFactor: number;
}

/** The four channels, in the order of `RequestTypeProfile.channels` weights. */
export const CHANNELS: readonly Channel[] = [
  { key: 'chat', value: 'Chat', optionId: '10050', replyFactor: 0.4 },
  { key: 'phone', value: 'Phone', optionId: '10051', replyFactor: 0.3 },
  { key: 'email', value: 'Email', optionId: '10052', replyFactor: 2.5 },
  { key: 'portal', value: 'Portal', optionId: '10053', replyFactor: 1 },
];
