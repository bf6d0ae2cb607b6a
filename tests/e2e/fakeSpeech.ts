import type { Page } from '@playwright/test';

export interface FakeVoice {
  name: string;
  lang: string;
  localService?: boolean;
}

export interface FakeSpeechOptions {
  voices: FakeVoice[];
  /** Voices listed only after a while, with voiceschanged, as Chrome does. */
  voicesLate?: boolean;
  /** Each utterance starts and ends by itself; otherwise the test says when (speech.start/end). */
  auto?: boolean;
  /** No speechSynthesis at all, as in a browser without it. */
  absent?: boolean;
}

export interface SpokenUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

/**
 * Runs in the page before its scripts: a speechSynthesis that records what it is asked to say, and
 * says nothing. window.fakeSpeech lets a test start and end the utterance being spoken.
 */
function installFakeSpeech(options: FakeSpeechOptions) {
  type Utterance = {
    text: string;
    lang: string;
    voice: { name: string } | null;
    rate: number;
    onstart: ((event: object) => void) | null;
    onend: ((event: object) => void) | null;
    onerror: ((event: { error: string }) => void) | null;
  };
  if (options.absent) {
    Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
    return;
  }
  const voices = options.voices.map((voice) => ({
    voiceURI: `fake:${voice.name}`,
    name: voice.name,
    lang: voice.lang,
    localService: voice.localService ?? true,
    default: false,
  }));
  let listed = options.voicesLate ? [] : voices;
  const listeners = new Set<() => void>();
  const spoken: object[] = [];
  let current: Utterance | null = null;
  let started = false;
  const state = { cancels: 0 };

  class FakeUtterance {
    text: string;
    lang = '';
    voice = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart = null;
    onend = null;
    onerror = null;
    onboundary = null;
    constructor(text = '') {
      this.text = text;
    }
  }

  const start = () => {
    if (!current || started) return;
    started = true;
    current.onstart?.({});
  };
  const end = () => {
    const ending = current;
    if (!ending) return;
    current = null;
    started = false;
    ending.onend?.({});
  };
  const synthesis = {
    get speaking() {
      return current !== null;
    },
    pending: false,
    paused: false,
    getVoices: () => listed,
    speak(utterance: Utterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name ?? null });
      current = utterance;
      started = false;
      if (options.auto) {
        const auto = utterance;
        setTimeout(() => {
          if (current !== auto) return;
          start();
          setTimeout(() => current === auto && end(), 0);
        }, 0);
      }
    },
    cancel() {
      state.cancels += 1;
      const cancelled = current;
      current = null;
      started = false;
      cancelled?.onerror?.({ error: 'interrupted' });
    },
    pause() {},
    resume() {},
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synthesis });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
  if (options.voicesLate) {
    setTimeout(() => {
      listed = voices;
      listeners.forEach((listener) => listener());
    }, 400);
  }
  Object.assign(window, {
    fakeSpeech: {
      spoken,
      start,
      end,
      state,
      speakingText: () => current?.text ?? null,
    },
  });
}

export async function fakeSpeech(page: Page, options: FakeSpeechOptions) {
  await page.addInitScript(installFakeSpeech, options);
}

type FakeSpeechHandle = {
  spoken: SpokenUtterance[];
  start: () => void;
  end: () => void;
  state: { cancels: number };
  speakingText: () => string | null;
};

export const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeechHandle }).fakeSpeech.spoken);
export const speakingText = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeechHandle }).fakeSpeech.speakingText());
export const cancels = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeechHandle }).fakeSpeech.state.cancels);
/** The voice starts saying the utterance it was given: its onstart fires. */
export const startSpeaking = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeechHandle }).fakeSpeech.start());
/** The voice finishes the utterance: its onend fires. */
export const finishSpeaking = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: FakeSpeechHandle }).fakeSpeech.end());

/** The text the sentence highlight covers, from the CSS Custom Highlight the page set. */
export const highlightedText = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    if (!highlight) return null;
    return [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')).join(' ');
  });
