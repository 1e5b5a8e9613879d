// The checks of issue 13's Entities view: the corpus's entities by type with their counts, and the timeline of a
// person, whose dates open the place they were found. "Elena Marín Ortega" is named in all four fixture articles.
import { check, waitUntil } from './workbench.mjs';

const canonicalName = 'Elena Marín Ortega';
const articleCount = 4;
/** Wide enough for an entity's counts and a date's value beside their names. */
const sidebarWidth = 440;
let originalSidebarWidth;

export const entitiesSteps = [
  {
    id: 'entities-view',
    name: 'the Entities view lists the entities by type with mention and article counts, largest first',
    run: entitiesView,
    docsImage: { file: 'vscode-entities.png', height: 560, part: '.part.sidebar' },
  },
  {
    id: 'entities-filter',
    name: 'the Entities filter keeps the entities a word begins, and says so in the view',
    run: filter,
  },
  {
    id: 'entities-timeline',
    name: "the Entities view shows a person's timeline by month, and a date opens where it was found",
    run: timeline,
    docsImage: { file: 'vscode-entities-timeline.png', height: 560, part: '.part.sidebar' },
  },
  {
    id: 'entities-menu',
    name: "an entity's context menu offers the corrections, and Find All References lists its mentions",
    run: contextMenu,
    after: backToExplorer,
  },
];

/** The rows the sidebar's tree shows, top to bottom, with their depth and whether they are open. */
async function treeRows(workbench) {
  return workbench.page.$$eval('.part.sidebar .monaco-list-row', (rows) =>
    rows
      .map((row) => ({
        top: parseFloat(row.style.top) || 0,
        label: (row.querySelector('.label-name')?.textContent ?? '').trim(),
        description: (row.querySelector('.label-description')?.textContent ?? '').trim(),
        level: Number(row.getAttribute('aria-level')),
        expanded: row.getAttribute('aria-expanded'),
      }))
      .sort((a, b) => a.top - b.top),
  );
}

function describeRows(rows) {
  return rows.map((row) => `${'  '.repeat(row.level - 1)}${row.label}${row.description ? ` (${row.description})` : ''}`).join(' | ') || 'none';
}

async function clickRow(workbench, label, level, button = 'left') {
  await waitUntil(`a row "${label}" in the Entities view`, async () => (await treeRows(workbench)).some((row) => row.label === label && row.level === level));
  const rows = workbench.page.locator('.part.sidebar .monaco-list-row');
  // Rows are laid out by their top; the DOM order may differ, so the row is found again by its label.
  await rows
    .filter({ has: workbench.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .first()
    .click({ button });
}

async function expandRow(workbench, label, level) {
  const isOpen = async () => (await treeRows(workbench)).some((row) => row.label === label && row.level === level && row.expanded === 'true');
  if (!(await isOpen())) await clickRow(workbench, label, level);
  await waitUntil(`"${label}" to open`, isOpen);
}

async function entitiesView(workbench) {
  await workbench.page.keyboard.press('Escape');
  await workbench.runCommand('Newsmark: Focus on Entities View');
  originalSidebarWidth = await resizeSidebar(workbench, sidebarWidth);
  let rows = [];
  const person = await waitUntil(
    `"${canonicalName}" under People with its counts`,
    async () => {
      rows = await treeRows(workbench);
      return rows.find((row) => row.label === canonicalName && /mentions · \d+ articles?$/.test(row.description));
    },
    { timeoutMs: 30000, seen: async () => describeRows(rows) },
  );
  const groups = rows.filter((row) => row.level === 1).map((row) => row.label);
  check(
    ['People', 'Organizations', 'Places'].every((group) => groups.includes(group)),
    `groups: ${groups.join(', ')}`,
  );
  check(groups.indexOf('People') < groups.indexOf('Places'), `groups out of order: ${groups.join(', ')}`);
  check(person.description.endsWith(`· ${articleCount} articles`), `"${canonicalName}" says "${person.description}", not ${articleCount} articles`);
  // Largest first: under People, the mention counts never grow.
  const afterPeople = rows.slice(rows.findIndex((row) => row.label === 'People') + 1);
  const nextGroup = afterPeople.findIndex((row) => row.level === 1);
  const counts = (nextGroup < 0 ? afterPeople : afterPeople.slice(0, nextGroup))
    .filter((row) => row.level === 2)
    .map((row) => Number(/^(\d+) mention/.exec(row.description)?.[1]));
  check(counts[0] === Number(/^(\d+)/.exec(person.description)[1]), `"${canonicalName}" is not the first person: ${describeRows(rows)}`);
  check(
    counts.every((count, at) => at === 0 || counts[at - 1] >= count),
    `people not largest first: ${counts.join(', ')}`,
  );
  return describeRows(rows.slice(0, 8));
}

async function filter(workbench) {
  await workbench.runCommand('Newsmark: Filter Entities…');
  const input = workbench.page.locator('.quick-input-widget:not([style*="display: none"]) input.input');
  await input.fill('villa');
  await input.press('Enter');
  let rows = [];
  await waitUntil(
    'only the entities named Villalba',
    async () => {
      rows = await treeRows(workbench);
      const entities = rows.filter((row) => row.level === 2).map((row) => row.label);
      return entities.length > 0 && entities.every((label) => /Villalba/.test(label)) && entities.includes('Andrés Villalba');
    },
    { seen: async () => describeRows(rows) },
  );
  const message = workbench.page.locator('.part.sidebar').getByText('Filter “villa”: 2 entities.', { exact: true });
  await waitUntil('the view to say what it is filtered by', () => message.isVisible());
  return `${describeRows(rows)}; the view says "${await message.textContent()}"`;
}

async function timeline(workbench) {
  await workbench.runCommand('Newsmark: Clear Entity Filter');
  await expandRow(workbench, canonicalName, 2);
  await waitUntil('the Articles, Timeline and Quotations of the person', async () => {
    const labels = (await treeRows(workbench)).map((row) => row.label);
    return ['Articles', 'Timeline', 'Quotations'].every((label) => labels.includes(label));
  });
  await expandRow(workbench, 'Timeline', 3);
  let rows = [];
  await waitUntil(
    'November and December 2025 with their articles and dates',
    async () => {
      rows = await treeRows(workbench);
      const labels = rows.map((row) => row.label);
      return ['November 2025', 'December 2025', 'el 2 de diciembre de 2025', 'este martes'].every((label) => labels.includes(label));
    },
    { seen: async () => describeRows(rows) },
  );
  const december = rows.find((row) => row.label === 'December 2025');
  check(/^3 articles · \d+ dates?$/.test(december.description), `December 2025 says "${december.description}"`);
  const vote = rows.find((row) => row.label === 'el 18 de diciembre de 2025');
  check(!vote, 'a date of a sentence that does not name her is on her timeline');
  const shown = describeRows(rows.filter((row) => row.level >= 4));
  await clickRow(workbench, 'el 2 de diciembre de 2025', 5);
  await waitUntil('01-presupuestos.txt to open', async () => (await workbench.activeTabName()) === '01-presupuestos.txt', {
    seen: async () => `active tab ${await workbench.activeTabName()}`,
  });
  const selected = await waitUntil('the date selected in the article', async () => {
    const text = await workbench.page.locator('[id="status.editor.selection"]').textContent();
    return /\((\d+) selected\)/.exec(text ?? '')?.[1] === String('el 2 de diciembre de 2025'.length) ? text.trim() : false;
  });
  return `${shown}; opened 01-presupuestos.txt at ${selected}`;
}

async function contextMenu(workbench) {
  const expected = ['Rename…', 'Change Type…', 'Link to…', 'Not an Entity', 'Find All References', 'Copy as CSV Row'];
  const menuItems = () =>
    workbench.page.$$eval('.context-view .monaco-menu .action-label', (labels) => labels.map((label) => (label.textContent ?? '').trim()));
  const items = await waitUntil(
    `the context menu of "${canonicalName}"`,
    async () => {
      if ((await menuItems()).length === 0) await clickRow(workbench, canonicalName, 2, 'right');
      const shown = await menuItems();
      return expected.every((label) => shown.includes(label)) ? shown : false;
    },
    { seen: async () => (await menuItems()).join(' | ') || 'no menu' },
  );
  // A menu item takes the mouse's press and release apart; hovering focuses it and Enter runs it as a click would.
  await workbench.page.locator('.context-view .monaco-menu .action-label', { hasText: 'Find All References' }).first().hover();
  await workbench.page.keyboard.press('Enter');
  // The References panel counts what it found ("13 results in 4 files"); where it is missing (code-server ships
  // without it) the peek view lists the files.
  const peekFiles = () =>
    workbench.page.$$eval('.peekview-widget .ref-tree .reference-file .label-name', (labels) => labels.map((label) => label.textContent?.trim()));
  const found = await waitUntil(
    'the references of the entity in the four articles',
    async () => {
      const files = new Set(await peekFiles());
      if (files.size === 4)
        return `${(await workbench.page.locator('.peekview-widget .peekview-title').first().innerText()).replace(/\s+/g, ' ')} in ${[...files].join(', ')}`;
      const text = await workbench.page.locator('.monaco-workbench').first().innerText();
      return /\d+ results? in 4 files/.exec(text)?.[0] ?? false;
    },
    { seen: async () => `files in the peek view: ${(await peekFiles()).join(', ') || 'none'}` },
  );
  return `menu: ${items.filter(Boolean).join(' | ')}; ${found}`;
}

/** Back to the Explorer as it was, for the checks that follow. */
async function backToExplorer(workbench) {
  await workbench.page.keyboard.press('Escape');
  await resizeSidebar(workbench, originalSidebarWidth);
  await workbench.runCommand('View: Show Explorer');
  await workbench.page.locator('.explorer-folders-view').first().waitFor();
}

/** Drags the sash at the sidebar's right edge so that the sidebar is `width` pixels wide; gives the width it had. */
async function resizeSidebar(workbench, width) {
  const sidebar = await workbench.page.locator('.part.sidebar').first().boundingBox();
  const right = sidebar.x + sidebar.width;
  const sash = await waitUntil('the sash at the right of the sidebar', () =>
    workbench.page.$$eval(
      '.monaco-sash.vertical',
      (sashes, edge) =>
        sashes
          .map((element) => element.getBoundingClientRect())
          .map((box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 }))
          .find((box) => Math.abs(box.x - edge) < 4) ?? false,
      right,
    ),
  );
  await workbench.page.mouse.move(sash.x, sash.y);
  await workbench.page.mouse.down();
  await workbench.page.mouse.move(sidebar.x + width, sash.y, { steps: 5 });
  await workbench.page.mouse.up();
  await waitUntil(`the sidebar to be ${width} pixels wide`, async () => {
    const box = await workbench.page.locator('.part.sidebar').first().boundingBox();
    return Math.abs(box.width - width) < 4;
  });
  return sidebar.width;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
