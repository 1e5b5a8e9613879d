// Corrections of the corpus file (newsmark.json): the server answers `newsmark/catalogEdit` with the
// edit to make, which is applied as a workspace edit so that Undo works and the file can be reviewed.
import * as vscode from 'vscode';
import type { LanguageClient, Range } from 'vscode-languageclient/node';
import { catalogEditRequest, openCorpusFileCommand, type CatalogEditAction, type CatalogEditParams, type EntityTypeName } from '../../server/src/protocol';

export type CatalogEditor = (action: CatalogEditAction, entity: string, value?: string) => Promise<boolean>;

/**
 * `value` is the type for `setType`, the target entity for `link` and the new name for `rename`.
 * Resolves to whether the corpus file was changed.
 */
export function catalogEditor(client: LanguageClient): CatalogEditor {
  return async (action, entity, value) => {
    const params: CatalogEditParams = { action, entity };
    if (action === 'setType') params.type = value as EntityTypeName;
    if (action === 'link') params.target = value;
    if (action === 'rename') params.name = value;
    try {
      const edit = await client.sendRequest(catalogEditRequest, params);
      if (!edit) {
        void vscode.window.showInformationMessage('Newsmark: the corpus file already says so.');
        return false;
      }
      return await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
    } catch (error) {
      void vscode.window.showErrorMessage(`Newsmark could not correct the corpus file: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
}

/** The command of the quick fix offered while the corpus file has mistakes: the file opened at the first. */
export function registerOpenCorpusFile(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(openCorpusFileCommand, async (uri: string, range: Range) => {
    await vscode.window.showTextDocument(client.protocol2CodeConverter.asUri(uri), { selection: client.protocol2CodeConverter.asRange(range) });
  });
}
