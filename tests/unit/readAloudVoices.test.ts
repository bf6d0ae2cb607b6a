// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { savedSpeed, savedVoice, saveSpeed, saveVoice } from '@/readAloud/readAloudSettings';
import { chooseVoice, matchingVoices, voiceFit, voicesToOffer } from '@/readAloud/voices';

const voice = (name: string, lang: string, localService = true) => ({ voiceURI: `uri:${name}`, name, lang, localService, default: false });

describe('voiceFit', () => {
  it.each([
    ['nl-NL', 'nl-NL', 0],
    ['nl_NL', 'nl-NL', 0],
    ['nl-BE', 'nl-NL', 1],
    ['nl', 'nl-NL', 2],
    ['en-GB', 'en-GB', 0],
    ['en-US', 'en-GB', 1],
    ['en', 'en-GB', 2],
    ['en-GB', 'nl-NL', null],
    ['nds', 'nl-NL', null],
  ])('a %s voice for a %s page fits as %j', (voiceLang, locale, fit) => {
    expect(voiceFit(voiceLang, locale)).toBe(fit);
  });
});

describe('matchingVoices', () => {
  const voices = [
    voice('English', 'en-GB'),
    voice('Dutch', 'nl'),
    voice('Flemish', 'nl-BE'),
    voice('Google Nederlands', 'nl-NL', false),
    voice('Xander', 'nl-NL'),
  ];

  it('orders Dutch voices nl-NL, nl-BE, nl, and leaves out other languages and voices that send the text away', () => {
    expect(matchingVoices(voices, 'nl-NL').map((match) => match.name)).toEqual(['Xander', 'Flemish', 'Dutch']);
  });

  it('says none speaks the language when only a server would', () => {
    expect(chooseVoice([voice('Google Nederlands', 'nl-NL', false)], 'nl-NL')).toBeNull();
  });

  it('orders English voices en-GB, then other English', () => {
    expect(matchingVoices([voice('US', 'en-US'), voice('Plain', 'en'), voice('UK', 'en-GB')], 'en-GB').map((match) => match.name)).toEqual([
      'UK',
      'US',
      'Plain',
    ]);
  });

  it('never offers a voice of another language', () => {
    expect(chooseVoice([voice('English', 'en-GB'), voice('German', 'de-DE')], 'nl-NL')).toBeNull();
  });

  it('keeps the saved voice where it still speaks the language, and the best one otherwise', () => {
    expect(chooseVoice(voices, 'nl-NL', 'uri:Flemish')?.name).toBe('Flemish');
    expect(chooseVoice(voices, 'nl-NL', 'uri:English')?.name).toBe('Xander');
    expect(chooseVoice(voices, 'nl-NL', 'uri:gone')?.name).toBe('Xander');
  });
});

describe('voicesToOffer', () => {
  it('offers the best few of a hundred variants, and always the one in use', () => {
    const many = Array.from({ length: 102 }, (_, index) => voice(`Dutch+${String(index).padStart(3, '0')}`, 'nl'));
    const offered = voicesToOffer(many, many[50] ?? null);
    expect(offered.map((offer) => offer.name)).toEqual([...many.slice(0, 8), many[50]].map((offer) => offer?.name));
    expect(voicesToOffer(many.slice(0, 2), many[0] ?? null)).toHaveLength(2);
  });
});

describe('read-aloud settings', () => {
  afterEach(() => window.localStorage.clear());

  it('remembers the speed, and ignores a stored speed that is not on offer', () => {
    expect(savedSpeed()).toBe(1);
    saveSpeed(1.25);
    expect(savedSpeed()).toBe(1.25);
    window.localStorage.setItem('read-aloud-speed', '9');
    expect(savedSpeed()).toBe(1);
    window.localStorage.setItem('read-aloud-speed', '<script>');
    expect(savedSpeed()).toBe(1);
  });

  it('remembers a voice per language, and ignores a stored value no voice could have', () => {
    saveVoice('nl', 'uri:Xander');
    expect(savedVoice('nl')).toBe('uri:Xander');
    expect(savedVoice('en')).toBeUndefined();
    window.localStorage.setItem('read-aloud-voice-en', 'x'.repeat(5000));
    expect(savedVoice('en')).toBeUndefined();
  });

  it('reads and writes nothing, without failing, where storage is blocked', () => {
    const storage = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(() => saveSpeed(1.5)).not.toThrow();
      expect(savedSpeed()).toBe(1);
      expect(savedVoice('nl')).toBeUndefined();
    } finally {
      if (storage) Object.defineProperty(window, 'localStorage', storage);
    }
  });
});
