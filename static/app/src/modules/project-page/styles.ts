import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

/** Table styles shared by every table of the module group (plain tables: screen readers know them). */
export const tableStyle: CSSProperties = { width: '100%', borderCollapse: 'collapse', fontSize: 14 };
export const cellStyle: CSSProperties = {
  padding: '6px 8px',
  borderBottom: `1px solid ${token('color.border', '#dcdfe4')}`,
  textAlign: 'left',
  verticalAlign: 'top',
};
export const numStyle: CSSProperties = { ...cellStyle, textAlign: 'right', whiteSpace: 'nowrap' };
export const headStyle: CSSProperties = {
  ...cellStyle,
  color: token('color.text.subtle', '#44546f'),
  fontWeight: 600,
  borderBottom: `2px solid ${token('color.border', '#dcdfe4')}`,
};
export const scrollStyle: CSSProperties = { overflowX: 'auto', maxWidth: '100%' };
export const cardStyle: CSSProperties = {
  border: `1px solid ${token('color.border', '#dcdfe4')}`,
  borderRadius: 6,
  padding: 12,
  background: token('elevation.surface.raised', '#fff'),
};
export const subtleText: CSSProperties = { color: token('color.text.subtle', '#44546f'), fontSize: 12 };
export const goodColor = () => token('color.text.success', '#216e4e');
export const badColor = () => token('color.text.danger', '#ae2e24');
/** Table captions as small headings (the CSS reset would make them large and spaced). */
export const captionStyle: CSSProperties = {
  textAlign: 'left',
  fontWeight: 600,
  fontSize: 14,
  padding: '4px 0',
  margin: 0,
  color: token('color.text', '#172b4d'),
};
