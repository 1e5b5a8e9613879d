// The checks of issue 13's corrections in the real editor: quick fixes on a name, F2, the corpus file's mistakes and its
// JSON schema, each judged by what a person sees (colours, the menu, the hover card, the Problems panel, the file).
// The tagger takes "Villalba" (the politician Andrés Villalba) for a place in 03-valencia.txt and 04-votacion.txt;
// the steps correct that, in order, so each starts where the last left the corpus file (newsmark.json, none at first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, CheckFailed, waitUntil } from './workbench.mjs';

const villalba = { context: 'Villalba, que', word: 'Villalba', article: '03-valencia.txt' };
const villalbaElsewhere = { context: 'mientras Villalba', word: 'Villalba', article: '04-votacion.txt' };
// Names the tagger gets right in each article: their colours are what "a person" and "a place" look like there.
const personIn03 = { context: 'dijo Marín', word: 'Marín' };
const placeIn03 = { context: 'estuvo en Valencia', word: 'Valencia' };
const personIn04 = { context: 'declaró Marín', word: 'Marín' };
const newName = 'Andrés Villalba Ruiz';
const counts = '(2 mentions in 2 articles)';
const expectedMenu = [
  `Make "Villalba" a person ${counts}`,
  `Make "Villalba" an organization ${counts}`,
  `Make "Villalba" another kind of name ${counts}`,
  'Link "Villalba" to another entity…',
  `Mark "Villalba" as not an entity ${counts}`,
];
// newsmark.json as the first fix writes it: sorted, two-space indents, a final line break.
const afterFirstFix = '{\n  "entities": [\n    {\n      "name": "Villalba",\n      "type": "PER"\n    }\n  ]\n}\n';

export function catalogSteps({ corpus }) {
  const corpusFile = join(corpus, 'newsmark.json');
  return [
    {
      id: 'quick-fix-menu',
      name: 'the quick fixes on a mistyped name say what each does to how many mentions',
      run: quickFixMenu,
      docsImage: { file: 'vscode-quick-fix.png', height: 390 },
      after: (workbench) => workbench.page.keyboard.press('Escape'),
    },
    {
      id: 'quick-fix-two-articles',
      name: "a quick fix changes the name's colour in two open articles and writes newsmark.json",
      run: (workbench) => quickFixInTwoArticles(workbench, corpusFile),
      after: (workbench) => workbench.runCommand('View: Single Column Editor Layout'),
    },
    { id: 'quick-fix-link', name: 'Link to another entity… picks the likeliest entity first and the card follows', run: linkToEntity },
    {
      id: 'rename',
      name: 'F2 renames the entity: the card shows the new name, newsmark.json keeps the old as an alias, Undo there takes it back',
      run: rename,
    },
    {
      id: 'corpus-file-mistake',
      name: 'a mistake in newsmark.json is in the Problems panel, and the quick fix in an article leads to it',
      run: mistake,
    },
    {
      id: 'corpus-file-schema',
      name: "the JSON schema completes newsmark.json's types; mended and saved, the file stays sorted and formatted",
      run: (workbench) => schemaCompletion(workbench, corpusFile),
      after: (workbench) => workbench.runCommand('View: Hide Panel'),
    },
  ];
}

async function quickFixMenu(workbench) {
  await workbench.openFile(villalba.article);
  let before = {};
  await waitUntil(
    '"Villalba" in the place colour, unlike a person\'s',
    async () => {
      before = await colours(workbench, { name: villalba, person: personIn03, place: placeIn03 });
      return before.name === before.place && before.name !== before.person;
    },
    { timeoutMs: 30000, seen: async () => JSON.stringify(before) },
  );
  const rows = await openQuickFixes(workbench, villalba);
  check(
    JSON.stringify(rows.map((row) => row.title)) === JSON.stringify(expectedMenu),
    `the menu reads ${rows.map((row) => `"${row.title}"`).join(', ')}; expected ${expectedMenu.join(', ')}`,
  );
  check(!rows.some((row) => row.disabled), 'a quick fix is disabled');
  return rows.map((row) => row.title).join(' | ');
}

async function quickFixInTwoArticles(workbench, corpusFile) {
  // 04-votacion.txt on the left, 03-valencia.txt on the right, both in view.
  await workbench.openFile(villalbaElsewhere.article);
  await workbench.runCommand('View: Split Editor Right');
  await waitUntil('two editor groups', async () => (await workbench.page.locator('.editor-group-container').count()) === 2);
  await workbench.openFile(villalba.article);
  const right = await highlighted(workbench, { name: villalba, person: personIn03 });
  await focusGroup(workbench, 1, villalbaElsewhere.article);
  const left = await highlighted(workbench, { name: villalbaElsewhere, person: personIn04 });
  await focusGroup(workbench, 2, villalba.article);
  await openQuickFixes(workbench, villalba);
  await chooseQuickFix(workbench, expectedMenu[0]);
  const applied = Date.now();
  await waitUntil(
    `"Villalba" in ${villalba.article} to take the person colour ${right.person}`,
    async () => (await workbench.token(villalba.context, villalba.word))?.color === right.person,
    { timeoutMs: 10000 },
  );
  const rightAfter = Date.now() - applied;
  await focusGroup(workbench, 1, villalbaElsewhere.article);
  await waitUntil(
    `"Villalba" in ${villalbaElsewhere.article} to take the person colour ${left.person}`,
    async () => (await workbench.token(villalbaElsewhere.context, villalbaElsewhere.word))?.color === left.person,
    { timeoutMs: 10000 },
  );
  const leftAfter = Date.now() - applied;
  // The fix created the file, which VS Code saves with it; the explorer lists it.
  await waitUntil('newsmark.json in the explorer', () => workbench.page.locator('.explorer-folders-view .monaco-list-row[aria-label="newsmark.json"]').count());
  const written = await waitUntil('newsmark.json written as the fix says', async () => {
    const text = readText(corpusFile);
    return text === afterFirstFix ? text : false;
  }).catch(() => {
    throw new CheckFailed(`newsmark.json holds ${JSON.stringify(readText(corpusFile))}, not ${JSON.stringify(afterFirstFix)}`);
  });
  return `"Villalba" ${left.name} → ${left.person} in ${villalbaElsewhere.article} after ${leftAfter} ms and in ${villalba.article} after ${rightAfter} ms; newsmark.json: ${JSON.stringify(written)}`;
}

async function linkToEntity(workbench) {
  await workbench.openFile(villalba.article);
  await openQuickFixes(workbench, villalba);
  const link = (await codeActionRows(workbench)).find((row) => row.title.startsWith('Link "Villalba"'));
  check(link, 'no "Link…" quick fix once "Villalba" is a person');
  await chooseQuickFix(workbench, link.title);
  const title = workbench.page.locator('.quick-input-widget .quick-input-title');
  await waitUntil('the pick titled "Link Villalba to…"', async () => (await title.isVisible()) && (await title.innerText()) === 'Link Villalba to…', {
    seen: async () => ((await title.isVisible()) ? await title.innerText() : 'no pick'),
  });
  const rows = await waitUntil('the entities to link to, Andrés Villalba among them', async () => {
    const labels = await workbench.quickInputRows();
    return labels.some((label) => label.startsWith('Andrés Villalba')) ? labels : false;
  });
  check(rows[0].startsWith('Andrés Villalba'), `the likeliest entity is not first: ${rows.join(' | ')}`);
  await workbench.clickQuickInputRow('Andrés Villalba in the pick', (label) => label.startsWith('Andrés Villalba'));
  const hover = await workbench.hover(villalba.context, villalba.word, 'Andrés Villalba');
  const firstLine = hover.text.split('\n')[0];
  check(/^Andrés Villalba · person/.test(firstLine), `the card after the link begins "${firstLine}"`);
  await workbench.dismissHover();
  return `pick: ${rows.join(' | ')}; card: "${hover.text.split('\n').slice(0, 3).join(' / ')}"`;
}

async function rename(workbench) {
  await workbench.openFile(villalba.article);
  await workbench.clickWord(villalba.context, villalba.word);
  await workbench.page.keyboard.press('F2');
  const input = workbench.page.locator('.rename-box input');
  await waitUntil("the rename box with the entity's name", async () => (await input.isVisible()) && (await input.inputValue()) === 'Andrés Villalba', {
    seen: async () => ((await input.isVisible()) ? `the box says "${await input.inputValue()}"` : 'no rename box'),
  });
  await input.fill(newName);
  await input.press('Enter');
  const hover = await workbench.hover(villalba.context, villalba.word, newName);
  check(hover.text.split('\n')[0].startsWith(`${newName} · person`), `the card begins "${hover.text.split('\n')[0]}"`);
  await workbench.dismissHover();
  // The rename leaves newsmark.json edited and unsaved, as VS Code leaves every file a rename changes.
  await workbench.openFile('newsmark.json');
  const shown = await waitUntil(`newsmark.json to name ${newName} with the old names as aliases`, async () => {
    const text = await editorText(workbench);
    const document = parseOrNull(text);
    const entity = document?.entities?.find((candidate) => candidate.name === newName);
    return entity?.type === 'PER' && ['Andrés Villalba', 'Villalba'].every((alias) => entity.aliases?.includes(alias)) ? text : false;
  });
  // Undo, in the file the correction edited, takes it back everywhere; Redo brings it again.
  await workbench.clickWord('"entities"', 'entities');
  await workbench.page.keyboard.press('Control+Z');
  await waitUntil(`newsmark.json without ${newName} after Undo`, async () => !(await editorText(workbench)).includes(newName));
  await workbench.openFile(villalba.article);
  const undone = await workbench.hover(villalba.context, villalba.word, 'Andrés Villalba');
  check(undone.text.split('\n')[0].startsWith('Andrés Villalba · person'), `after Undo the card begins "${undone.text.split('\n')[0]}"`);
  await workbench.dismissHover();
  await workbench.openFile('newsmark.json');
  await workbench.clickWord('"entities"', 'entities');
  await workbench.page.keyboard.press('Control+Y');
  await waitUntil(`newsmark.json with ${newName} again after Redo`, async () => (await editorText(workbench)).includes(newName));
  return `card "${hover.text.split('\n')[0]}", after Undo "${undone.text.split('\n')[0]}"; newsmark.json shows ${JSON.stringify(shown)}`;
}

async function mistake(workbench) {
  // The person mistypes the type in the file.
  await workbench.openFile('newsmark.json');
  await workbench.page.mouse.dblclick(...(await pointOf(workbench, '"type": "PER"', 'PER')));
  await workbench.page.keyboard.type('CITY');
  await workbench.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
  const expected = {
    newsmark: '"type" is PER, ORG, LOC or MISC, not "CITY"',
    schema: 'Value is not accepted. Valid values: "PER", "ORG", "LOC", "MISC".',
  };
  const problems = await waitUntil(
    "the Problems panel to list Newsmark's and the JSON schema's complaint",
    async () => {
      const rows = await problemRows(workbench);
      const ours = rows.find((row) => row.includes(expected.newsmark) && /generated by newsmark/.test(row));
      const schema = rows.find((row) => row.includes(expected.schema));
      return ours && schema ? rows : false;
    },
    { seen: async () => (await problemRows(workbench)).join(' | ') || 'no rows' },
  );
  // Every fix would rewrite the file, dropping what it cannot read: the one fix offered leads to the mistake.
  await workbench.openFile(villalba.article);
  const rows = await openQuickFixes(workbench, villalba);
  const mend = 'Correct newsmark.json first: it has a mistake';
  check(rows.length === 1 && rows[0].title === mend, `the menu reads ${rows.map((row) => `"${row.title}"`).join(', ')}`);
  await chooseQuickFix(workbench, mend);
  await waitUntil('newsmark.json to open', async () => (await workbench.activeTabName()) === 'newsmark.json');
  const cursor = await waitUntil('the cursor on the mistake', async () => {
    const position = await workbench.cursorPosition();
    return position && (await workbench.lineText(position.line))?.includes('"CITY"') ? position : false;
  });
  return `problems: ${problems.join(' | ')}; the fix opened newsmark.json at line ${cursor.line}`;
}

async function schemaCompletion(workbench, corpusFile) {
  await workbench.openFile('newsmark.json');
  // "CITY" selected and deleted, the cursor between the quotes, then Ctrl+Space as a person would.
  await workbench.page.mouse.dblclick(...(await pointOf(workbench, '"type": "CITY"', 'CITY')));
  await workbench.page.keyboard.press('Backspace');
  const suggestions = await waitUntil(
    "the JSON schema's types in the suggestions",
    async () => {
      if (!(await workbench.page.locator('.suggest-widget.visible').count())) await workbench.page.keyboard.press('Control+Space');
      const labels = await suggestionLabels(workbench);
      return ['PER', 'ORG', 'LOC', 'MISC'].every((type) => labels.some((label) => label.startsWith(`"${type}"`))) ? labels : false;
    },
    { intervalMs: 1000, seen: async () => (await suggestionLabels(workbench)).join(' | ') || 'no suggestions' },
  );
  for (let step = 0; step < 8 && !(await focusedSuggestion(workbench))?.startsWith('"PER"'); step++) await workbench.page.keyboard.press('ArrowDown');
  await workbench.page.keyboard.press('Enter');
  await workbench.runCommand('File: Save');
  const saved =
    '{\n  "entities": [\n    {\n      "name": "Andrés Villalba Ruiz",\n      "type": "PER",\n      "aliases": [\n        "Andrés Villalba",\n        "Villalba"\n      ]\n    }\n  ]\n}\n';
  await waitUntil('newsmark.json saved sorted and formatted', async () => readText(corpusFile) === saved, {
    seen: async () => JSON.stringify(readText(corpusFile)),
  });
  const noProblems = workbench.page.locator('.markers-panel').getByText('No problems have been detected in the workspace.');
  await waitUntil('the Problems panel to say there is no problem left', () => noProblems.isVisible(), {
    seen: async () => (await problemRows(workbench)).join(' | ') || 'no rows, and not the message',
  });
  const hover = await reopenAndHover(workbench);
  return `suggestions: ${suggestions.join(' | ')}; saved ${JSON.stringify(saved)}; card "${hover}"`;
}

/** The card of Villalba once the file is mended: the corrections apply again. */
async function reopenAndHover(workbench) {
  await workbench.openFile(villalba.article);
  const hover = await workbench.hover(villalba.context, villalba.word, newName);
  await workbench.dismissHover();
  return hover.text.split('\n')[0];
}

/** The colours of "Villalba" and of a person in the active editor, once they are highlighted and not alike. */
async function highlighted(workbench, targets) {
  let seen = {};
  return waitUntil(
    `"${targets.name.word}" highlighted unlike a person in ${await workbench.activeTabName()}`,
    async () => {
      seen = await colours(workbench, targets);
      return seen.name !== seen.person ? seen : false;
    },
    { timeoutMs: 30000, seen: async () => JSON.stringify(seen) },
  );
}

/** Colours of named targets in the active editor, once all are rendered. */
async function colours(workbench, targets) {
  const found = {};
  for (const [role, target] of Object.entries(targets)) found[role] = (await workbench.tokenOrFail(target.context, target.word)).color;
  return found;
}

async function focusGroup(workbench, number, fileName) {
  await workbench.page.keyboard.press(`Control+${number}`);
  await waitUntil(`editor group ${number} with ${fileName} to be active`, async () => (await workbench.activeTabName()) === fileName, {
    seen: async () => `active tab ${await workbench.activeTabName()}`,
  });
}

/** The quick fix menu of a word (Ctrl+.), its rows once the server has answered. */
async function openQuickFixes(workbench, target) {
  await workbench.dismissHover();
  await workbench.clickWord(target.context, target.word);
  // Away from the word, so that the screenshot shows its colour rather than Ctrl's link underline.
  await workbench.moveToEmptyEditorArea();
  return waitUntil(
    `the quick fixes of "${target.word}"`,
    async () => {
      if ((await codeActionRows(workbench)).length === 0) await workbench.page.keyboard.press('Control+.');
      const rows = await codeActionRows(workbench);
      return rows.length > 0 ? rows : false;
    },
    { intervalMs: 1000 },
  );
}

async function codeActionRows(workbench) {
  return workbench.page.$$eval('.action-widget .monaco-list-row.action', (rows) =>
    rows.map((row) => ({ title: (row.getAttribute('aria-label') ?? '').trim(), disabled: row.classList.contains('option-disabled') })),
  );
}

/** Moves the menu's focus to the row titled so, then applies it as Enter does (the menu takes no synthetic clicks). */
async function chooseQuickFix(workbench, title) {
  const focused = () => workbench.page.$eval('.action-widget .monaco-list-row.action.focused', (row) => row.getAttribute('aria-label')).catch(() => null);
  await waitUntil(`the quick fix "${title}" to be focused`, async () => {
    if ((await focused()) === title) return true;
    await workbench.page.keyboard.press('ArrowDown');
    return (await focused()) === title;
  });
  await workbench.page.keyboard.press('Enter');
}

async function problemRows(workbench) {
  return workbench.page.$$eval('.markers-panel .monaco-list-row', (rows) =>
    rows.map((row) => (row.getAttribute('aria-label') ?? '').trim()).filter((label) => !/^\d+ problems? in file/.test(label)),
  );
}

async function suggestionLabels(workbench) {
  return workbench.page.$$eval('.suggest-widget.visible .monaco-list-row', (rows) => rows.map((row) => (row.getAttribute('aria-label') ?? '').trim()));
}

async function focusedSuggestion(workbench) {
  return workbench.page.$eval('.suggest-widget.visible .monaco-list-row.focused', (row) => row.getAttribute('aria-label')).catch(() => null);
}

/** The point over `word` inside `context` in the active editor, for a double click. */
async function pointOf(workbench, context, word) {
  const token = await workbench.tokenOrFail(context, word);
  return [token.x, token.y];
}

/** The active editor's text as it shows it (a short file, every line in view). */
async function editorText(workbench) {
  return workbench.page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
    const lines = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  });
}

function parseOrNull(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
