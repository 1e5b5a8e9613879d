// The corpus file applied to a sentence of given tokens and their IOB2 labels, for `newsmark tag`:
// a catalog name labels the tokens it covers with its type (a name inside a longer tagged name stays
// part of it), and a tagged name that is one of notEntities is labelled O.
import type { Catalog } from '../corpus/catalog';
import { CatalogMatcher } from '../corpus/catalogMentions';
import { lastAtOrBefore } from '../corpus/lines';
import { normalizeName } from '../corpus/nameForms';

export class CatalogLabels {
  private readonly matcher: CatalogMatcher;

  constructor(private readonly catalog: Catalog) {
    this.matcher = new CatalogMatcher(catalog);
  }

  get isEmpty(): boolean {
    return this.catalog.isEmpty;
  }

  /** The labels with the catalog applied (a new array). */
  apply(words: readonly string[], labels: readonly string[]): string[] {
    const result = [...labels];
    const spans = taggedSpans(result);
    for (const span of spans) {
      if (this.catalog.notEntities.has(normalizeName(words.slice(span.first, span.last + 1).join(' ')))) result.fill('O', span.first, span.last + 1);
    }
    // The sentence as text, a space between tokens, to find the catalog's names by their words.
    const starts: number[] = [];
    let text = '';
    for (const word of words) {
      starts.push(text.length);
      text += `${word} `;
    }
    const tokenAt = (offset: number) => lastAtOrBefore(starts, offset);
    for (const match of this.matcher.find(text)) {
      const first = tokenAt(match.start);
      const last = tokenAt(match.end - 1);
      const holding = spans.find((span) => span.first <= first && last <= span.last && span.last - span.first > last - first && result[span.first] !== 'O');
      if (holding) continue;
      for (const span of spans) if (span.first <= last && first <= span.last) result.fill('O', span.first, span.last + 1);
      for (let i = first; i <= last; i++) result[i] = `${i === first ? 'B' : 'I'}-${match.type}`;
    }
    return result;
  }
}

function taggedSpans(labels: readonly string[]): { first: number; last: number }[] {
  const spans: { first: number; last: number }[] = [];
  labels.forEach((label, i) => {
    if (label.startsWith('B-') || (label.startsWith('I-') && (i === 0 || labels[i - 1] === 'O'))) spans.push({ first: i, last: i });
    else if (label.startsWith('I-') && spans.length > 0) spans[spans.length - 1].last = i;
  });
  return spans;
}
