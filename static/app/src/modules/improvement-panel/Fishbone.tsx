import { token } from '@atlaskit/tokens';
import type { Cause } from './causes-edit';
import { H, HEAD_X, SPINE_Y, W, headLines, layoutFishbone, shorten } from './fishbone-layout';
import { usePanelMessages } from './messages';
import { boneLabel } from './bone-label';

/** The fishbone (Ishikawa) diagram: the spine to the problem head, six bones, causes on their bones. */
export function Fishbone({ causes, statement }: { causes: Cause[]; statement: string }) {
  const { m } = usePanelMessages();
  const bones = layoutFishbone(causes);
  const line = token('color.border.bold');
  const text = token('color.text');
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={m.fishbone}
      style={{ width: '100%', height: 'auto', display: 'block', minWidth: 0 }}
    >
      <line x1={20} y1={SPINE_Y} x2={HEAD_X} y2={SPINE_Y} stroke={line} strokeWidth={4} />
      <polygon
        points={`${HEAD_X},${SPINE_Y - 60} ${W - 10},${SPINE_Y} ${HEAD_X},${SPINE_Y + 60}`}
        fill={token('color.background.accent.blue.subtler')}
        stroke={line}
      />
      <text x={HEAD_X + 8} y={SPINE_Y - 8 * headLines(statement).length} fontSize={13} fill={text}>
        {headLines(statement).map((l, i) => (
          <tspan key={i} x={HEAD_X + 8} dy={i === 0 ? 0 : 16}>
            {l}
          </tspan>
        ))}
        <title>{statement}</title>
      </text>
      {bones.map((b) => (
        <g key={b.key}>
          <line x1={b.x1} y1={b.y1} x2={b.x2} y2={b.y2} stroke={line} strokeWidth={2} />
          <text
            x={b.x2}
            y={b.y2 < SPINE_Y ? b.y2 - 12 : b.y2 + 24}
            textAnchor="middle"
            fontSize={15}
            fontWeight={700}
            fill={text}
          >
            {boneLabel(b.key, b.glyph, m)}
          </text>
          {b.entries.map((e) => (
            <g key={e.cause.id}>
              <line x1={e.x - (e.sub ? 70 : 100)} y1={e.y} x2={e.x} y2={e.y} stroke={line} />
              {e.cause.isRootCause && (
                <circle cx={e.x - (e.sub ? 74 : 104)} cy={e.y} r={5} fill={token('color.icon.danger')} />
              )}
              <text
                x={e.x - 4}
                y={e.y - 3}
                textAnchor="end"
                fontSize={e.sub ? 11 : 12}
                fontStyle={e.sub ? 'italic' : 'normal'}
                fontWeight={e.cause.isRootCause ? 700 : 400}
                fill={e.cause.isRootCause ? token('color.text.danger') : text}
              >
                {shorten(e.cause.text || '…', e.sub ? 18 : 20)}
                <title>{e.cause.text}</title>
              </text>
            </g>
          ))}
          {b.hidden > 0 && (
            <text x={b.x1 - 20} y={b.y1 + (b.y2 < SPINE_Y ? -8 : 16)} fontSize={11} fill={text}>
              +{b.hidden}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
