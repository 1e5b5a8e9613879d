// The status bar item: index progress while indexing, then the corpus size.
import * as vscode from 'vscode';
import type { IndexStatus } from '../../server/src/protocol';

export class IndexStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsmark.indexStatus', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Newsmark Index';
    this.item.command = 'newsmark.showIndexStatus';
    this.item.text = '$(sync~spin) Newsmark: starting';
    this.item.show();
  }

  show(status: IndexStatus): void {
    if (status.ready) {
      this.item.text = `$(check) Newsmark: ${plural(status.documents, 'article')}`;
      this.item.tooltip = `${plural(status.entities, 'entity', 'entities')}, ${plural(status.mentions, 'mention')} in ${plural(status.documents, 'article')}. Click for details.`;
    } else {
      this.item.text = `$(sync~spin) Newsmark: indexing ${status.indexed.toLocaleString()}/${status.documents.toLocaleString()}`;
      this.item.tooltip = 'Newsmark is reading the workspace articles.';
    }
  }

  showRebuilding(): void {
    this.item.text = '$(sync~spin) Newsmark: rebuilding';
  }

  dispose(): void {
    this.item.dispose();
  }
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : pluralForm}`;
}
