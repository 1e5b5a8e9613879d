import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = resolve(__dirname, '..', '..');
const injectionPath = join(root, 'syntaxes', 'newsmark-article.tmLanguage.json');
const injectionScope = 'text.newsmark.injection';
// The extension's own base grammar for plaintext has no patterns, so every scope below the root comes from the injection.
const plainTextPath = join(root, 'syntaxes', 'plain-text.tmLanguage.json');

async function loadPlainTextWithInjection(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.plain') return vsctm.parseRawGrammar(readFileSync(plainTextPath, 'utf8'), plainTextPath);
      if (scopeName === injectionScope) return vsctm.parseRawGrammar(readFileSync(injectionPath, 'utf8'), injectionPath);
      return null;
    },
    getInjections: (scopeName) => (scopeName === 'text.plain' ? [injectionScope] : undefined),
  });
  const grammar = await registry.loadGrammar('text.plain');
  assert.ok(grammar, 'text.plain grammar loads');
  return grammar;
}

const grammarReady = loadPlainTextWithInjection();

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(lines: readonly string[]): Promise<Token[]> {
  const grammar = await grammarReady;
  const tokens: Token[] = [];
  let state = vsctm.INITIAL;
  lines.forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

// How VS Code hands a file to the tokenizer: BOM dropped, one string per line without its terminator.
function editorLines(fileText: string): string[] {
  return fileText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function scopesAt(tokens: readonly Token[], line: number, needle: string): string[] {
  let column = 0;
  const lineTokens = tokens.filter((token) => token.line === line);
  const lineText = lineTokens.map((token) => token.text).join('');
  const at = lineText.indexOf(needle);
  assert.notEqual(at, -1, `line ${line} contains ${JSON.stringify(needle)}`);
  for (const token of lineTokens) {
    if (at < column + token.text.length) return token.scopes;
    column += token.text.length;
  }
  assert.fail(`no token at ${JSON.stringify(needle)}`);
}

function hasScope(scopes: readonly string[], prefix: string): boolean {
  return scopes.some((scope) => scope === prefix || scope.startsWith(`${prefix}.`));
}

const STRING = 'string.quoted.double.newsmark';
const SINGLE = 'string.quoted.single.newsmark';
const OPEN = 'punctuation.definition.string.begin.newsmark';
const CLOSE = 'punctuation.definition.string.end.newsmark';

const article = [
  ' date 2025-03-14 La Comisión Europea aplaza la reforma pesquera + Seguir en',
  '',
  '',
  '“Vamos a esperar”, dijo Marín, “hasta que',
  'el informe esté listo”. Después añadió: «No habrá prórroga».',
  '',
  '“Es un párrafo que no cierra la cita',
  '',
  'Este texto ya no es una cita. Un "término" entre comillas rectas, y una comilla " suelta.',
  "It's the boat owners' view that they don't need \"another ‘temporary’ rule that won’t last\" anymore.",
  '“I don’t think ‘it’s fair’ to them,” she said.',
  "“We don't say ‘never’, we say 'not yet'”, he added.",
];

test('header line: keyword, date, title and boilerplate each get their scope', async () => {
  const tokens = await tokenize(article);
  const table: Array<[string, string]> = [
    ['date', 'keyword.other.header.newsmark'],
    ['2025-03-14', 'constant.numeric.date.newsmark'],
    ['La Comisión Europea', 'markup.heading.newsmark'],
    ['pesquera', 'entity.name.section.newsmark'],
    ['+ Seguir en', 'comment.line.newsmark'],
  ];
  for (const [needle, scope] of table) {
    assert.ok(hasScope(scopesAt(tokens, 0, needle), scope), `${needle} → ${scope}`);
  }
  assert.ok(!hasScope(scopesAt(tokens, 0, '+ Seguir en'), 'markup.heading'), 'boilerplate is not part of the title');
});

test('a header whose title has no boilerplate is all title', async () => {
  const tokens = await tokenize(['date 2025-11-30 Storm closes Dover port', 'Body.']);
  assert.ok(hasScope(scopesAt(tokens, 0, 'Dover port'), 'markup.heading.newsmark'));
  assert.ok(!tokens.some((token) => hasScope(token.scopes, 'comment.line.newsmark')));
});

test('curly and angle quotations are strings with their marks as punctuation, across a line break', async () => {
  const tokens = await tokenize(article);
  assert.ok(hasScope(scopesAt(tokens, 3, '“Vamos'), OPEN));
  assert.ok(hasScope(scopesAt(tokens, 3, 'Vamos a esperar'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 3, '”, dijo'), CLOSE));
  assert.ok(!hasScope(scopesAt(tokens, 3, 'dijo Marín'), STRING), 'the attribution between the two halves is not quoted');
  assert.ok(hasScope(scopesAt(tokens, 4, 'el informe esté listo'), STRING), 'the second half continues on the next line');
  assert.ok(!hasScope(scopesAt(tokens, 4, 'Después añadió'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 4, 'No habrá prórroga'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 4, '».'), CLOSE));
});

test('an unclosed quotation stops at the blank line', async () => {
  const tokens = await tokenize(article);
  assert.ok(hasScope(scopesAt(tokens, 6, 'no cierra la cita'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 8, 'Este texto'), STRING));
});

test('a Spanish quotation continued in a new paragraph reopens with »', async () => {
  const tokens = await tokenize([' date 2025-03-18 Título', '', '«Primer párrafo de la cita.', '', '»Segundo párrafo», dijo.', 'Fin » suelto.']);
  assert.ok(hasScope(scopesAt(tokens, 2, 'Primer párrafo'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 4, '»Segundo'), OPEN));
  assert.ok(hasScope(scopesAt(tokens, 4, 'Segundo párrafo'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 4, '», dijo'), CLOSE));
  assert.ok(!hasScope(scopesAt(tokens, 4, 'dijo'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 5, ' suelto'), STRING), '» inside a line opens nothing');
});

test('straight double quotes count only as a pair on one line', async () => {
  const tokens = await tokenize(article);
  assert.ok(hasScope(scopesAt(tokens, 8, 'término'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 8, ' suelta'), STRING), 'a lone straight quote opens nothing');
});

test('apostrophes never open a string; ‘…’ nests inside a quotation', async () => {
  const tokens = await tokenize(article);
  assert.ok(!hasScope(scopesAt(tokens, 9, "It's the boat"), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 9, "don't need"), STRING));
  assert.ok(hasScope(scopesAt(tokens, 9, 'temporary'), SINGLE));
  assert.ok(hasScope(scopesAt(tokens, 9, 'rule that won’t last'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 9, 'rule that'), SINGLE), 'the nested quote closed at its ’');
  assert.ok(!hasScope(scopesAt(tokens, 9, ' anymore'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 10, 'it’s fair'), SINGLE), 'an apostrophe inside ‘…’ does not close it');
  assert.ok(!hasScope(scopesAt(tokens, 10, ' to them'), SINGLE));
  assert.ok(hasScope(scopesAt(tokens, 10, ' to them'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 10, 'she said'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 11, 't say'), SINGLE), 'a straight apostrophe inside a quotation opens nothing');
  assert.ok(hasScope(scopesAt(tokens, 11, 'never'), SINGLE));
  assert.ok(!hasScope(scopesAt(tokens, 11, 'not yet'), SINGLE));
  assert.ok(hasScope(scopesAt(tokens, 11, 'not yet'), STRING));
});

const plainTexts: Array<[string, string[]]> = [
  ['notes with quotes and apostrophes', ['Shopping list — don\'t forget: "milk", “bread” and «café».', "It's Tom's turn; he said ‘fine’."]],
  ['a header that is not on the first line', ['Draft', ' date 2025-03-14 Not a header here', '“quoted”']],
  ['a first line that only mentions a date', ['The date 2025-03-14 was chosen', '“quoted”']],
];

for (const [name, lines] of plainTexts) {
  test(`other plain text gets nothing from the injection: ${name}`, async () => {
    const tokens = await tokenize(lines);
    for (const token of tokens) {
      assert.deepEqual(token.scopes, ['text.plain'], `line ${token.line} ${JSON.stringify(token.text)}`);
    }
  });
}

test('a host that passes the BOM and the CR through still sees the header and quotations', async () => {
  const lines = ['\uFEFF date 2025-05-23 Title + Seguir en\r', '\r', '«Uno» y “dos”.\r', '“Sin cierre\r', '\r', 'fuera\r'];
  const tokens = await tokenize(lines);
  assert.ok(hasScope(scopesAt(tokens, 0, 'date'), 'keyword.other.header.newsmark'));
  assert.ok(hasScope(scopesAt(tokens, 0, 'Title'), 'markup.heading.newsmark'));
  assert.ok(hasScope(scopesAt(tokens, 0, 'Seguir'), 'comment.line.newsmark'));
  assert.ok(hasScope(scopesAt(tokens, 2, 'Uno'), STRING));
  assert.ok(hasScope(scopesAt(tokens, 2, 'dos'), STRING));
  assert.ok(!hasScope(scopesAt(tokens, 5, 'fuera'), STRING), 'a blank line ending in CR still ends the quotation');
});

const headerLine = /^\s*date\s+\d{4}-\d{2}-\d{2}\s/;
const samplesDir = join(root, 'samples');
const sampleFiles = readdirSync(samplesDir).filter((file) => file.endsWith('.txt'));

test('the samples folder has articles to check', () => {
  assert.ok(sampleFiles.length > 0);
});

for (const file of sampleFiles) {
  test(`sample ${file}: header scoped exactly when the first line is a header`, async () => {
    const lines = editorLines(readFileSync(join(samplesDir, file), 'utf8'));
    const tokens = await tokenize(lines);
    const firstLineIsHeader = headerLine.test(`${lines[0]}\n`);
    const headerTokens = tokens.filter((token) => hasScope(token.scopes, 'keyword.other.header.newsmark'));
    assert.equal(headerTokens.length, firstLineIsHeader ? 1 : 0);
    if (!firstLineIsHeader) {
      assert.ok(
        tokens.every((token) => token.scopes.length === 1),
        'nothing injected into an article without a header',
      );
    }
  });
}
