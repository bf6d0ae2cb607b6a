import type { Article } from './article';
import { summaryOf as summaryOfArticle } from './summaryOf.js';

/** What the collection's list needs of each article: no structure, no sources. */
export type ArticleSummary = Pick<Article, 'id' | 'translations' | 'formerAddresses'> & {
  dates: Pick<Article['dates'], 'lastUpdated'>;
};

/**
 * The articles a page can show. On the server every article is at hand; in the browser a page starts
 * with what its prerendered HTML showed and fetches the rest when a reader goes there.
 */
export interface ContentStore {
  article(id: string): Article | undefined;
  /** Every article's summary, once known; undefined until fetched. */
  summaries(): readonly ArticleSummary[] | undefined;
  /** The summaries known so far: all of them, or the articles fetched. */
  knownSummaries(): readonly ArticleSummary[];
  loadArticle(id: string): Promise<void>;
  loadSummaries(): Promise<void>;
  /** Called after anything new arrives. */
  subscribe(listener: () => void): () => void;
  /** Changes whenever something new arrives. */
  version(): number;
}

export const summaryOf: (article: Article) => ArticleSummary = summaryOfArticle;

/** Everything at hand from the start, as on the server and in tests. */
export function createStaticStore(articles: readonly Article[]): ContentStore {
  const summaries = articles.map(summaryOf);
  return {
    article: (id) => articles.find((article) => article.id === id),
    summaries: () => summaries,
    knownSummaries: () => summaries,
    loadArticle: () => Promise.resolve(),
    loadSummaries: () => Promise.resolve(),
    subscribe: () => () => {},
    version: () => 0,
  };
}
