import { CreatableSelect } from '@atlaskit/select';
import { FieldError, Section, TextInput } from './fields';
import { useAdminMessages } from './messages';
import type { SectionProps } from './section-props';

type Option = { label: string; value: string };
const KNOWN_DIMENSIONS = ['requestType', 'assignee', 'hourOfDay', 'priority', 'components', 'labels'];

/** Which Jira fields feed the figures: the NPS field and the breakdown dimensions. */
export function FieldMappingSection({ draft, change, errors }: SectionProps) {
  const m = useAdminMessages();
  const toOption = (value: string): Option => ({ label: value, value });
  return (
    <Section name="fields" title={m.fieldMapping}>
      <TextInput
        path="kpi.npsFieldId"
        label={m.npsFieldId}
        inputMode="text"
        width={320}
        placeholder={m.npsFieldNone}
        value={draft.npsFieldId}
        error={errors['kpi.npsFieldId']}
        onChange={(v) => change((d) => ({ ...d, npsFieldId: v }))}
      />
      <div style={{ display: 'grid', gap: 4, maxWidth: 560 }}>
        <label htmlFor="ql-kpi-dimensions" style={{ fontSize: 12, fontWeight: 600 }}>
          {m.dimensions}
        </label>
        <CreatableSelect<Option, true>
          inputId="ql-kpi-dimensions"
          isMulti
          options={KNOWN_DIMENSIONS.map(toOption)}
          value={draft.dimensions.map(toOption)}
          onChange={(options) => change((d) => ({ ...d, dimensions: options.map((o) => o.value) }))}
        />
        <span style={{ fontSize: 12 }}>{m.dimensionsHelp}</span>
        <FieldError path="kpi.dimensions" error={errors['kpi.dimensions']} />
      </div>
      <TextInput
        path="kpi.paretoDimension"
        label={m.paretoDimension}
        inputMode="text"
        width={320}
        placeholder={m.paretoDefault}
        value={draft.paretoDimension}
        error={errors['kpi.paretoDimension']}
        onChange={(v) => change((d) => ({ ...d, paretoDimension: v }))}
      />
    </Section>
  );
}
