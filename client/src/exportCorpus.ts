// "Newsmark: Export Corpus…": asks for a format and a folder; the server writes the files.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportCorpusRequest, type ExportFormat } from '../../server/src/protocol';

const formats: (vscode.QuickPickItem & { format: ExportFormat })[] = [
  { format: 'jsonl', label: 'JSONL', description: 'articles.jsonl', detail: 'One article a line, as `newsmark annotate --format json` gives it' },
  { format: 'csv', label: 'CSV', description: 'entities.csv, mentions.csv', detail: 'Entities with their counts and dates; every mention with its offsets' },
  { format: 'brat', label: 'brat standoff', description: '.txt and .ann pairs', detail: 'Entities, dates and quotations; training data for `npm run train`' },
  { format: 'conll', label: 'CoNLL', description: 'articles.conll', detail: 'A token a line with its IOB2 entity tag' },
];

export async function exportCorpus(client: LanguageClient): Promise<void> {
  const choice = await vscode.window.showQuickPick(formats, { title: 'Export the corpus as' });
  if (!choice) return;
  const [folder] =
    (await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      openLabel: 'Export Here',
      title: `Export the corpus as ${choice.label} to`,
    })) ?? [];
  if (!folder) return;
  // The brat copies of the articles inside the workspace would be read as articles themselves.
  if (choice.format === 'brat' && vscode.workspace.getWorkspaceFolder(folder)) {
    const answer = await vscode.window.showWarningMessage(
      `${path.basename(folder.fsPath)} is inside the workspace: the .txt copies would become articles of the corpus.`,
      { modal: true },
      'Export Anyway',
    );
    if (answer !== 'Export Anyway') return;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Newsmark: exporting the corpus as ${choice.label}…` },
      () => client.sendRequest(exportCorpusRequest, { format: choice.format, folder: folder.fsPath }),
    );
    const skipped =
      result.skipped.length > 0 ? ` ${result.skipped.length} left out (unreadable, or changed since indexed): ${result.skipped.slice(0, 3).join(', ')}.` : '';
    void vscode.window.showInformationMessage(
      `Newsmark: ${result.articles} articles exported as ${choice.label} to ${folder.fsPath} (${result.files} files).${skipped}`,
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`Newsmark could not export the corpus: ${error instanceof Error ? error.message : String(error)}`);
  }
}
