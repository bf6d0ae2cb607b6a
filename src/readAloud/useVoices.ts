import { useEffect, useState } from 'react';
import { matchingVoices } from './voices';

export type VoicesStatus = 'unknown' | 'ready' | 'none';

// Chrome lists its voices only after a while (voiceschanged), on Linux with speech-dispatcher after
// several seconds; a browser that has listed none by then has none, though a late list still counts.
const voicesDeadlineMs = 5000;

function hasSpeech(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

/** The browser's voices for a locale such as "nl-NL", best first, as they arrive. */
export function useVoices(locale: string): { status: VoicesStatus; voices: SpeechSynthesisVoice[] } {
  const [found, setFound] = useState<{ status: VoicesStatus; voices: SpeechSynthesisVoice[] }>({ status: 'unknown', voices: [] });

  useEffect(() => {
    if (!hasSpeech()) {
      const none = window.setTimeout(() => setFound({ status: 'none', voices: [] }));
      return () => window.clearTimeout(none);
    }
    const synthesis = window.speechSynthesis;
    const read = () => {
      const all = synthesis.getVoices();
      if (all.length === 0) return false;
      const voices = matchingVoices(all, locale);
      setFound({ status: voices.length > 0 ? 'ready' : 'none', voices });
      return true;
    };
    // Read once the page has settled: listing voices can take a moment, and the page was just drawn.
    const first = window.setTimeout(read);
    synthesis.addEventListener('voiceschanged', read);
    const deadline = window.setTimeout(() => {
      if (!read()) setFound({ status: 'none', voices: [] });
    }, voicesDeadlineMs);
    return () => {
      synthesis.removeEventListener('voiceschanged', read);
      window.clearTimeout(first);
      window.clearTimeout(deadline);
    };
  }, [locale]);

  return found;
}
