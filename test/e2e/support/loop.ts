import type { HostPage, Role } from './host';
import type { LocalSite } from './serve';

/** A sign-in `ql serve` printed: role, email and API token. */
export interface SignIn {
  readonly role: string;
  readonly email: string;
  readonly apiToken: string;
}

/** The sign-ins of the table `ql serve` prints (role, name, email, API token). */
export function signIns(site: LocalSite): SignIn[] {
  const found: SignIn[] = [];
  for (const line of site.output().split('\n')) {
    const m = /^(\S+)\s.*?\s(\S+@\S+)\s+(\S+)\s*$/.exec(line);
    if (m?.[1] && m[2] && m[3]) found.push({ role: m[1], email: m[2], apiToken: m[3] });
  }
  return found;
}

export function signInOf(site: LocalSite, role: Role): SignIn {
  const found = signIns(site).find((s) => s.role === role);
  if (!found) throw new Error(`ql serve printed no sign-in for ${role}`);
  return found;
}

/** The account ids of every person with this role in the "Act as" list, in its order. */
export async function accountsOf(host: HostPage, role: Role): Promise<string[]> {
  return host.page
    .locator(`#user option[data-role="${role}"]`)
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

/** Marks the current frame documents so `host.ready` waits for their replacements. */
async function markStale(host: HostPage): Promise<void> {
  for (const frame of host.page.frames())
    if (frame !== host.page.mainFrame())
      await frame.evaluate(() => Object.assign(window, { qlStale: true })).catch(() => undefined);
}

/** Chooses a particular person in "Act as" (host.actAs picks the first of a role). */
export async function actAsAccount(host: HostPage, accountId: string): Promise<void> {
  if ((await host.page.inputValue('#user')) === accountId) return;
  await markStale(host);
  await host.page.selectOption('#user', accountId);
}

/** Types a key into the host page's Ticket field; every frame reloads for it (also for the same key). */
export async function setTicket(host: HostPage, issueKey: string): Promise<void> {
  await markStale(host);
  const field = host.page.locator('#issue');
  if ((await field.inputValue()) === issueKey) {
    await field.dispatchEvent('change');
    return;
  }
  // Typed and left, as a person does: leaving the field fires its one change event.
  await field.fill(issueKey);
  await field.blur();
}

/**
 * Moves an issue to its workflow's done status (Done for a sub-task, Resolved for a request) through the
 * host's Jira REST API, signed in with Basic auth.
 */
export async function transitionToDone(host: HostPage, who: SignIn, issueKey: string): Promise<void> {
  const headers = {
    authorization: `Basic ${Buffer.from(`${who.email}:${who.apiToken}`).toString('base64')}`,
    accept: 'application/json',
  };
  const listed = await host.page.request.get(`${host.url}/rest/api/3/issue/${issueKey}/transitions`, {
    headers,
  });
  if (!listed.ok()) throw new Error(`transitions of ${issueKey} answered ${listed.status()}`);
  const { transitions } = (await listed.json()) as {
    transitions: Array<{ id: string; to?: { name?: string; statusCategory?: { key?: string } } }>;
  };
  const done = transitions.find((t) => t.to?.statusCategory?.key === 'done');
  if (!done) throw new Error(`${issueKey} has no transition to Done: ${JSON.stringify(transitions)}`);
  const moved = await host.page.request.post(`${host.url}/rest/api/3/issue/${issueKey}/transitions`, {
    headers: { ...headers, 'content-type': 'application/json' },
    data: { transition: { id: done.id } },
  });
  if (moved.status() !== 204) throw new Error(`moving ${issueKey} to Done answered ${moved.status()}`);
}

/** Waits until `check` holds, trying every 200 ms for up to `ms`. */
export async function eventually(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not so after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A date (YYYY-MM-DD) as a person in this time zone reads it at this instant. */
export const dateIn = (timeZone: string, at: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    at,
  );

const basic = (who: SignIn) => ({
  authorization: `Basic ${Buffer.from(`${who.email}:${who.apiToken}`).toString('base64')}`,
  accept: 'application/json',
  'content-type': 'application/json',
});

/**
 * The desk at work through the site's REST API: `count` logistics enquiries raised by one agent, each
 * answered once by a second agent and resolved at that first contact, stamped by the site's own clock.
 */
export async function receiveResolvedAtFirstContact(
  host: HostPage,
  raiser: SignIn,
  answerer: SignIn,
  count: number,
): Promise<string[]> {
  const fields = await host.page.request.get(`${host.url}/rest/api/3/field`, { headers: basic(raiser) });
  if (!fields.ok()) throw new Error(`the field list answered ${fields.status()}`);
  const requestType = ((await fields.json()) as Array<{ id: string; schema?: { custom?: string } }>).find(
    (f) => f.schema?.custom === 'com.atlassian.servicedesk:vp-origin',
  )?.id;
  if (!requestType) throw new Error('the site has no request type field');
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await host.page.request.post(`${host.url}/rest/api/3/issue`, {
      headers: basic(raiser),
      data: {
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: '[System] Service request' },
          summary: `Parcel ${i + 1} not arrived`,
          [requestType]: { requestType: { name: 'Logistics enquiry' } },
        },
      },
    });
    if (created.status() !== 201) throw new Error(`creating an issue answered ${created.status()}`);
    const { key } = (await created.json()) as { key: string };
    const replied = await host.page.request.post(`${host.url}/rest/api/3/issue/${key}/comment`, {
      headers: basic(answerer),
      data: {
        body: {
          type: 'doc',
          version: 1,
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Your parcel is with the courier.' }] },
          ],
        },
      },
    });
    if (replied.status() !== 201) throw new Error(`replying on ${key} answered ${replied.status()}`);
    await transitionToDone(host, answerer, key);
    keys.push(key);
  }
  return keys;
}
