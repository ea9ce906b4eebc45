import Button from '@atlaskit/button/new';
import type { Draft } from './draft';
import { FieldError, Row, Section, TextInput } from './fields';
import { useAdminMessages } from './messages';
import type { SectionProps } from './section-props';

type Category = Draft['categories'][number];

const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

/** The problem-category taxonomy in both languages: add, rename, remove, reorder. */
export function CategoriesSection({ draft, change, errors }: SectionProps) {
  const m = useAdminMessages();
  const list = draft.categories;
  const set = (categories: Category[]) => change((d) => ({ ...d, categories }));
  const edit = (i: number, patch: Partial<Category>) =>
    set(list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Section name="categories" title={m.categories}>
      <ol style={{ display: 'grid', gap: 8, margin: 0, paddingLeft: 20 }}>
        {list.map((c, i) => (
          <li key={i} data-category-row={i}>
            <Row>
              <TextInput
                path={`categories.${i}.id`}
                label={m.categoryId}
                inputMode="text"
                width={180}
                value={c.id}
                error={errors[`categories.${i}.id`]}
                onChange={(id) => edit(i, { id })}
              />
              <TextInput
                path={`categories.${i}.en`}
                label={m.categoryEn}
                inputMode="text"
                value={c.en}
                error={errors[`categories.${i}.en`]}
                onChange={(en) => edit(i, { en })}
              />
              <TextInput
                path={`categories.${i}.zhCN`}
                label={m.categoryZh}
                inputMode="text"
                value={c.zhCN}
                error={errors[`categories.${i}.zhCN`]}
                onChange={(zhCN) => edit(i, { zhCN })}
              />
              <div style={{ display: 'flex', gap: 4, paddingTop: 22 }}>
                <Button
                  appearance="subtle"
                  isDisabled={i === 0}
                  onClick={() => set(move(list, i, i - 1))}
                  aria-label={`${m.moveUp} ${c.id}`}
                >
                  ↑
                </Button>
                <Button
                  appearance="subtle"
                  isDisabled={i === list.length - 1}
                  onClick={() => set(move(list, i, i + 1))}
                  aria-label={`${m.moveDown} ${c.id}`}
                >
                  ↓
                </Button>
                <Button appearance="subtle" onClick={() => set(list.filter((_, j) => j !== i))}>
                  {m.remove}
                </Button>
              </div>
            </Row>
          </li>
        ))}
      </ol>
      <FieldError path="categories" error={errors['categories']} />
      <div>
        <Button onClick={() => set([...list, { id: '', en: '', zhCN: '' }])}>{m.addCategory}</Button>
      </div>
    </Section>
  );
}
