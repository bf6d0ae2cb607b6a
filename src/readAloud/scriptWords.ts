import type { TFunction } from 'i18next';
import type { ScriptWords } from './articleScript';

/** The words the script needs from the interface's text, in the page's language. */
export function scriptWords(t: TFunction<'ui'>, text: (key: string) => string): ScriptWords {
  return {
    text,
    citationWords: (numbers) => {
      const first = numbers[0] ?? 0;
      const last = numbers.at(-1) ?? first;
      return first === last ? t('readAloud.citation.single', { number: first }) : t('readAloud.citation.range', { first, last });
    },
    keyMessageLabel: t('keyMessage.label'),
    referenceLabel: (number) => t('readAloud.referenceNumber', { number }),
  };
}
