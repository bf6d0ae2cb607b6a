import { namedTags } from './namedTagNames.js';

export { namedTags };
export type NamedTag = (typeof namedTags)[number];

const namedTagPattern = new RegExp(`<(/?)(${namedTags.join('|')})(\\s[^>]*)?>`, 'g');

export function componentName(tag: NamedTag, occurrence?: number): string {
  return tag.charAt(0).toUpperCase() + tag.slice(1) + (occurrence ?? '');
}

/**
 * react-i18next parses <link> as HTML's void element and would drop its text, and it copies a tag's
 * attributes onto the component. So named tags are renamed to a capitalised form its parser leaves
 * alone ("Link"), and stripped of attributes: a translation can never set an address or a handler.
 * Tags in `numbered` are numbered by occurrence ("Cite1", "Cite2"), so each can become its own element.
 */
export function prepareNamedTags(
  translation: string,
  numbered: readonly NamedTag[] = [],
): { text: string; occurrences: Partial<Record<NamedTag, number>> } {
  const occurrences: Partial<Record<NamedTag, number>> = {};
  const text = translation.replace(namedTagPattern, (_match, slash: string, name: string) => {
    const tag = name as NamedTag;
    if (!numbered.includes(tag)) return `<${slash}${componentName(tag)}>`;
    if (!slash) occurrences[tag] = (occurrences[tag] ?? 0) + 1;
    return `<${slash}${componentName(tag, occurrences[tag] ?? 0)}>`;
  });
  return { text, occurrences };
}
