import type { ReactElement } from 'react';
import type { Namespace, ParseKeys, TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { componentName, prepareNamedTags, type NamedTag } from './namedTags';

/** An element for every occurrence of a tag, or one element per occurrence, counted from 1. */
export type TagElement = ReactElement | ((occurrence: number) => ReactElement);

export interface RichTextProps<Ns extends Namespace> {
  ns: Ns;
  i18nKey: ParseKeys<Ns>;
  /** The element each named tag becomes; a tag without one stays text. */
  tags: Partial<Record<NamedTag, TagElement>>;
}

/** A translated string whose named tags (<cite>, <link>, <em>) become the given elements. */
export function RichText<Ns extends Namespace>({ ns, i18nKey, tags }: RichTextProps<Ns>) {
  const { t } = useTranslation(ns);
  const numbered = (Object.keys(tags) as NamedTag[]).filter((tag) => typeof tags[tag] === 'function');
  const { text, occurrences } = prepareNamedTags(String(t(i18nKey as never)), numbered);

  const components: Record<string, ReactElement> = {};
  for (const [tag, element] of Object.entries(tags) as [NamedTag, TagElement][]) {
    if (typeof element !== 'function') components[componentName(tag)] = element;
    else for (let n = 1; n <= (occurrences[tag] ?? 0); n += 1) components[componentName(tag, n)] = element(n);
  }
  // Trans looks the string up through this t, so it parses the prepared text.
  const translate = (() => text) as unknown as TFunction;
  return <Trans t={translate} ns={ns as Namespace} i18nKey={i18nKey as never} components={components} />;
}
