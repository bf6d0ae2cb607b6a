/**
 * Reads a list of lines aloud, one short utterance at a time, chained on each one's end. Pausing
 * cancels speech and resuming says the current line again: on Android, pause() cancels anyway, and
 * Chrome's pause() and resume() stall with some voices, so this is the one way that works everywhere.
 */

export type SpeakerStatus = 'stopped' | 'playing' | 'paused';

export interface SpeakerState {
  status: SpeakerStatus;
  /** The line being read, or to be read on resume. */
  current: number;
  /** The line the voice has started saying (and so is highlighted), or null. */
  speaking: number | null;
}

export interface SpeakerOptions {
  synthesis: SpeechSynthesis;
  createUtterance: (text: string) => SpeechSynthesisUtterance;
  onChange: (state: SpeakerState) => void;
}

export interface Voicing {
  voice: SpeechSynthesisVoice | null;
  lang: string;
  rate: number;
}

export interface Speaker {
  play: (lines: readonly string[], from: number, voicing: Voicing) => void;
  pause: () => void;
  resume: () => void;
  /** Moves by `step` lines (or to a line), reading on if it was reading. */
  moveTo: (line: number) => void;
  stop: () => void;
  /** A new speed or voice: the current line is said again with it. */
  revoice: (voicing: Voicing) => void;
  /** New lines, as when the reference list is added: keeps the place. */
  replaceLines: (lines: readonly string[], current: number) => void;
  state: () => SpeakerState;
}

export function createSpeaker({ synthesis, createUtterance, onChange }: SpeakerOptions): Speaker {
  let lines: readonly string[] = [];
  let voicing: Voicing = { voice: null, lang: '', rate: 1 };
  let state: SpeakerState = { status: 'stopped', current: 0, speaking: null };
  // Each run of speech has its own generation: events of a cancelled utterance arrive late, and
  // must not move the place or start the next line.
  let generation = 0;

  const update = (next: Partial<SpeakerState>) => {
    state = { ...state, ...next };
    onChange(state);
  };

  const say = (line: number, run: number) => {
    const text = lines[line];
    if (text === undefined) {
      update({ status: 'stopped', current: 0, speaking: null });
      return;
    }
    const utterance = createUtterance(text);
    utterance.lang = voicing.lang;
    if (voicing.voice) utterance.voice = voicing.voice;
    utterance.rate = voicing.rate;
    utterance.onstart = () => {
      if (run === generation) update({ speaking: line, current: line });
    };
    utterance.onend = () => {
      if (run !== generation) return;
      if (line + 1 < lines.length) {
        update({ current: line + 1 });
        say(line + 1, run);
      } else {
        generation += 1;
        update({ status: 'stopped', current: 0, speaking: null });
      }
    };
    utterance.onerror = (event) => {
      // A cancel of our own ends an utterance with "interrupted" or "canceled": nothing to do.
      if (run !== generation || event.error === 'interrupted' || event.error === 'canceled') return;
      generation += 1;
      update({ status: 'paused', speaking: null });
    };
    synthesis.speak(utterance);
  };

  const restart = () => {
    generation += 1;
    synthesis.cancel();
    update({ status: 'playing' });
    say(state.current, generation);
  };

  const silence = () => {
    generation += 1;
    synthesis.cancel();
  };

  return {
    play(nextLines, from, nextVoicing) {
      lines = nextLines;
      voicing = nextVoicing;
      state = { ...state, current: Math.min(Math.max(from, 0), Math.max(lines.length - 1, 0)) };
      restart();
    },
    pause() {
      if (state.status !== 'playing') return;
      silence();
      update({ status: 'paused' });
    },
    resume() {
      if (state.status === 'playing') return;
      restart();
    },
    moveTo(line) {
      const current = Math.min(Math.max(line, 0), lines.length - 1);
      if (state.status === 'playing') {
        state = { ...state, current };
        restart();
      } else {
        // Paused: the place moves, and shows, but nothing is said until the reader resumes.
        update({ current, speaking: current });
      }
    },
    stop() {
      silence();
      update({ status: 'stopped', current: 0, speaking: null });
    },
    revoice(nextVoicing) {
      voicing = nextVoicing;
      if (state.status === 'playing') restart();
    },
    replaceLines(nextLines, current) {
      lines = nextLines;
      state = { ...state, current, speaking: state.speaking === null ? null : current };
      // The utterance being said belongs to the old lines: its end must not step through the new ones.
      if (state.status === 'playing') restart();
      else generation += 1;
    },
    state: () => state,
  };
}
