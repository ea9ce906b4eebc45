import { z } from 'zod';

/** The parts of an ADF node the text reads; anything else in it is ignored. */
const adfNode = z.looseObject({
  type: z.string().optional(),
  text: z.string().optional(),
  attrs: z.looseObject({ text: z.string().optional() }).optional(),
  content: z.array(z.unknown()).optional(),
});

/**
 * The plain text of an Atlassian Document Format body, for the review panel's conversation: text
 * nodes joined, mentions as their display text, one line per block. Anything that is not ADF (a
 * plain string from an old API) is shown as it is.
 */
export function adfText(body: unknown): string {
  if (typeof body === 'string') return body;
  const lines: string[] = [];
  let line = '';
  const walk = (node: unknown, isBlock: boolean) => {
    const parsed = adfNode.safeParse(node);
    if (!parsed.success) return;
    const n = parsed.data;
    if (n.type === 'text' && typeof n.text === 'string') line += n.text;
    else if (n.type === 'mention') line += typeof n.attrs?.text === 'string' ? n.attrs.text : '@someone';
    else if (n.type === 'hardBreak') line += '\n';
    if (Array.isArray(n.content))
      for (const child of n.content)
        walk(
          child,
          n.type === 'doc' || n.type === 'bulletList' || n.type === 'orderedList' || n.type === 'listItem',
        );
    if (isBlock && line !== '') {
      lines.push(line);
      line = '';
    }
  };
  walk(body, false);
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
