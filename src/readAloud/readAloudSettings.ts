/** The reader's speed and voice, remembered in this browser. */

export const speeds = [0.8, 1, 1.25, 1.5] as const;
export type Speed = (typeof speeds)[number];

const speedKey = 'read-aloud-speed';
const voiceKey = (language: string) => `read-aloud-voice-${language}`;
// A voice's identifier is a short name or a path; anything longer was not written by us.
const longestVoiceURI = 300;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be blocked (private modes, strict cookie settings); the choice is then not kept.
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // See read: not remembering is better than failing the player.
  }
}

export function savedSpeed(): Speed {
  const saved = Number(read(speedKey));
  return speeds.find((speed) => speed === saved) ?? 1;
}

export function saveSpeed(speed: Speed): void {
  write(speedKey, String(speed));
}

/** The voice chosen for a language; the player still checks that the browser offers it. */
export function savedVoice(language: string): string | undefined {
  const saved = read(voiceKey(language));
  return saved && saved.length <= longestVoiceURI ? saved : undefined;
}

export function saveVoice(language: string, voiceURI: string): void {
  write(voiceKey(language), voiceURI);
}
