import type { ReactNode } from 'react';
import { captionStyle, cellStyle, headStyle, scrollStyle, tableStyle } from './styles';

/**
 * A scrolling table with a caption and column headings, as the reviews and the alert history show them.
 * `numeric` right-aligns every heading but the first (the figures below are right-aligned);
 * `empty` is the one row shown across all columns when `isEmpty`.
 */
export function CaptionedTable(props: {
  caption: ReactNode;
  headers?: readonly string[];
  numeric?: boolean;
  empty?: string;
  isEmpty?: boolean;
  /** A note below the table, inside the scrolling box. */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div style={scrollStyle}>
      <table style={tableStyle}>
        <caption style={captionStyle}>{props.caption}</caption>
        {props.headers && (
          <thead>
            <tr>
              {props.headers.map((h, i) => (
                <th
                  key={h}
                  scope="col"
                  style={props.numeric && i > 0 ? { ...headStyle, textAlign: 'right' } : headStyle}
                >
                  {h}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {props.children}
          {props.isEmpty && (
            <tr>
              <td style={cellStyle} colSpan={props.headers?.length}>
                {props.empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {props.footer}
    </div>
  );
}
