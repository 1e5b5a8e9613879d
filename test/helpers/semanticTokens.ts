// Decodes LSP semantic tokens back into "type:text" strings, which tests can compare at a glance.
export function showSemanticTokens(data: number[], tokenTypes: readonly string[], text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const shown: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    shown.push(`${tokenTypes[data[i + 3]]}:${lines[line].slice(character, character + data[i + 2])}`);
  }
  return shown;
}
