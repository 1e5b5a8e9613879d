// package.json tells VS Code what the code knows (token types, their colours, the settings' defaults):
// it must say the same as the code, which is the one source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSelection } from '../../server/src/corpus/workspace';
import { palette, themeNames, tokenStyle, type ThemeKind } from '../../server/src/display/palette';
import { defaultHighlightedEntities, entityKinds, tokenTypes } from '../../server/src/display/tokenTypes';
import { toAnalysisOptions, toEditorOptions } from '../../server/src/settings';
import { catalogFileName as corpusCatalogFileName } from '../../server/src/corpus/catalog';
import { catalogFileName as protocolCatalogFileName } from '../../server/src/protocol';

interface Setting {
  default: unknown;
  items?: { enum?: string[] };
}

const contributes = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).contributes;
const settings: Record<string, Setting> = contributes.configuration.properties;
const defaultOf = (name: string) => settings[`newsmark.${name}`]?.default;

test('package.json declares the token types of the code, in its order, each mapped to TextMate scopes', () => {
  assert.deepEqual(
    contributes.semanticTokenTypes.map((type: { id: string }) => type.id),
    [...tokenTypes],
  );
  assert.deepEqual(Object.keys(contributes.semanticTokenScopes[0].scopes).sort(), [...tokenTypes].sort());
});

test("package.json gives VS Code's default themes the palette's colours for every token type", () => {
  const customizations: Record<string, { rules: Record<string, string | object> }> =
    contributes.configurationDefaults['editor.semanticTokenColorCustomizations'];
  const expected = Object.fromEntries(
    (Object.keys(palette) as ThemeKind[]).map((kind) => [
      themeNames[kind].map((name) => `[${name}]`).join(''),
      Object.fromEntries(tokenTypes.map((type) => [type, tokenStyle(kind, type)])),
    ]),
  );
  // A rule may be written as its colour alone.
  const declared = Object.fromEntries(
    Object.entries(customizations).map(([themes, { rules }]) => [
      themes,
      Object.fromEntries(Object.entries(rules).map(([type, rule]) => [type, typeof rule === 'string' ? { foreground: rule } : rule])),
    ]),
  );
  assert.deepEqual(declared, expected);
});

test("package.json's setting defaults are the code's defaults", () => {
  assert.deepEqual(defaultOf('include'), defaultSelection.include);
  assert.deepEqual(defaultOf('exclude'), defaultSelection.exclude);
  assert.equal((defaultOf('maxFileSizeKB') as number) * 1024, defaultSelection.maxFileBytes);
  assert.deepEqual(defaultOf('highlight.entities'), defaultHighlightedEntities);
  assert.deepEqual(settings['newsmark.highlight.entities'].items?.enum, entityKinds);
  const editor = toEditorOptions(undefined);
  assert.equal(defaultOf('inlayHints.enabled'), editor.dateHints || editor.speakerHints);
  assert.equal(defaultOf('inlayHints.dates'), editor.dateHints);
  assert.equal(defaultOf('inlayHints.quoteSpeakers'), editor.speakerHints);
  assert.equal(defaultOf('articleDate.fromFileName'), toAnalysisOptions(undefined).datesFromFileNames);
});

test('the settings read as the server uses them: one switch turns every hint off; unknown kinds are ignored', () => {
  assert.deepEqual(toEditorOptions({ inlayHints: { enabled: false, dates: true, quoteSpeakers: true } }), {
    dateHints: false,
    speakerHints: false,
    highlightedEntities: new Set(defaultHighlightedEntities),
  });
  assert.deepEqual([...toEditorOptions({ highlight: { entities: ['misc', 'people', 'person'] } }).highlightedEntities], ['misc', 'person']);
  assert.deepEqual([...toEditorOptions({ highlight: { entities: [] } }).highlightedEntities], []);
});

test('the corpus file has one name: the schema package.json gives it, the protocol the client reads, the corpus', () => {
  assert.deepEqual(contributes.jsonValidation, [{ fileMatch: corpusCatalogFileName, url: './schemas/newsmark.schema.json' }]);
  assert.equal(protocolCatalogFileName, corpusCatalogFileName);
});
