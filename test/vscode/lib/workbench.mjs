// Reads and drives the code-server workbench through its DOM. Everything waits on a DOM condition with a bounded
// retry loop, because the workbench, the extension host and the language server all come up asynchronously.

export class CheckFailed extends Error {}

/**
 * Polls `probe` until it returns a truthy value; after `timeoutMs` fails with `what` and what was last seen: the
 * probe's last value, or what `seen()` describes when the probe only answers yes or no.
 */
export async function waitUntil(what, probe, { timeoutMs = 20000, intervalMs = 200, seen } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) {
      if (seen) last = await seen().catch((error) => `(could not tell: ${error.message})`);
      throw new CheckFailed(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${describe(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describe(value) {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

export function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  async open(url) {
    await this.page.goto(url);
    await waitUntil('the explorer to list the corpus', () => this.page.locator('.explorer-folders-view .monaco-list-row').count(), { timeoutMs: 90000 });
  }

  async openFile(fileName) {
    await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${fileName}"]`).click();
    await waitUntil(`${fileName} to be the active editor`, async () => (await this.activeTabName()) === fileName);
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  async activeTabName() {
    const tab = this.page.locator('.editor-group-container.active .tab.active');
    if ((await tab.count()) === 0) return null;
    return (await tab.first().getAttribute('data-resource-name')) ?? null;
  }

  async activeTabIsDirty() {
    return this.page
      .locator('.editor-group-container.active .tab.active.dirty')
      .count()
      .then((n) => n > 0);
  }

  /** Texts of the status bar items, each with its id. */
  async statusBarItems() {
    return this.page.$$eval('.statusbar-item', (items) => items.map((item) => ({ id: item.id, text: (item.textContent ?? '').trim() })));
  }

  /** Line and column of the cursor as the status bar reports them. */
  async cursorPosition() {
    const text = await this.page.locator('[id="status.editor.selection"]').textContent();
    const match = /Ln (\d+), Col (\d+)/.exec(text ?? '');
    return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
  }

  /**
   * The text of a model line of the active editor, read from the rendered lines between its line number and the next
   * (a wrapped line spans several), without inlay hints.
   */
  async lineText(lineNumber) {
    return this.page.evaluate((wanted) => {
      const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
      if (!editor) return null;
      const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].map((element) => ({
        text: element.textContent?.trim(),
        top: parseFloat(element.parentElement?.style.top ?? 'NaN'),
      }));
      const number = numbers.find((candidate) => candidate.text === String(wanted));
      if (!number) return null;
      const nextTop = Math.min(...numbers.map((candidate) => candidate.top).filter((top) => top > number.top));
      return [...editor.querySelectorAll('.view-lines .view-line')]
        .filter((line) => parseFloat(line.style.top) >= number.top && parseFloat(line.style.top) < nextTop)
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .flatMap((line) => [...line.querySelectorAll('span > span')])
        .filter((span) => !span.className.includes('dyn-rule'))
        .map((span) => (span.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('');
    }, lineNumber);
  }

  /**
   * Finds `word` inside the first occurrence of `context` in the active editor's rendered text (inlay hints left out)
   * and returns the colour and box of the token span that holds its first character.
   */
  async token(context, word) {
    const offsetInContext = context.indexOf(word);
    if (offsetInContext < 0) throw new Error(`"${word}" is not inside "${context}"`);
    return this.page.evaluate(
      ({ context, offsetInContext }) => {
        const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
        if (!editor) return null;
        const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
        const leaves = [];
        let text = '';
        for (const line of lines) {
          for (const span of line.querySelectorAll('span > span')) {
            // Inlay hints are text the editor injects between the article's own characters.
            if (span.className.includes('dyn-rule')) continue;
            leaves.push({ span, start: text.length });
            text += (span.textContent ?? '').replace(/\u00a0/g, ' ');
          }
          text += '\n';
        }
        const found = text.indexOf(context);
        if (found < 0) return null;
        const target = found + offsetInContext;
        const leaf = leaves.filter((candidate) => candidate.start <= target).at(-1);
        if (!leaf) return null;
        const box = leaf.span.getBoundingClientRect();
        const charWidth = box.width / Math.max(1, (leaf.span.textContent ?? '').length);
        return {
          text: leaf.span.textContent,
          className: leaf.span.className,
          color: getComputedStyle(leaf.span).color,
          // The point over the word's first characters, for hovering and clicking on it.
          x: box.left + charWidth * (target - leaf.start + 1.5),
          y: box.top + box.height / 2,
        };
      },
      { context, offsetInContext },
    );
  }

  /** The inlay hints of the active editor in order, each with the article text just before it. */
  async inlayHints() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
      if (!editor) return [];
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
      const hints = [];
      let text = '';
      for (const line of lines) {
        for (const span of line.querySelectorAll('span > span')) {
          const content = (span.textContent ?? '').replace(/\u00a0/g, ' ');
          if (!span.className.includes('dyn-rule')) text += content;
          else if (content.trim()) hints.push({ label: content.trim(), before: text.slice(-30).replace(/\s+/g, ' ') });
        }
        // A wrapped line goes on in the next view line, and the model's line ends are not rendered: a space for both.
        if (!text.endsWith(' ')) text += ' ';
      }
      return hints;
    });
  }

  /** Runs a command through the command palette, as a person would. */
  async runCommand(title) {
    const input = await this.openQuickInput('F1', 'the command palette');
    await input.fill(`>${title}`);
    await this.clickQuickInputRow(`the "${title}" command`, (label) => label.startsWith(title));
  }

  /** The texts of the notifications on screen. */
  async notifications() {
    return this.page.$$eval('.notifications-toasts .notification-list-item-message', (messages) =>
      messages.map((message) => (message.textContent ?? '').trim()),
    );
  }

  async tokenOrFail(context, word) {
    return waitUntil(`"${word}" in "${context}" to be rendered in the active editor`, () => this.token(context, word));
  }

  /** Moves the mouse over a word and returns the hover's text once one shows containing `expected`. */
  async hover(context, word, expected) {
    await this.dismissHover();
    const token = await this.tokenOrFail(context, word);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected });
    return waitUntil(
      `a hover containing "${expected}" over "${word}"`,
      async () => {
        // Leaving the word first makes the editor ask the providers again, in case the first ask came too early.
        await this.moveToEmptyEditorArea();
        await this.page.mouse.move(token.x, token.y, { steps: 3 });
        try {
          await hover.first().waitFor({ state: 'visible', timeout: 2500 });
        } catch {
          return this.visibleHoverText();
        }
        return { text: await hover.first().innerText(), html: await hover.first().innerHTML() };
      },
      { timeoutMs: 30000 },
    ).then((result) => {
      if (typeof result === 'string') throw new CheckFailed(`hover over "${word}" showed "${result}" without "${expected}"`);
      return result;
    });
  }

  async visibleHoverText() {
    const hover = this.page.locator('.monaco-hover:not(.hidden)');
    return (await hover.count()) ? hover.first().innerText() : false;
  }

  async moveToEmptyEditorArea() {
    const box = await this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first().boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
  }

  async dismissHover() {
    await this.moveToEmptyEditorArea();
    await this.page.keyboard.press('Escape');
    await waitUntil('the hover to close', async () => (await this.visibleHoverText()) === false, { timeoutMs: 5000 });
  }

  async clickWord(context, word) {
    const token = await this.tokenOrFail(context, word);
    await this.page.mouse.click(token.x, token.y);
  }

  /** Opens a quick input with `key`, retrying because early key presses can land before keybindings are ready. */
  async openQuickInput(key, what) {
    const input = this.page.locator('.quick-input-widget:not([style*="display: none"]) input.input');
    await waitUntil(
      `${what} to open with ${key}`,
      async () => {
        if (await input.isVisible()) return true;
        await this.page.keyboard.press(key);
        return input.isVisible();
      },
      { intervalMs: 1000 },
    );
    return input;
  }

  async quickInputRows() {
    return this.page.$$eval('.quick-input-widget .quick-input-list .monaco-list-row', (rows) =>
      rows.map((row) => (row.getAttribute('aria-label') ?? row.textContent ?? '').trim()),
    );
  }

  /** Picks a colour theme through the command palette, as a person would. */
  async selectColorTheme(themeName) {
    const input = await this.openQuickInput('F1', 'the command palette');
    await input.fill('>Preferences: Color Theme');
    await this.clickQuickInputRow(
      'the "Preferences: Color Theme" command',
      (label) => /^Preferences: Color Theme\b/.test(label) && !label.includes('Marketplace'),
    );
    await waitUntil('the theme picker', async () => (await input.getAttribute('aria-label'))?.includes('Theme') ?? false);
    await input.fill(themeName);
    await this.clickQuickInputRow(`${themeName} in the theme picker`, (label) => label.endsWith(themeName));
  }

  async clickQuickInputRow(what, matches) {
    const index = await waitUntil(what, async () => {
      const found = (await this.quickInputRows()).findIndex(matches);
      return found >= 0 ? found + 1 : false;
    });
    await this.page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row')
      .nth(index - 1)
      .click();
  }

  async closeQuickInput() {
    await this.page.keyboard.press('Escape');
  }
}
