// The checks of issues 6 and 15, in the order a person would try them. Targets are words of the fixture corpus
// (test/vscode/fixture/): "Elena Marín Ortega" is named in full only in the earliest article, and as "Marín" after.
import { readFileSync } from 'node:fs';
import { check, CheckFailed, waitUntil } from './workbench.mjs';
import { catalogSteps } from './catalogSteps.mjs';
import { entitiesSteps } from './entitiesSteps.mjs';

const article = '02-congreso.txt';
const mainMentionArticle = '01-presupuestos.txt';
const canonicalName = 'Elena Marín Ortega';
const person = { context: 'La ministra Marín', word: 'Marín' };
const place = { context: 'debate en Madrid', word: 'Madrid' };
const organization = { context: 'previsiones del Banco de España', word: 'Banco' };
const date = { context: 'el 18 de diciembre de 2025', word: '18', value: '2025-12-18' };
const quote = { context: '"No vamos a subir', word: 'No' };
const plain = { context: 'La ministra Marín', word: 'ministra' };
const referenceMention = { context: 'aseguró Marín', word: 'Marín' };
// "…", insistió la ministra: the attribution does not name her, so a hint does, after the closing mark.
const speakerHint = { after: 'para la mayoría"', label: `— ${canonicalName}` };
const relativeDate = { text: 'este martes', label: '= 2025-12-02' };
const addedLine = 'Villalba y Marín se reunieron en Valencia el 20 de diciembre de 2025.';
const themes = {
  dark: { name: 'Default Dark Modern', bodyClass: 'vs-dark' },
  light: { name: 'Default Light Modern', bodyClass: 'vs' },
  highContrastDark: { name: 'Default High Contrast', bodyClass: 'hc-black' },
  highContrastLight: { name: 'Default High Contrast Light', bodyClass: 'hc-light' },
};

// The colours the extension gives VS Code's default themes (package.json's configurationDefaults; the unit tests check
// them against the code's palette).
const themeRules = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).contributes.configurationDefaults[
  'editor.semanticTokenColorCustomizations'
];

function expectedColour(themeName, tokenType) {
  const rules = Object.entries(themeRules).find(([themes]) => themes.includes(`[${themeName}]`))?.[1].rules ?? {};
  const rule = rules[tokenType];
  const hex = typeof rule === 'string' ? rule : rule?.foreground;
  if (!hex) throw new CheckFailed(`package.json gives ${themeName} no colour for ${tokenType}`);
  return `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
}

/** The extension never showed itself: every later check could only wait out its timeout. */
export class NotActivated extends CheckFailed {}

export function buildSteps({ articleCount, corpus }) {
  return [
    {
      id: 'activation',
      name: 'activates on a .txt article; the status bar shows the index state',
      run: (workbench) => activation(workbench, articleCount),
    },
    {
      id: 'highlights-high-contrast-light',
      name: 'highlights in their own colours under the high contrast light theme',
      run: (workbench) => coloursUnder(workbench, themes.highContrastLight),
    },
    {
      id: 'highlights-high-contrast-dark',
      name: 'highlights in their own colours under the high contrast dark theme',
      run: (workbench) => coloursUnder(workbench, themes.highContrastDark),
    },
    {
      id: 'highlights-light',
      name: 'highlights in their own colours under the light theme',
      run: (workbench) => coloursUnder(workbench, themes.light),
      docsImage: { file: 'vscode-highlights-light.png', height: 320 },
    },
    {
      id: 'highlights-dark',
      name: 'highlights in their own colours under the dark theme',
      run: (workbench) => coloursUnder(workbench, themes.dark),
      docsImage: { file: 'vscode-highlights-dark.png', height: 320 },
    },
    {
      id: 'hover-person',
      name: 'hovering a person shows the entity card',
      run: hoverPerson,
      docsImage: { file: 'vscode-hover-person.png', height: 380 },
    },
    { id: 'hover-date', name: 'hovering a date shows its value', run: hoverDate },
    {
      id: 'inlay-hints',
      name: 'inlay hints: a relative date, and the speaker only where the attribution does not name them, uncut',
      run: inlayHints,
    },
    { id: 'definition', name: 'F12 on a short mention opens the main mention in another article', run: definition },
    {
      id: 'references',
      name: 'Shift+F12 lists mentions from several articles',
      run: references,
      docsImage: { file: 'vscode-references.png', height: 520 },
    },
    { id: 'workspace-symbols', name: 'Ctrl+T finds an entity', run: workspaceSymbols },
    { id: 'outline', name: "the outline lists the article's entities and quotes", run: outline },
    // Before the edit below, which leaves an unsaved line naming Marín.
    ...entitiesSteps,
    { id: 'editing', name: 'editing updates the highlights without a save', run: editing },
    { id: 'rebuild', name: 'Rebuild Index shows that it runs and what it found', run: (workbench) => rebuildIndex(workbench, articleCount) },
    // Last, since they correct the corpus (newsmark.json) that the checks above read as the tagger left it.
    ...catalogSteps({ corpus }),
  ];
}

async function activation(workbench, articleCount) {
  await workbench.openFile(article);
  const item = await waitUntil(
    'a status bar item starting with "Newsmark"',
    async () => (await workbench.statusBarItems()).find((candidate) => candidate.text.startsWith('Newsmark')),
    {
      timeoutMs: 60000,
      seen: async () => `status bar: ${(await workbench.statusBarItems()).map((candidate) => candidate.text).join(' | ')}`,
    },
  ).catch((error) => {
    throw new NotActivated(error.message);
  });
  const articleCounter = /(\d+)\s+(?:articles?|art[íi]culos?)/i;
  // Everything the status bar said about Newsmark on the way, and the most items it had at once.
  const said = new Set();
  let mostItems = 0;
  const ready = await waitUntil(
    'the status bar to count the indexed articles',
    async () => {
      const newsmarkItems = (await workbench.statusBarItems()).filter((candidate) => /Newsmark/i.test(candidate.text));
      newsmarkItems.forEach((candidate) => said.add(candidate.text));
      mostItems = Math.max(mostItems, newsmarkItems.length);
      const current = newsmarkItems.find((candidate) => candidate.id === item.id);
      return current && articleCounter.test(current.text) && !/indexing|starting/i.test(current.text) ? current.text : false;
    },
    { timeoutMs: 60000, intervalMs: 50 },
  );
  const counted = Number(articleCounter.exec(ready)[1]);
  check(counted === articleCount, `status bar says "${ready}" but the corpus has ${articleCount} articles`);
  check(mostItems === 1, `the status bar showed ${mostItems} Newsmark items at once: ${[...said].join(' | ')}`);
  check(![...said].some((text) => /\b0\/0\b/.test(text)), `the status bar counted nothing: ${[...said].join(' | ')}`);
  return `status bar: ${[...said].map((text) => `"${text}"`).join(' then ')}`;
}

async function coloursUnder(workbench, theme) {
  await workbench.selectColorTheme(theme.name);
  await waitUntil(`the workbench to switch to ${theme.name}`, () => workbench.page.locator(`.monaco-workbench.${theme.bodyClass}`).count());
  await workbench.openFile(article);
  let seen = {};
  const expected = Object.fromEntries(
    Object.entries({ person: 'person', place: 'location', organization: 'organization', date: 'date', quote: 'quote' }).map(([kind, type]) => [
      kind,
      expectedColour(theme.name, type),
    ]),
  );
  const colours = await waitUntil(
    `person, place, organization, date and quote in the colours Newsmark gives ${theme.name}, each unlike the others and plain text`,
    async () => {
      seen = {};
      for (const [kind, target] of Object.entries({ person, place, organization, date, quote, plain })) {
        seen[kind] = (await workbench.token(target.context, target.word))?.color;
      }
      const asExpected = Object.entries(expected).every(([kind, colour]) => seen[kind] === colour);
      return asExpected && new Set(Object.values(seen)).size === 6 ? seen : false;
    },
    { timeoutMs: 45000, seen: async () => `${JSON.stringify(seen)}; expected ${JSON.stringify(expected)}` },
  );
  await workbench.moveToEmptyEditorArea();
  return Object.entries(colours)
    .map(([kind, colour]) => `${kind} ${colour}`)
    .join(', ');
}

async function hoverPerson(workbench) {
  await workbench.openFile(article);
  const hover = await workbench.hover(person.context, person.word, canonicalName);
  const firstLine = hover.text.split('\n')[0];
  check(new RegExp(`<(strong|b)>${canonicalName}</\\1>`).test(hover.html), `the hover's canonical name is not bold: ${hover.html.slice(0, 300)}`);
  check(/person/i.test(firstLine), `the hover's first line "${firstLine}" does not say "person"`);
  return `hover: "${hover.text.replace(/\n+/g, ' / ')}"`;
}

async function hoverDate(workbench) {
  const hover = await workbench.hover(date.context, date.word, date.value);
  return `hover: "${hover.text.replace(/\n+/g, ' / ')}"`;
}

async function inlayHints(workbench) {
  await workbench.dismissHover();
  await workbench.openFile(article);
  const hints = await waitUntil(
    'the date hint and the speaker hint',
    async () => {
      const found = await workbench.inlayHints();
      return found.some((hint) => hint.label.startsWith('—')) && found.some((hint) => hint.label.startsWith('=')) ? found : false;
    },
    { seen: async () => JSON.stringify(await workbench.inlayHints()) },
  );
  const shown = hints.map((hint) => `"${hint.label}" after "…${hint.before.slice(-18)}"`).join(', ');
  const speakers = hints.filter((hint) => hint.label.startsWith('—'));
  check(speakers.length === 1, `one speaker hint expected (the other quote says "aseguró Marín"), saw ${shown}`);
  check(speakers[0].label === speakerHint.label, `the speaker hint reads "${speakers[0].label}", not "${speakerHint.label}"`);
  check(speakers[0].before.endsWith(speakerHint.after), `the speaker hint does not stand right after '${speakerHint.after}': ${shown}`);
  const dateHint = hints.find((hint) => hint.label === relativeDate.label);
  check(dateHint?.before.endsWith(relativeDate.text), `no "${relativeDate.label}" right after "${relativeDate.text}": ${shown}`);
  check(!hints.some((hint) => hint.label.includes('…')), `a hint is cut short: ${shown}`);
  return shown;
}

async function definition(workbench) {
  await workbench.dismissHover();
  await workbench.openFile(article);
  await workbench.clickWord(referenceMention.context, referenceMention.word);
  await workbench.page.keyboard.press('F12');
  await waitUntil(`${mainMentionArticle} to open`, async () => (await workbench.activeTabName()) === mainMentionArticle, {
    seen: async () => `active tab ${await workbench.activeTabName()}`,
  });
  const landed = await waitUntil(
    `the cursor on "${canonicalName}"`,
    async () => {
      const cursor = await workbench.cursorPosition();
      const text = cursor && (await workbench.lineText(cursor.line));
      return text?.slice(cursor.column - 1).startsWith(canonicalName) ? cursor : false;
    },
    { timeoutMs: 10000, seen: async () => JSON.stringify(await workbench.cursorPosition()) },
  );
  return `opened ${mainMentionArticle} at line ${landed.line}, column ${landed.column}`;
}

async function references(workbench) {
  await workbench.openFile(article);
  await workbench.clickWord(referenceMention.context, referenceMention.word);
  await workbench.page.keyboard.press('Shift+F12');
  const listedFiles = () =>
    workbench.page.$$eval('.peekview-widget .ref-tree .reference-file .label-name', (labels) => labels.map((label) => label.textContent?.trim()));
  const files = await waitUntil(
    'the references view to list mentions from at least three articles',
    async () => {
      const names = await listedFiles();
      return new Set(names).size >= 3 ? names : false;
    },
    { seen: async () => `files listed: ${(await listedFiles()).join(', ') || 'none'}` },
  );
  const title = await workbench.page.locator('.peekview-widget .peekview-title').first().innerText();
  return `${title.replace(/\s+/g, ' ')}; files: ${files.join(', ')}`;
}

async function workspaceSymbols(workbench) {
  await workbench.page.keyboard.press('Escape');
  const input = await workbench.openQuickInput('Control+T', 'the workspace symbol search');
  await input.fill('#Villalba');
  const rows = await waitUntil(
    'a symbol row naming Villalba',
    async () => {
      const labels = await workbench.quickInputRows();
      return labels.some((label) => label.includes('Villalba')) ? labels : false;
    },
    { seen: async () => `rows: ${(await workbench.quickInputRows()).join(' | ') || 'none'}` },
  );
  return `rows: ${rows.slice(0, 4).join(' | ')}`;
}

async function outline(workbench) {
  await workbench.closeQuickInput();
  await workbench.openFile(article);
  const header = workbench.page.locator('.pane-header[aria-label^="Outline"]');
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const outlineList = workbench.page.locator('.outline-pane .monaco-list').first();
  const labelsSeen = new Set();
  await waitUntil(
    'the outline to list Marín and the quotation',
    async () => {
      const labels = await workbench.page.$$eval('.outline-pane .monaco-list-row', (items) =>
        items.map((item) => (item.getAttribute('aria-label') ?? item.textContent ?? '').trim()),
      );
      labels.forEach((label) => labelsSeen.add(label));
      const hasEntity = [...labelsSeen].some((label) => label.includes('Marín'));
      const hasQuote = [...labelsSeen].some((label) => label.includes('No vamos a subir'));
      if (hasEntity && hasQuote) return true;
      // The outline renders only the rows in view; scroll on to reach the quotations.
      if (await outlineList.isVisible()) await outlineList.hover().then(() => workbench.page.mouse.wheel(0, 120));
      return false;
    },
    { seen: async () => `rows: ${[...labelsSeen].join(' | ') || 'none'}` },
  );
  const rows = [...labelsSeen];
  return `${rows.length} rows: ${rows.slice(0, 6).join(' | ')}`;
}

async function editing(workbench) {
  await workbench.openFile(article);
  const placeColour = (await workbench.tokenOrFail(place.context, place.word)).color;
  const personColour = (await workbench.tokenOrFail(person.context, person.word)).color;
  const plainColour = (await workbench.tokenOrFail(plain.context, plain.word)).color;
  // Otherwise an article without any highlight would pass: every word would share the plain colour.
  check(
    new Set([placeColour, personColour, plainColour]).size === 3,
    `before the edit, place ${placeColour}, person ${personColour} and plain ${plainColour} are not three colours`,
  );
  await workbench.clickWord(plain.context, plain.word);
  await workbench.page.keyboard.press('Control+End');
  await workbench.page.keyboard.press('Enter');
  await workbench.page.keyboard.type(addedLine);
  await waitUntil("the typed line's person and place to take the person and place colours", async () => {
    const typedPlace = await workbench.token('reunieron en Valencia', 'Valencia');
    const typedPerson = await workbench.token('Villalba y Marín', 'Marín');
    return typedPlace?.color === placeColour && typedPerson?.color === personColour;
  });
  if (!(await workbench.activeTabIsDirty())) throw new CheckFailed('the edited article is not dirty: was it saved?');
  return `"${addedLine}" highlighted while unsaved`;
}

async function rebuildIndex(workbench, articleCount) {
  await workbench.page.keyboard.press('Escape');
  await workbench.runCommand('Newsmark: Rebuild Index');
  const message = await waitUntil(
    'a notification that the index was rebuilt',
    async () => (await workbench.notifications()).find((text) => /index rebuilt/i.test(text)) ?? false,
    { timeoutMs: 30000, seen: async () => `notifications: ${(await workbench.notifications()).join(' | ') || 'none'}` },
  );
  const status = (await workbench.statusBarItems()).find((candidate) => candidate.text.startsWith('Newsmark'));
  check(status?.text.includes(`${articleCount} articles`), `after the rebuild the status bar says "${status?.text}"`);
  return `notification "${message}"; status bar "${status.text}"`;
}
