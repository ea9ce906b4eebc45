import type { Customer } from './customers';
import type { JiraUser } from './jira-types';
import { hashSeed } from './prng';
import { AGENTS } from './roster';
import type { Actor } from './ticket-plan';

const hex = (words: number[]): string => words.map((w) => w.toString(16).padStart(8, '0')).join('');

const userUrl = (baseUrl: string, accountId: string): string =>
  `${baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;

/** Builds the user objects of the site: the agents, the automation app, and customers on demand. */
export class SiteUsers {
  private readonly agents: JiraUser[];
  private readonly automation: JiraUser;

  constructor(private readonly baseUrl: string) {
    this.agents = AGENTS.map((agent) => {
      const accountId = `5f${hex(hashSeed(agent.email)).slice(0, 22)}`;
      return {
        self: userUrl(baseUrl, accountId),
        accountId,
        displayName: agent.name,
        active: true,
        accountType: 'atlassian',
      };
    });
    const automationId = '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077';
    this.automation = {
      self: userUrl(baseUrl, automationId),
      accountId: automationId,
      displayName: 'Automation for Jira',
      active: true,
      accountType: 'app',
    };
  }

  /** A fresh copy of an agent's user object. */
  agent(index: number): JiraUser {
    const user = this.agents[index];
    if (!user) throw new RangeError(`no agent ${index}`);
    return { ...user };
  }

  /** A customer's user object. */
  customer(customer: Customer): JiraUser {
    return {
      self: userUrl(this.baseUrl, customer.accountId),
      accountId: customer.accountId,
      emailAddress: customer.emailAddress,
      displayName: customer.displayName,
      active: true,
      accountType: 'customer',
    };
  }

  /** The user object of whoever acted. */
  actor(actor: Actor, reporter: JiraUser): JiraUser {
    if (actor.kind === 'agent') return this.agent(actor.agent);
    if (actor.kind === 'customer') return { ...reporter };
    return { ...this.automation };
  }
}
