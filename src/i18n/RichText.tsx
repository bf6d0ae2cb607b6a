import type { ReactElement } from 'react';
import type { Namespace, ParseKeys, TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { componentName, prepareNamedTags, type NamedTag } from './namedTags';

export interface RichTextProps<Ns extends Namespace> {
  ns: Ns;
  i18nKey: ParseKeys<Ns>;
  /** The element each named tag becomes; a tag without one stays text. */
  tags: Partial<Record<NamedTag, ReactElement>>;
}

/** A translated string whose named tags (<cite>, <link>, <em>) become the given elements. */
export function RichText<Ns extends Namespace>({ ns, i18nKey, tags }: RichTextProps<Ns>) {
  const { t } = useTranslation(ns);
  const components = Object.fromEntries(
    Object.entries(tags).map(([tag, element]) => [componentName(tag as NamedTag), element]),
  );
  // Trans looks the string up through this t, so every string it renders passes through here.
  const translate = ((key: string, options?: object) =>
    prepareNamedTags(String(t(key as never, options as never)))) as unknown as TFunction;
  return <Trans t={translate} ns={ns as Namespace} i18nKey={i18nKey as never} components={components} />;
}
