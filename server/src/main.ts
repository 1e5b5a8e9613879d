// The language server's entry point: `node dist/server.js --stdio` (or --node-ipc, as VS Code starts it).
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { version } from '../../package.json';
import { createAnalyzer, type Analyzer } from './analysis/analyze';
import { WorkerAnalysisPool } from './corpus/analysisPool';
import { analyzerVersion } from './corpus/analyzerVersion';
import { NodeArticleWorkspace } from './corpus/nodeWorkspace';
import { loadEntityRecognizer } from './models';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// A bug in one request must not take the editor's language features down with it.
process.on('uncaughtException', (error) => connection.console.error(`Newsmark: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Newsmark: ${String(reason)}`));

const modelDirectory = path.join(__dirname, 'models');
// Articles are analysed in the workers: the main thread loads the models only if asked to analyse itself.
let analyzer: Analyzer | undefined;
// One worker loads its models while the client and the server shake hands, for the first article
// opened; the others start when there are articles to analyse (a warm start from the index snapshot
// has none, and its main thread then has a core to itself).
const analysis = new WorkerAnalysisPool(path.join(__dirname, 'analysisWorker.js'), { modelDirectory });
analysis.warmUp(1);

startServer(connection, {
  analyzer: (text, filePath) => (analyzer ??= createAnalyzer(loadEntityRecognizer(modelDirectory)))(text, filePath),
  analysis,
  createWorkspace: (folders, selection) => new NodeArticleWorkspace(folders, selection),
  analyzerVersion: () => analyzerVersion(version, modelDirectory),
});
