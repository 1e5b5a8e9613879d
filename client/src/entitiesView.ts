// The Entities view: the corpus's entities by type with their counts, and under each entity its
// articles by date with its mentions, its timeline month by month, and its quotations. Everything is
// asked of the server (protocol.ts); the view only lays it out and refreshes as the index changes.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Location, Range } from 'vscode-languageserver-protocol';
import {
  entityDetailsRequest,
  entityListRequest,
  entityTimelineRequest,
  type EntityDetails,
  type EntityListItem,
  type EntityTimeline,
  type EntityTypeName,
  type IndexStatus,
} from '../../server/src/protocol';

export type EntityNode =
  | { kind: 'group'; type: EntityTypeName; entities: EntityListItem[]; total: number }
  | { kind: 'entity'; entity: EntityListItem }
  | { kind: 'section'; section: 'articles' | 'timeline' | 'quotes'; entity: EntityListItem; count: number | null }
  | { kind: 'article'; entity: EntityListItem; details: EntityDetails['articles'][number] }
  | { kind: 'month'; entity: EntityListItem; month: EntityTimeline['months'][number] }
  | { kind: 'place'; id: string; label: string; description: string; tooltip?: string; icon: string; location: Location };

const typeTitles: Record<EntityTypeName, string> = { PER: 'People', ORG: 'Organizations', LOC: 'Places', MISC: 'Other names' };
const typeIcons: Record<EntityTypeName, string> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'tag' };
const typeWords: Record<EntityTypeName, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };
/**
 * Listing every entity costs the server a pass over every mention (1.4 s of CPU for a million), so the
 * view is read again a second after the index stops changing, and every 5 seconds while it is indexing.
 */
const quietDelayMs = 1000;
const indexingDelayMs = 5000;

export class EntitiesProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<EntityNode>;
  private filterText = '';
  private readonly details = new Map<string, Promise<EntityDetails | null>>();
  private readonly timelines = new Map<string, Promise<EntityTimeline | null>>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private stale = false;
  private status: IndexStatus | undefined;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('newsmark.entities', { treeDataProvider: this, showCollapseAll: true });
    this.view.onDidChangeVisibility(({ visible }) => {
      if (visible && this.stale) this.refresh();
    });
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(filter: string): void {
    this.filterText = filter.trim();
    this.view.description = this.filterText ? `“${this.filterText}”` : undefined;
    void vscode.commands.executeCommand('setContext', 'newsmark.entities.filtered', this.filterText !== '');
    this.refresh();
  }

  /** The index changed: the view is read again soon, or when next shown. */
  indexChanged(status: IndexStatus): void {
    this.status = status;
    if (!this.view.visible) {
      this.stale = true;
      return;
    }
    if (status.ready) {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => this.refresh(), quietDelayMs);
    } else {
      this.refreshTimer ??= setTimeout(() => this.refresh(), indexingDelayMs);
    }
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.stale = false;
    this.details.clear();
    this.timelines.clear();
    this.changed.fire(undefined);
  }

  /** What the server knows of the entity, asked once until the view is read again. */
  entityDetails(entity: string): Promise<EntityDetails | null> {
    const known = this.details.get(entity);
    if (known) return known;
    const asked = Promise.resolve(this.client.sendRequest(entityDetailsRequest, { entity }));
    this.details.set(entity, asked);
    return asked;
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) return this.roots();
    if (node.kind === 'group') return node.entities.map((entity) => ({ kind: 'entity', entity }));
    if (node.kind === 'entity') return this.sections(node.entity);
    if (node.kind === 'section') return this.sectionChildren(node);
    if (node.kind === 'article')
      return node.details.mentions.map((mention) => ({
        kind: 'place',
        id: `${node.entity.id}|${node.details.uri}|${rangeKey(mention.range)}`,
        label: mention.text,
        description: `line ${mention.range.start.line + 1}`,
        icon: 'symbol-text',
        location: { uri: node.details.uri, range: mention.range },
      }));
    if (node.kind === 'month') return monthChildren(node.entity, node.month);
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'group':
        return item(`group|${node.type}`, typeTitles[node.type], Expanded, {
          description: String(node.total),
          icon: typeIcons[node.type],
          tooltip: node.total > node.entities.length ? `The ${node.entities.length} largest of ${node.total}: filter to find the others.` : undefined,
        });
      case 'entity': {
        const { entity } = node;
        return item(`entity|${entity.id}`, entity.name, Collapsed, {
          description: `${count(entity.mentions, 'mention')} · ${count(entity.articles, 'article')}`,
          icon: typeIcons[entity.type],
          tooltip: entityTooltip(entity),
          contextValue: 'newsmark.entity',
        });
      }
      case 'section': {
        const titles = { articles: 'Articles', timeline: 'Timeline', quotes: 'Quotations' };
        const empty = node.count === 0;
        return item(`${node.section}|${node.entity.id}`, titles[node.section], empty ? None : Collapsed, {
          description: node.count === null ? undefined : String(node.count),
          icon: { articles: 'files', timeline: 'calendar', quotes: 'quote' }[node.section],
        });
      }
      case 'article':
        return item(`article|${node.entity.id}|${node.details.uri}`, node.details.title || fileName(node.details.uri), Collapsed, {
          description: `${node.details.date ?? 'undated'} · ${fileName(node.details.uri)}`,
          icon: 'file',
          tooltip: `${count(node.details.mentions.length, 'mention')} in ${fileName(node.details.uri)}`,
        });
      case 'month':
        // A timeline is read whole: its months open with it.
        return item(`month|${node.entity.id}|${node.month.month}`, monthTitle(node.month.month), Expanded, {
          description: [
            node.month.articles.length > 0 ? count(node.month.articles.length, 'article') : '',
            node.month.dates.length > 0 ? count(node.month.dates.length, 'date') : '',
          ]
            .filter(Boolean)
            .join(' · '),
          icon: 'calendar',
        });
      case 'place': {
        const treeItem = item(node.id, node.label, None, { description: node.description, icon: node.icon, tooltip: node.tooltip });
        treeItem.command = openCommand(this.client, node.location);
        return treeItem;
      }
    }
  }

  private async roots(): Promise<EntityNode[]> {
    // While the server restarts (a setting that chooses the articles changed) there is nothing to list yet.
    const { groups } = await Promise.resolve(this.client.sendRequest(entityListRequest, { filter: this.filterText })).catch(() => ({ groups: [] }));
    this.view.message = this.message(groups.reduce((sum, group) => sum + group.total, 0));
    return groups.map(({ type, entities, total }) => ({ kind: 'group', type, entities, total }));
  }

  /** Indexing progress, and the filter with what it keeps: a view alone in its container shows no description. */
  private message(shown: number): string | undefined {
    const lines: string[] = [];
    if (!this.status?.ready)
      lines.push(this.status?.documents ? `Indexing ${this.status.indexed.toLocaleString()}/${this.status.documents.toLocaleString()} articles…` : 'Indexing…');
    if (this.filterText)
      lines.push(shown === 0 ? `No entity matches “${this.filterText}”.` : `Filter “${this.filterText}”: ${count(shown, 'entity', 'entities')}.`);
    else if (shown === 0 && this.status?.ready) lines.push('No entities: open a folder of .txt articles.');
    return lines.length > 0 ? lines.join('\n') : undefined;
  }

  private async sections(entity: EntityListItem): Promise<EntityNode[]> {
    const details = await this.entityDetails(entity.id);
    if (!details) return [];
    const sections: EntityNode[] = [
      { kind: 'section', section: 'articles', entity, count: details.articles.length },
      { kind: 'section', section: 'timeline', entity, count: null },
    ];
    if (details.quotes) sections.push({ kind: 'section', section: 'quotes', entity, count: details.quotes.length });
    return sections;
  }

  private async sectionChildren({ section, entity }: Extract<EntityNode, { kind: 'section' }>): Promise<EntityNode[]> {
    if (section === 'timeline') {
      const timeline = await this.timeline(entity.id);
      return (timeline?.months ?? []).map((month) => ({ kind: 'month', entity, month }));
    }
    const details = await this.entityDetails(entity.id);
    if (section === 'articles') return (details?.articles ?? []).map((article) => ({ kind: 'article', entity, details: article }));
    return (details?.quotes ?? []).map((quote) => ({
      kind: 'place',
      id: `quote|${entity.id}|${quote.uri}|${rangeKey(quote.range)}`,
      label: excerpt(quote.text),
      description: `${quote.date ?? 'undated'} · ${fileName(quote.uri)}`,
      tooltip: `${quote.text}${quote.speaker ? ` — ${quote.speaker}` : ''}`,
      icon: 'quote',
      location: { uri: quote.uri, range: quote.range },
    }));
  }

  private timeline(entity: string): Promise<EntityTimeline | null> {
    const known = this.timelines.get(entity);
    if (known) return known;
    const asked = Promise.resolve(this.client.sendRequest(entityTimelineRequest, { entity }));
    this.timelines.set(entity, asked);
    return asked;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.view.dispose();
    this.changed.dispose();
  }
}

function monthChildren(entity: EntityListItem, month: EntityTimeline['months'][number]): EntityNode[] {
  const key = `${entity.id}|${month.month}`;
  return [
    ...month.articles.map<EntityNode>((article) => ({
      kind: 'place',
      id: `timeline-article|${key}|${article.uri}`,
      label: article.title || fileName(article.uri),
      description: `${article.date ?? 'undated'} · ${fileName(article.uri)}`,
      icon: 'file',
      location: article.location,
    })),
    ...month.dates.map<EntityNode>((date) => ({
      kind: 'place',
      id: `timeline-date|${key}|${date.location.uri}|${rangeKey(date.location.range)}`,
      label: date.text,
      description: `${date.value} · ${fileName(date.location.uri)}`,
      tooltip: `${date.type} ${date.value}, in a sentence that names ${entity.name}`,
      icon: 'history',
      location: date.location,
    })),
  ];
}

function item(
  id: string,
  label: string,
  state: vscode.TreeItemCollapsibleState,
  options: { description?: string; icon: string; tooltip?: string | vscode.MarkdownString; contextValue?: string },
): vscode.TreeItem {
  const treeItem = new vscode.TreeItem(label, state);
  treeItem.id = id;
  treeItem.description = options.description;
  treeItem.iconPath = new vscode.ThemeIcon(options.icon);
  treeItem.tooltip = options.tooltip;
  treeItem.contextValue = options.contextValue;
  return treeItem;
}

function openCommand(client: LanguageClient, location: Location): vscode.Command {
  const uri = client.protocol2CodeConverter.asUri(location.uri);
  const selection = client.protocol2CodeConverter.asRange(location.range);
  return { command: 'vscode.open', title: 'Open', arguments: [uri, { selection, preview: true } satisfies vscode.TextDocumentShowOptions] };
}

function entityTooltip(entity: EntityListItem): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(entity.name)}** · ${typeWords[entity.type]}\n\n`);
  const others = entity.aliases.filter((alias) => alias !== entity.name);
  if (others.length > 0) tooltip.appendMarkdown(`Also: ${others.map(escape).join(', ')}\n\n`);
  tooltip.appendMarkdown(`${count(entity.mentions, 'mention')} in ${count(entity.articles, 'article')}`);
  if (entity.firstDate && entity.lastDate)
    tooltip.appendMarkdown(entity.firstDate === entity.lastDate ? ` · ${entity.firstDate}` : ` · ${entity.firstDate} → ${entity.lastDate}`);
  return tooltip;
}

function monthTitle(month: string | null): string {
  if (!month) return 'Undated';
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}`;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

function count(value: number, noun: string, plural = `${noun}s`): string {
  return `${value.toLocaleString()} ${value === 1 ? noun : plural}`;
}

function excerpt(text: string, maxLength = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1)}…`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
