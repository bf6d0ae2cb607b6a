import type { ReactElement } from 'react';
import type { TFunction } from 'i18next';
import { Trans } from 'react-i18next';
import { componentName, prepareNamedTags, type NamedTag } from './namedTags';

/** An element for every occurrence of a tag, or one element per occurrence, counted from 1. */
export type TagElement = ReactElement | ((occurrence: number) => ReactElement);

export interface RichTextProps {
  /** A translated string, as t() returned it. */
  text: string;
  /** The element each named tag becomes; a tag without one stays text. */
  tags: Partial<Record<NamedTag, TagElement>>;
}

/** A translated string whose named tags (<cite>, <link>, <em>) become the given elements. */
export function RichText({ text, tags }: RichTextProps) {
  const numbered = (Object.keys(tags) as NamedTag[]).filter((tag) => typeof tags[tag] === 'function');
  const prepared = prepareNamedTags(text, numbered);

  const components: Record<string, ReactElement> = {};
  for (const [tag, element] of Object.entries(tags) as [NamedTag, TagElement][]) {
    if (typeof element !== 'function') components[componentName(tag)] = element;
    else for (let n = 1; n <= (prepared.occurrences[tag] ?? 0); n += 1) components[componentName(tag, n)] = element(n);
  }
  // Trans looks its key up through this t, so it parses the prepared text whatever the key.
  const translate = (() => prepared.text) as unknown as TFunction;
  return <Trans t={translate} i18nKey={'richText' as never} components={components} />;
}
