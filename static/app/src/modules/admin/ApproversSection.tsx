import Select from '@atlaskit/select';
import TextArea from '@atlaskit/textarea';
import type { Policy } from './draft';
import { FieldError, Row, Section, TextInput } from './fields';
import { useAdminMessages } from './messages';
import type { SectionProps } from './section-props';

type Option = { label: string; value: Policy };

/** Who approves improvement plans (users, a group, a project role) and how many must agree. */
export function ApproversSection({ draft, change, errors }: SectionProps) {
  const m = useAdminMessages();
  const a = draft.approvers;
  const set = (patch: Partial<typeof a>) =>
    change((d) => ({ ...d, approvers: { ...d.approvers, ...patch } }));
  const policies: Option[] = [
    { value: 'any', label: m.policyAny },
    { value: 'all', label: m.policyAll },
    { value: 'nOfM', label: m.policyNofM },
  ];
  return (
    <Section name="approvers" title={m.approvers}>
      <div style={{ display: 'grid', gap: 4, maxWidth: 560 }}>
        <label htmlFor="ql-approvers-users" style={{ fontSize: 12, fontWeight: 600 }}>
          {m.approverUsers}
        </label>
        <TextArea
          id="ql-approvers-users"
          name="approvers.users"
          value={a.users}
          minimumRows={3}
          isInvalid={Boolean(errors['approvers.users'])}
          onChange={(e) => set({ users: e.currentTarget.value })}
        />
        <FieldError path="approvers.users" error={errors['approvers.users']} />
      </div>
      <Row>
        <TextInput
          path="approvers.group"
          label={m.approverGroup}
          inputMode="text"
          value={a.group}
          error={errors['approvers.group']}
          onChange={(group) => set({ group })}
        />
        <TextInput
          path="approvers.projectRole"
          label={m.approverRole}
          inputMode="text"
          value={a.projectRole}
          error={errors['approvers.projectRole']}
          onChange={(projectRole) => set({ projectRole })}
        />
      </Row>
      <Row>
        <div style={{ display: 'grid', gap: 4, minWidth: 240 }}>
          <label htmlFor="ql-approvers-policy" style={{ fontSize: 12, fontWeight: 600 }}>
            {m.policy}
          </label>
          <Select<Option>
            inputId="ql-approvers-policy"
            options={policies}
            value={policies.find((p) => p.value === a.policy) ?? null}
            onChange={(o) => o && set({ policy: o.value })}
          />
        </div>
        {a.policy === 'nOfM' && (
          <TextInput
            path="approvers.policy.n"
            label={m.policyN}
            width={100}
            value={a.n}
            error={errors['approvers.policy.n']}
            onChange={(n) => set({ n })}
          />
        )}
      </Row>
    </Section>
  );
}
