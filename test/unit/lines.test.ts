import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeLineStarts, offsetToPosition, positionToOffset } from '../../server/src/corpus/lines';

// Where lines start as LSP and VS Code count them: after each \r\n, \r and \n.
function editorLineStarts(text: string): number[] {
  return [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];
}

describe('line starts', () => {
  const texts = {
    LF: 'uno\ndos\n\ntres',
    CRLF: 'uno\r\ndos\r\n\r\ntres',
    'CR alone': 'uno\rdos\r\rtres',
    mixed: 'uno\r\ndos\rtres\ncuatro\n\r',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`counts ${name} line breaks the way an editor does`, () => {
      const starts = computeLineStarts(text);
      const expected = editorLineStarts(text);
      assert.deepEqual([...starts], expected);
      expected.forEach((offset, line) => {
        assert.deepEqual(offsetToPosition(starts, offset), { line, character: 0 });
        assert.equal(positionToOffset(starts, { line, character: 0 }, text.length), offset);
      });
    });
  }

  it('puts a word after a lone \\r on the next line', () => {
    const text = 'Título\rElena Marín habló en Madrid.\r';
    const starts = computeLineStarts(text);
    assert.deepEqual(offsetToPosition(starts, text.indexOf('Madrid')), { line: 1, character: 'Elena Marín habló en '.length });
  });
});
