// The catalog as applied to the indexed articles. An article's mentions come linked from where it
// was analysed (a worker or the cache), without the catalog; here the catalog's names found in the
// article's text are added and its notEntities dropped, and the mentions linked again, which needs
// no text. Finding the names does need the text: where an article arrives without it (from the cache),
// or when the catalog changes, the article waits for a scan (`unscanned`), which the caller makes by
// reading the text again (`scanForCatalog` in catalogFiles.ts).
import type { EntityMention } from '../analysis/types';
import { linkArticleMentions, type LinkedMention } from './articleLinks';
import { Catalog } from './catalog';
import { addedMatches, CatalogMatcher, withCatalog, type CatalogMatch } from './catalogMentions';
import { normalizeName } from './nameForms';

export class ArticleCatalog {
  private current = new Catalog();
  private matcher = new CatalogMatcher(this.current);
  private readonly matchesByUri = new Map<string, CatalogMatch[]>();
  /** Articles some of whose tagger's mentions the catalog's notEntities took out. */
  private readonly withNotEntities = new Set<string>();
  /** Articles whose text has not been searched for the catalog's names since it or the catalog changed. */
  readonly unscanned = new Set<string>();

  get catalog(): Catalog {
    return this.current;
  }

  /**
   * A new catalog. Gives the articles to link again now: those the old catalog changed (names found in
   * them, notEntities taken out) and those the new one's notEntities name (`named` gives the articles
   * with mentions of a normalised name). When the new catalog has names the old one had not, every
   * article waits for a scan; otherwise (a type, a notEntity, a name dropped) the names found so far
   * are kept, and no text needs reading.
   */
  setCatalog(catalog: Catalog, uris: Iterable<string>, named: (name: string) => Iterable<string>): Set<string> {
    const relink = new Set([...this.matchesByUri.keys(), ...this.withNotEntities]);
    for (const name of catalog.notEntities) for (const uri of named(name)) relink.add(uri);
    const oldNames = new Set([...this.current.names()].map(([name]) => name));
    const hasNewNames = [...catalog.names()].some(([name]) => !oldNames.has(name));
    this.current = catalog;
    this.matcher = new CatalogMatcher(catalog);
    this.withNotEntities.clear();
    // Articles still waiting for a scan keep waiting: the names they may hold are still the catalog's.
    if (catalog.isEmpty) this.unscanned.clear();
    if (hasNewNames) {
      this.matchesByUri.clear();
      for (const uri of uris) this.unscanned.add(uri);
    } else {
      for (const [uri, matches] of this.matchesByUri) this.record(uri, this.stillNamed(matches));
    }
    return relink;
  }

  // The matches whose names the catalog still has, with their entities as it now gives them.
  private stillNamed(matches: CatalogMatch[]): CatalogMatch[] {
    return matches.flatMap((match) => {
      const entity = this.current.entityNamed(normalizeName(match.text));
      return entity ? [{ ...match, entity, type: entity.type }] : [];
    });
  }

  /**
   * The mentions an article is indexed with. With its text, the catalog's names are found now;
   * without, the article keeps the catalog's notEntities out and waits for a scan.
   */
  mentionsOf(uri: string, found: readonly EntityMention[], linked: LinkedMention[], text: string | undefined): LinkedMention[] {
    if (this.current.isEmpty) return linked;
    if (text === undefined) {
      this.matchesByUri.delete(uri);
      this.unscanned.add(uri);
    } else {
      this.record(uri, addedMatches(found, this.matcher.find(text), this.current));
    }
    return this.needsLinking(uri, found) ? this.link(uri, found) : linked;
  }

  /** The article's text searched for the catalog's names; the mentions to index if they change, else undefined. */
  scan(uri: string, found: readonly EntityMention[], text: string): LinkedMention[] | undefined {
    this.unscanned.delete(uri);
    if (this.current.isEmpty) return undefined;
    const before = this.matchesByUri.get(uri) ?? [];
    // Only the names the tagger missed change the article's mentions.
    const matches = addedMatches(found, this.matcher.find(text), this.current);
    this.record(uri, matches);
    return sameMatches(before, matches) ? undefined : this.link(uri, found);
  }

  forget(uri: string): void {
    this.matchesByUri.delete(uri);
    this.withNotEntities.delete(uri);
    this.unscanned.delete(uri);
  }

  /** The tagger's mentions with the catalog applied (the names found so far, no notEntities), linked within the article. */
  link(uri: string, found: readonly EntityMention[]): LinkedMention[] {
    const kept = withCatalog(found, this.matchesByUri.get(uri) ?? [], this.current);
    if (this.takesOutNotEntities(found)) this.withNotEntities.add(uri);
    else this.withNotEntities.delete(uri);
    return linkArticleMentions(kept);
  }

  private needsLinking(uri: string, found: readonly EntityMention[]): boolean {
    return this.matchesByUri.has(uri) || this.takesOutNotEntities(found);
  }

  private takesOutNotEntities(found: readonly EntityMention[]): boolean {
    const notEntities = this.current.notEntities;
    return notEntities.size > 0 && found.some((mention) => notEntities.has(normalizeName(mention.text)));
  }

  private record(uri: string, matches: CatalogMatch[]): void {
    if (matches.length > 0) this.matchesByUri.set(uri, matches);
    else this.matchesByUri.delete(uri);
  }
}

function sameMatches(a: readonly CatalogMatch[], b: readonly CatalogMatch[]): boolean {
  return a.length === b.length && a.every((match, i) => match.start === b[i].start && match.end === b[i].end && match.entity === b[i].entity);
}
