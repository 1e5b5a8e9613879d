// The one status bar item: starting, indexing progress, rebuilding, then the corpus size. The
// server's work-done progress would be a second item counting differently, so the client declines it.
import * as vscode from 'vscode';
import type { StaticFeature } from 'vscode-languageclient/node';
import type { IndexStatus } from '../../server/src/protocol';

export class IndexStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.indexStatus', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Newsmark Index';
    this.item.command = 'newsmark.showIndexStatus';
    this.showStarting();
    this.item.show();
  }

  showStarting(): void {
    this.item.text = '$(sync~spin) Newsmark: starting';
    this.item.tooltip = 'The Newsmark language server is starting.';
  }

  show(status: IndexStatus): void {
    if (status.ready) {
      this.item.text = `$(check) Newsmark: ${plural(status.documents, 'article')}`;
      this.item.tooltip = `${describeIndex(status)}. Click for details.`;
    } else if (status.documents === 0) {
      // The workspace is still being listed: there is nothing to count yet.
      this.item.text = '$(sync~spin) Newsmark: indexing';
      this.item.tooltip = 'Newsmark is looking for the workspace articles.';
    } else {
      this.item.text = `$(sync~spin) Newsmark: indexing ${status.indexed.toLocaleString()}/${status.documents.toLocaleString()}`;
      this.item.tooltip = 'Newsmark is reading the workspace articles.';
    }
  }

  showRebuilding(): void {
    this.item.text = '$(sync~spin) Newsmark: rebuilding the index';
    this.item.tooltip = 'Newsmark is analysing every workspace article again.';
  }

  dispose(): void {
    this.item.dispose();
  }
}

export function describeIndex(status: IndexStatus): string {
  return `${plural(status.entities, 'entity', 'entities')}, ${plural(status.mentions, 'mention')} in ${plural(status.documents, 'article')}`;
}

/** Tells the server that this client shows no work-done progress: the status bar item shows it. */
export const withoutWorkDoneProgress: StaticFeature = {
  fillClientCapabilities(capabilities) {
    if (capabilities.window) capabilities.window.workDoneProgress = false;
  },
  initialize() {},
  getState: () => ({ kind: 'static' }),
  clear() {},
};

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}
