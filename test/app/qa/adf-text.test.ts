import { adfText } from '../../../src/app/qa/adf-text';

describe('the plain text of a comment body for the review panel', () => {
  it('joins text nodes, one line per paragraph, mentions by their text', () => {
    const body = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hello ' },
            { type: 'mention', attrs: { id: 'u1', text: '@Ann' } },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Your parcel ships today.' }] },
      ],
    };
    expect(adfText(body)).toBe('Hello @Ann\nYour parcel ships today.');
  });

  it('shows a plain string as it is and nothing for what is not ADF', () => {
    expect(adfText('plain words')).toBe('plain words');
    expect(adfText(42)).toBe('');
    expect(adfText(null)).toBe('');
  });
});
