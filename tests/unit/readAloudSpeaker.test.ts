import { describe, expect, it } from 'vitest';
import { createSpeaker, type SpeakerState } from '@/readAloud/speaker';

/** A speechSynthesis that speaks nothing and lets the test say when each utterance starts and ends. */
function fakeSynthesis() {
  const spoken: SpeechSynthesisUtterance[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  const synthesis = {
    speak(utterance: SpeechSynthesisUtterance) {
      spoken.push(utterance);
      current = utterance;
    },
    cancel() {
      const cancelled = current;
      current = null;
      cancelled?.onerror?.call(cancelled, { error: 'interrupted' } as SpeechSynthesisErrorEvent);
    },
  } as unknown as SpeechSynthesis;
  const start = () => current?.onstart?.call(current, {} as SpeechSynthesisEvent);
  const end = () => {
    const ending = current;
    current = null;
    ending?.onend?.call(ending, {} as SpeechSynthesisEvent);
  };
  return { synthesis, spoken, start, end, current: () => current };
}

function setUp() {
  const fake = fakeSynthesis();
  const states: SpeakerState[] = [];
  const speaker = createSpeaker({
    synthesis: fake.synthesis,
    createUtterance: (text) => ({ text }) as SpeechSynthesisUtterance,
    onChange: (state) => states.push(state),
  });
  const voicing = { voice: null, lang: 'nl-NL', rate: 1 };
  return { fake, speaker, voicing, last: () => states.at(-1) };
}

const lines = ['Eén.', 'Twee.', 'Drie.'];

describe('createSpeaker', () => {
  it('says each line in turn, one utterance at a time, and marks the line when its speech starts', () => {
    const { fake, speaker, voicing, last } = setUp();
    speaker.play(lines, 0, voicing);
    expect(fake.spoken.map((utterance) => utterance.text)).toEqual(['Eén.']);
    expect(last()?.speaking).toBeNull();
    fake.start();
    expect(last()).toMatchObject({ status: 'playing', speaking: 0 });
    fake.end();
    fake.start();
    expect(last()?.speaking).toBe(1);
    fake.end();
    fake.start();
    fake.end();
    expect(fake.spoken.map((utterance) => utterance.text)).toEqual(lines);
    expect(last()).toEqual({ status: 'stopped', current: 0, speaking: null });
  });

  it('gives each utterance the language, voice and rate', () => {
    const { fake, speaker } = setUp();
    speaker.play(lines, 1, { voice: null, lang: 'en-GB', rate: 1.25 });
    expect(fake.spoken[0]).toMatchObject({ text: 'Twee.', lang: 'en-GB', rate: 1.25 });
  });

  it('pauses by cancelling, and resumes by saying the current line again', () => {
    const { fake, speaker, voicing, last } = setUp();
    speaker.play(lines, 0, voicing);
    fake.start();
    fake.end();
    fake.start();
    speaker.pause();
    expect(last()?.status).toBe('paused');
    expect(fake.current()).toBeNull();
    speaker.resume();
    expect(fake.spoken.map((utterance) => utterance.text)).toEqual(['Eén.', 'Twee.', 'Twee.']);
  });

  it('ignores the late end of an utterance it cancelled', () => {
    const { fake, speaker, voicing } = setUp();
    speaker.play(lines, 0, voicing);
    const first = fake.spoken[0];
    speaker.moveTo(2);
    first?.onend?.call(first, {} as SpeechSynthesisEvent);
    expect(fake.spoken.map((utterance) => utterance.text)).toEqual(['Eén.', 'Drie.']);
  });

  it('moves to the next and previous line, within the text', () => {
    const { fake, speaker, voicing, last } = setUp();
    speaker.play(lines, 0, voicing);
    speaker.moveTo(1);
    speaker.moveTo(5);
    speaker.moveTo(-3);
    expect(fake.spoken.map((utterance) => utterance.text)).toEqual(['Eén.', 'Twee.', 'Drie.', 'Eén.']);
    speaker.pause();
    speaker.moveTo(2);
    expect(last()).toMatchObject({ status: 'paused', current: 2 });
    expect(fake.spoken).toHaveLength(4);
  });

  it('says the current line again at a new speed', () => {
    const { fake, speaker, voicing } = setUp();
    speaker.play(lines, 0, voicing);
    speaker.revoice({ ...voicing, rate: 1.5 });
    expect(fake.spoken.map((utterance) => [utterance.text, utterance.rate])).toEqual([
      ['Eén.', 1],
      ['Eén.', 1.5],
    ]);
  });

  it('stops for good', () => {
    const { fake, speaker, voicing, last } = setUp();
    speaker.play(lines, 1, voicing);
    speaker.stop();
    expect(fake.current()).toBeNull();
    expect(last()).toEqual({ status: 'stopped', current: 0, speaking: null });
  });

  it('goes on in new lines from the place given, not from the old utterance’s place', () => {
    const { fake, speaker, voicing } = setUp();
    speaker.play(['Eén.', 'Twee.', 'Drie.', 'Bron 1.', 'Bron 2.'], 3, voicing);
    fake.start();
    // The reference list is left out while its first source is being read: reading goes on at the end.
    speaker.replaceLines(lines, 2);
    fake.start();
    fake.end();
    expect(fake.spoken.map((utterance) => utterance.text)).toEqual(['Bron 1.', 'Drie.']);
  });
});
