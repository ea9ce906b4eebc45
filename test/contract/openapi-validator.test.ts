import { describeWithSpecs, loadContracts, type ContractResult } from './support/openapi-contract';
import { createPathMatcher } from './support/path-template-matcher';

// Bodies below are written by hand from Atlassian's OpenAPI documents (../shared/specs).

const SITE = 'https://quality-loop.atlassian.net';

const avatarUrls = {
  '16x16': `${SITE}/avatar/16.png`,
  '24x24': `${SITE}/avatar/24.png`,
  '32x32': `${SITE}/avatar/32.png`,
  '48x48': `${SITE}/avatar/48.png`,
};

/** `User`, as `GET /rest/api/3/myself` documents it. */
const myself = {
  self: `${SITE}/rest/api/3/user?accountId=5b10a2844c20165700ede21g`,
  accountId: '5b10a2844c20165700ede21g',
  accountType: 'atlassian',
  active: true,
  avatarUrls,
  displayName: 'Mia Krystof',
  emailAddress: 'mia@example.com',
  locale: 'en_US',
  timeZone: 'Australia/Sydney',
  groups: { items: [], size: 3 },
  applicationRoles: { items: [], size: 1 },
};

const date = (iso: string) => ({
  epochMillis: Date.parse(iso),
  iso8601: iso,
  jira: iso,
  friendly: 'Today 10:45 AM',
});
const duration = (millis: number) => ({ millis, friendly: `${Math.round(millis / 60000)}m` });

/** `PagedDTOSlaInformationDTO`, as `GET /rest/servicedeskapi/request/{issueIdOrKey}/sla` documents it. */
const slaPage = {
  _expands: [],
  size: 2,
  start: 0,
  limit: 50,
  isLastPage: true,
  _links: {
    base: `${SITE}/rest/servicedeskapi`,
    context: '',
    self: `${SITE}/rest/servicedeskapi/request/SUP-1/sla`,
  },
  values: [
    {
      id: '1',
      name: 'Time to first response',
      _links: { self: `${SITE}/rest/servicedeskapi/request/10010/sla/1` },
      completedCycles: [
        {
          startTime: date('2025-03-03T09:00:00.000+0100'),
          stopTime: date('2025-03-03T10:30:00.000+0100'),
          breachTime: date('2025-03-03T13:00:00.000+0100'),
          breached: false,
          goalDuration: duration(14_400_000),
          elapsedTime: duration(5_400_000),
          remainingTime: duration(9_000_000),
        },
      ],
    },
    {
      id: '2',
      name: 'Time to resolution',
      _links: { self: `${SITE}/rest/servicedeskapi/request/10010/sla/2` },
      completedCycles: [],
      ongoingCycle: {
        startTime: date('2025-03-03T09:00:00.000+0100'),
        breachTime: date('2025-03-05T09:00:00.000+0100'),
        breached: false,
        paused: false,
        withinCalendarHours: true,
        goalDuration: duration(57_600_000),
        elapsedTime: duration(7_200_000),
        remainingTime: duration(50_400_000),
      },
    },
  ],
};

const errorCollection = { errorMessages: ['Field does not exist.'], errors: {} };

const errorsOf = (result: ContractResult): string[] => (result.ok ? [] : result.errors);
const operationOf = (result: ContractResult): string | null => (result.ok ? null : result.operation);

describeWithSpecs("OpenAPI contract validator (Atlassian's published documents)", (contracts) => {
  describe('responses', () => {
    it('accepts a documented GET /rest/api/3/myself body and rejects a numeric accountId', () => {
      const ok = contracts.validateResponse({
        method: 'GET',
        path: '/rest/api/3/myself',
        status: 200,
        body: myself,
      });
      expect(ok).toEqual({ ok: true });

      const bad = contracts.validateResponse({
        method: 'GET',
        path: '/rest/api/3/myself',
        status: 200,
        body: { ...myself, accountId: 42 },
      });
      expect(bad).toEqual({
        ok: false,
        operation: 'GET /rest/api/3/myself',
        errors: ['/accountId: must be string'],
      });
    });

    it('keeps additionalProperties: false where the document declares it (User)', () => {
      const result = contracts.validateResponse({
        method: 'GET',
        path: '/rest/api/3/myself',
        status: 200,
        body: { ...myself, nickname: 'mia' },
      });
      expect(errorsOf(result)).toEqual(['/: must NOT have additional properties (nickname)']);
    });

    it('accepts a GET /rest/api/3/search/jql page and rejects issues that are not an array', () => {
      const path = '/rest/api/3/search/jql?jql=project%3DSUP&fields=*all&expand=changelog';
      expect(
        contracts.validateResponse({
          method: 'GET',
          path,
          status: 200,
          body: { issues: [], nextPageToken: 'x' },
        }),
      ).toEqual({ ok: true });
      expect(
        errorsOf(contracts.validateResponse({ method: 'GET', path, status: 200, body: { issues: {} } })),
      ).toEqual(['/issues: must be array']);
    });

    it('names the JSON path of a nested problem', () => {
      const body = { issues: [{ id: '10010', key: 'SUP-1', fields: 'none' }], isLast: true };
      const result = contracts.validateResponse({
        method: 'GET',
        path: '/rest/api/3/search/jql',
        status: 200,
        body,
      });
      expect(errorsOf(result)).toEqual(['/issues/0/fields: must be object']);
    });

    it('accepts a JSM SLA page for GET /rest/servicedeskapi/request/{issueIdOrKey}/sla', () => {
      const path = '/rest/servicedeskapi/request/SUP-1/sla?start=0&limit=50';
      expect(contracts.validateResponse({ method: 'GET', path, status: 200, body: slaPage })).toEqual({
        ok: true,
      });
      const broken = {
        ...slaPage,
        values: [{ ...slaPage.values[0], completedCycles: [{ breached: 'no' }] }],
      };
      expect(
        errorsOf(contracts.validateResponse({ method: 'GET', path, status: 200, body: broken })),
      ).toEqual(['/values/0/completedCycles/0/breached: must be boolean']);
    });

    it('accepts error bodies where a 400 or 404 documents them', () => {
      const create400 = { method: 'POST', path: '/rest/api/3/issue', status: 400, body: errorCollection };
      expect(contracts.validateResponse(create400)).toEqual({ ok: true });
      const trash404 = { method: 'POST', path: '/rest/api/3/field/customfield_10000/trash', status: 404 };
      expect(contracts.validateResponse({ ...trash404, body: errorCollection })).toEqual({ ok: true });
      expect(errorsOf(contracts.validateResponse({ ...trash404, body: { errorMessages: 'gone' } }))).toEqual([
        '/errorMessages: must be array',
      ]);
      const jsm404 = { method: 'GET', path: '/rest/servicedeskapi/request/SUP-404/sla', status: 404 };
      expect(contracts.validateResponse({ ...jsm404, body: { errorMessage: 'No request SUP-404' } })).toEqual(
        {
          ok: true,
        },
      );
    });

    it('fails on a status the operation does not document', () => {
      const result = contracts.validateResponse({
        method: 'GET',
        path: '/rest/api/3/myself',
        status: 418,
        body: {},
      });
      expect(result).toEqual({
        ok: false,
        operation: 'GET /rest/api/3/myself',
        errors: ['status 418 is not documented for GET /rest/api/3/myself'],
      });
    });

    it('fails on an unknown path and on an undocumented method', () => {
      const unknown = contracts.validateResponse({
        method: 'GET',
        path: '/rest/api/3/nope?x=1',
        status: 200,
        body: {},
      });
      expect(unknown).toEqual({
        ok: false,
        operation: 'GET /rest/api/3/nope',
        errors: ['no documented path matches /rest/api/3/nope'],
      });
      const patch = contracts.validateResponse({
        method: 'PATCH',
        path: '/rest/api/3/myself',
        status: 200,
        body: {},
      });
      expect(errorsOf(patch)).toEqual(['method PATCH is not documented for /rest/api/3/myself']);
    });

    it('prefers literal segments: /issue/createmeta is not /issue/{issueIdOrKey}', () => {
      const createmeta = { method: 'GET', path: '/rest/api/3/issue/createmeta?projectKeys=SUP' };
      expect(contracts.validateResponse({ ...createmeta, status: 200, body: { projects: [] } })).toEqual({
        ok: true,
      });
      const issueBody = { id: '10010', key: 'SUP-1', fields: {} };
      const asIssue = contracts.validateResponse({ ...createmeta, status: 200, body: issueBody });
      expect(operationOf(asIssue)).toBe('GET /rest/api/3/issue/createmeta');
      // GET /issue/{issueIdOrKey} documents a 404; GET /issue/createmeta does not.
      expect(errorsOf(contracts.validateResponse({ ...createmeta, status: 404, body: undefined }))).toEqual([
        'status 404 is not documented for GET /rest/api/3/issue/createmeta',
      ]);
      const issue = { method: 'GET', path: '/rest/api/3/issue/SUP-1', status: 200, body: issueBody };
      expect(contracts.validateResponse(issue)).toEqual({ ok: true });
    });

    it('matches a concrete path with a dotted property key and a query string', () => {
      const path = '/rest/api/3/issue/SUP-12/properties/ql.flag?x=1';
      const body = { key: 'ql.flag', value: { reviewed: true } };
      expect(contracts.validateResponse({ method: 'GET', path, status: 200, body })).toEqual({ ok: true });
      expect(
        errorsOf(contracts.validateResponse({ method: 'GET', path, status: 200, body: { ...body, key: 7 } })),
      ).toEqual(['/key: must be string']);
    });

    it('requires an empty body when no content is documented, and for every 204', () => {
      const property = { method: 'DELETE', path: '/rest/api/3/issue/SUP-12/properties/ql.flag' };
      expect(contracts.validateResponse({ ...property, status: 204, body: undefined })).toEqual({ ok: true });
      expect(contracts.validateResponse({ ...property, status: 204, body: '' })).toEqual({ ok: true });
      expect(errorsOf(contracts.validateResponse({ ...property, status: 204, body: {} }))).toEqual([
        '/: must be empty: status 204 of DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} documents no body (got object)',
      ]);
      const issue404 = { method: 'GET', path: '/rest/api/3/issue/SUP-404', status: 404 };
      expect(contracts.validateResponse({ ...issue404, body: undefined })).toEqual({ ok: true });
      expect(contracts.validateResponse({ ...issue404, body: errorCollection }).ok).toBe(false);
    });

    it('accepts null from/to in changelog items (a correction backed by the document’s own example)', () => {
      const body = {
        startAt: 0,
        maxResults: 100,
        total: 1,
        isLast: true,
        values: [
          {
            id: '10100',
            created: '2025-03-03T10:30:00.000+0100',
            items: [
              {
                field: 'resolution',
                fieldtype: 'jira',
                from: null,
                fromString: null,
                to: '10000',
                toString: 'Done',
              },
            ],
          },
        ],
      };
      const response = { method: 'GET', path: '/rest/api/3/issue/SUP-1/changelog', status: 200, body };
      expect(contracts.validateResponse(response)).toEqual({ ok: true });
      const raw = loadContracts({ corrections: [] });
      expect(raw === null ? [] : errorsOf(raw.validateResponse(response))).toEqual([
        '/values/0/items/0/from: must be string',
        '/values/0/items/0/fromString: must be string',
      ]);
    });

    it('can check undocumented error bodies against the generic error schema instead', () => {
      const lenient = loadContracts({ undocumentedErrorBodies: 'generic-error-schema' });
      const issue404 = { method: 'GET', path: '/rest/api/3/issue/SUP-404', status: 404 };
      expect(lenient?.validateResponse({ ...issue404, body: errorCollection })).toEqual({ ok: true });
      expect(
        errorsOf(lenient?.validateResponse({ ...issue404, body: { errorMessages: [1] } }) ?? { ok: true }),
      ).toEqual(['/errorMessages/0: must be string']);
    });
  });

  describe('requests', () => {
    it('accepts POST /rest/api/3/issue with fields and rejects fields that are not an object', () => {
      const fields = {
        project: { key: 'SUP' },
        issuetype: { id: '10001' },
        summary: 'Printer on fire',
        customfield_20117: '42',
      };
      const request = { method: 'POST', path: '/rest/api/3/issue?updateHistory=false' };
      expect(contracts.validateRequest({ ...request, body: { fields } })).toEqual({ ok: true });
      expect(errorsOf(contracts.validateRequest({ ...request, body: { fields: [] } }))).toEqual([
        '/fields: must be object',
      ]);
      expect(errorsOf(contracts.validateRequest({ ...request, body: undefined }))).toEqual([
        '/: a request body is required by POST /rest/api/3/issue',
      ]);
    });

    it('rejects a body on an operation that documents none', () => {
      const result = contracts.validateRequest({ method: 'GET', path: '/rest/api/3/myself', body: { x: 1 } });
      expect(errorsOf(result)).toEqual([
        '/: must be empty: the request of GET /rest/api/3/myself documents no body (got object)',
      ]);
    });
  });
});

describe('OpenAPI contract loading', () => {
  it('returns null when the specs folder is absent', () => {
    expect(loadContracts({ specsDir: '/nonexistent/shared/specs' })).toBeNull();
  });
});

describe('path template matching', () => {
  const match = createPathMatcher<string>(
    ['/a/{id}', '/a/new', '/a/{id}/b', '/a/{x}/b', '/files/{name}.json', '/files/{name}'].map((t) => [t, t]),
  );
  const best = (path: string) => match(path)[0]?.template ?? null;

  it('prefers literal segments, then mixed ones, over lone parameters', () => {
    expect(best('/a/new')).toBe('/a/new');
    expect(best('/a/SUP-1')).toBe('/a/{id}');
    expect(best('/files/report.json')).toBe('/files/{name}.json');
    expect(best('/files/report.csv')).toBe('/files/{name}');
  });

  it('ignores the query string and host, decodes parameters and needs every segment', () => {
    expect(match('https://x.atlassian.net/a/SUP%2D1?expand=names')[0]?.params).toEqual({ id: 'SUP-1' });
    expect(best('/a')).toBeNull();
    expect(best('/a/1/b/c')).toBeNull();
  });

  it('returns templates that differ only by parameter name with equal specificity', () => {
    expect(match('/a/1/b').map((m) => m.template)).toEqual(['/a/{id}/b', '/a/{x}/b']);
  });
});
