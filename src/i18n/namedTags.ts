/** The markup translators may use inside a string; anything else shows as text. */
export const namedTags = ['cite', 'link', 'em'] as const;
export type NamedTag = (typeof namedTags)[number];

const namedTagPattern = new RegExp(`<(/?)(${namedTags.join('|')})(\\s[^>]*)?>`, 'g');

/**
 * react-i18next parses <link> as HTML's void element and would drop its text, and it copies a tag's
 * attributes onto the component. So named tags are renamed to a capitalised form its parser leaves
 * alone ("Link"), and stripped of attributes: a translation can never set an address or a handler.
 */
export function prepareNamedTags(translation: string): string {
  return translation.replace(
    namedTagPattern,
    (_match, slash: string, name: string) => `<${slash}${componentName(name as NamedTag)}>`,
  );
}

export function componentName(tag: NamedTag): string {
  return tag.charAt(0).toUpperCase() + tag.slice(1);
}
