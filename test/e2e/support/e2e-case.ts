import type { HostPage } from './host';

/** One end-to-end behaviour, run against the local host page in a fresh browser page. */
export interface E2eCase {
  readonly name: string;
  readonly run: (host: HostPage) => Promise<void>;
}
