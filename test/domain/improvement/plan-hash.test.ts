import fc from 'fast-check';
import { canonicalJson } from '../../../src/domain/improvement/canonical-json';
import { fnv1a64 } from '../../../src/domain/improvement/fnv1a-64';
import type { Action, Cause } from '../../../src/domain/improvement/improvement';
import { planHash } from '../../../src/domain/improvement/plan-hash';
import { aCause, anAction, aRootCause, aVerification } from './fixtures';

const plan = (causes: Cause[] = [aRootCause()], actions: Action[] = [anAction()]) => ({ causes, actions });
const base = planHash(plan());

/** FNV-1a 64 over Node's own UTF-8 encoding: a reference the hand-written encoder must agree with. */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8'))
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** The same data with every object's keys written in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

describe('FNV-1a 64 and canonical JSON', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('encodes any text as UTF-8 exactly as the platform does (Chinese, emoji and all)', () => {
    expect(fnv1a64('夜班人手不足 😴')).toBe(reference('夜班人手不足 😴'));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => fnv1a64(text) === reference(text)));
  });

  it('writes equal JSON data as equal text whatever the key order, and reads back as the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversedKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});

describe('the plan hash', () => {
  it.each<[string, Partial<Action>]>([
    ['what', { what: 'Add two night shifts on the chat queue' }],
    ['owner', { owner: 'oscar' }],
    ['due date', { dueDate: '2026-05-01' }],
    ['measure', { measure: 'Chats answered within 30 s' }],
    ['target', { measureTarget: '95%' }],
    ['resources', { resources: 'One agent' }],
    ['cost', { cost: 1300 }],
    ['risks', { risks: [] }],
    ['root cause addressed', { rootCauseId: 'c2' }],
  ])("changes with an action's %s", (_, change) => {
    expect(planHash(plan(undefined, [anAction(change)]))).not.toBe(base);
  });

  it.each<[string, Partial<Cause>]>([
    ['text', { text: 'Night shift has one agent' }],
    ['bone', { category: 'method' }],
    ['verification method', { verification: aVerification({ method: 'interview' }) }],
    ['verification note', { verification: aVerification({ note: 'Replayed 20 chats' }) }],
    ['verification JQL', { verification: aVerification({ jql: null }) }],
    ['root-cause mark', { isRootCause: false, verification: null }],
  ])("changes with a root cause's %s", (_, change) => {
    expect(planHash(plan([aRootCause(change)]))).not.toBe(base);
  });

  it.each<[string, Cause[], Action[]]>([
    ['progress: done', [aRootCause()], [anAction({ done: true })]],
    ['progress: the sub-task', [aRootCause()], [anAction({ subtaskKey: 'SUP-43' })]],
    [
      'who verified and when',
      [aRootCause({ verification: aVerification({ verifiedBy: 'x', verifiedAt: 'y' }) })],
      [anAction()],
    ],
    ['the 5-Why chain and the parent', [aRootCause({ whys: [], parentId: null })], [anAction()]],
    ['causes not marked root cause', [aRootCause(), aCause({ id: 'c2' })], [anAction()]],
    [
      'whitespace around and within text',
      [aRootCause({ text: ' Night  shift understaffed ' })],
      [anAction({ what: 'Add a night shift\non the chat queue ' })],
    ],
  ])('ignores %s', (_, causes, actions) => {
    expect(planHash(plan(causes, actions))).toBe(base);
  });

  it('is a versioned 64-bit hex digest', () => {
    expect(base).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  // Decision: causes and actions are sets (the order they are listed in is presentation), and so are risks.
  it('does not depend on the order of root causes, actions, risks or object keys', () => {
    const risks = fc.array(fc.record({ risk: fc.string(), contingency: fc.string() }), { maxLength: 3 });
    const actionArb = fc
      .record({ id: fc.string({ minLength: 1 }), what: fc.string(), risks })
      .map(({ id, what, risks }) => anAction({ id, what, risks }));
    const actions = fc.uniqueArray(actionArb, { selector: (a) => a.id, maxLength: 5 });
    const causes = fc.uniqueArray(
      fc.string({ minLength: 1 }).map((id) => aRootCause({ id, text: `Cause ${id}` })),
      {
        selector: (c) => c.id,
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(causes, actions, fc.nat(), (cs, as, seed) => {
        const shuffle = <T>(xs: readonly T[]): T[] =>
          xs
            .map((x, i) => [(i * 7919 + seed) % 101, x] as const)
            .sort(([a], [b]) => a - b)
            .map(([, x]) => x);
        const reordered = {
          causes: shuffle(cs),
          actions: shuffle(as).map((a) => ({ ...a, risks: [...a.risks].reverse() })),
        };
        expect(planHash(reordered)).toBe(planHash({ causes: cs, actions: as }));
        expect(planHash(reversedKeys(reordered) as typeof reordered)).toBe(
          planHash({ causes: cs, actions: as }),
        );
      }),
    );
  });

  it('changes when any action says something else', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a.trim().replace(/\s+/g, ' ') !== b.trim().replace(/\s+/g, ' '));
        expect(planHash(plan(undefined, [anAction({ what: a })]))).not.toBe(
          planHash(plan(undefined, [anAction({ what: b })])),
        );
      }),
    );
  });
});
