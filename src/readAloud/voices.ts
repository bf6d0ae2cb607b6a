/** The voices that speak a language, best first, so that Dutch is never read with an English voice. */

function normalisedTag(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}

/**
 * How well a voice's language fits the page: 0 for the page's own locale (nl-NL, en-GB), 1 for
 * another region of its language (nl-BE, en-US), 2 for the language alone (nl), or null for none.
 */
export function voiceFit(voiceLang: string, locale: string): number | null {
  const voiceTag = normalisedTag(voiceLang);
  const pageTag = normalisedTag(locale);
  const [language] = pageTag.split('-');
  if (voiceTag === pageTag) return 0;
  if (voiceTag === language) return 2;
  if (voiceTag.startsWith(`${language}-`)) return 1;
  return null;
}

export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * The voices on this device for a locale such as "nl-NL", best first: by fit, then the browser's
 * default, then by name. A voice that is not a local service (Chrome's "Google" voices) sends the
 * text to a server, and reading aloud promises to send nothing anywhere, so none is ever used.
 */
export function matchingVoices<Voice extends VoiceLike>(voices: readonly Voice[], locale: string): Voice[] {
  const fitting = voices.flatMap((voice) => {
    const fit = voice.localService ? voiceFit(voice.lang, locale) : null;
    return fit === null ? [] : [{ voice, fit }];
  });
  fitting.sort(
    (a, b) => a.fit - b.fit || Number(b.voice.default) - Number(a.voice.default) || a.voice.name.localeCompare(b.voice.name),
  );
  return fitting.map(({ voice }) => voice);
}

/** The saved voice where it still fits the language, else the best one; null when none speaks it. */
export function chooseVoice<Voice extends VoiceLike>(voices: readonly Voice[], locale: string, savedVoiceURI?: string): Voice | null {
  const candidates = matchingVoices(voices, locale);
  return candidates.find((voice) => voice.voiceURI === savedVoiceURI) ?? candidates[0] ?? null;
}

/**
 * The voices worth offering in a list: the best few, and the one in use. speech-dispatcher offers a
 * hundred variants of each language, and a list that long is no choice for a reader who tires.
 */
export function voicesToOffer<Voice extends VoiceLike>(matching: readonly Voice[], chosen: Voice | null, most = 8): Voice[] {
  const best = matching.slice(0, most);
  return chosen && !best.includes(chosen) ? [...best, chosen] : best;
}
