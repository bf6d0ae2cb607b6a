import { describe, expect, it } from 'vitest';
import { splitLongSentence, splitSentences } from '@/readAloud/sentences';
import { spokenPieces } from '@/readAloud/spokenText';

const dutchCitations = (numbers: readonly number[]) =>
  numbers.length === 1 ? `bron ${numbers[0]}` : `bronnen ${numbers[0]} tot en met ${numbers.at(-1)}`;

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks before a new sentence', () => {
    expect(splitSentences('Maar wat doet vitamine B12? En speelt dit een rol bij ALS! Ja. 373 patiënten deden mee.')).toEqual([
      'Maar wat doet vitamine B12?',
      'En speelt dit een rol bij ALS!',
      'Ja.',
      '373 patiënten deden mee.',
    ]);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(splitSentences('Dit zit o.a. in vlees, bijv. Rundvlees. Dr. Jansen en B.R. Brooks schreven 2.5 pagina’s. Klaar.')).toEqual([
      'Dit zit o.a. in vlees, bijv. Rundvlees.',
      'Dr. Jansen en B.R. Brooks schreven 2.5 pagina’s.',
      'Klaar.',
    ]);
  });

  it('keeps a sentence that ends in a lower-case word together with what follows', () => {
    expect(splitSentences('Zie fig. en tabel. Daarna volgt meer.')).toEqual(['Zie fig. en tabel.', 'Daarna volgt meer.']);
  });
});

describe('splitLongSentence', () => {
  it('leaves a short sentence whole', () => {
    expect(splitLongSentence('Een korte zin.', 220)).toEqual(['Een korte zin.']);
  });

  it('breaks a long sentence at its clauses, never beyond the limit, keeping every word', () => {
    const clause = 'een bijzin van een zekere lengte met genoeg woorden erin';
    const sentence = `Dit is ${Array.from({ length: 12 }, () => clause).join(', ')}.`;
    const pieces = splitLongSentence(sentence, 220);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(220);
    expect(pieces.every((piece, index) => index === pieces.length - 1 || piece.endsWith(','))).toBe(true);
    expect(pieces.join(' ')).toBe(sentence);
  });

  it('breaks between words where a sentence has no clauses', () => {
    const sentence = Array.from({ length: 80 }, (_, index) => `woord${index}`).join(' ');
    const pieces = splitLongSentence(sentence, 100);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(100);
    expect(pieces.join(' ')).toBe(sentence);
  });
});

describe('spokenPieces', () => {
  it('says citations in words after a pause, and shows the text without them', () => {
    const pieces = spokenPieces(
      'Dit kan verhoogd zijn <cite>2-4</cite>, en vitamine B12 speelt een rol <cite>1</cite>. Er was geen verschil <cite>2</cite>.',
      dutchCitations,
    );
    expect(pieces).toEqual([
      {
        spoken: 'Dit kan verhoogd zijn, bronnen 2 tot en met 4, en vitamine B12 speelt een rol, bron 1.',
        shown: 'Dit kan verhoogd zijn, en vitamine B12 speelt een rol.',
      },
      { spoken: 'Er was geen verschil, bron 2.', shown: 'Er was geen verschil.' },
    ]);
  });

  it('never says brackets, dashes or markup', () => {
    const spoken = spokenPieces('Zie <em>dit</em> <cite>5–7</cite>. <link>Lees meer op thuisarts.nl</link>', dutchCitations)
      .map((piece) => piece.spoken)
      .join(' ');
    expect(spoken).toBe('Zie dit, bronnen 5 tot en met 7. Lees meer op thuisarts.nl');
    expect(spoken).not.toMatch(/[[\]<>–]/);
  });

  it('says the words of a citation it cannot read as numbers, as the page shows them', () => {
    expect(spokenPieces('Onzeker <cite>zie boven</cite>.', dutchCitations)).toEqual([{ spoken: 'Onzeker zie boven.', shown: 'Onzeker zie boven.' }]);
  });

  it('keeps a citation with its sentence when a long sentence is broken up', () => {
    const long = `${'Een lange opsomming van bevindingen, '.repeat(8)}en nog meer <cite>2-4</cite>, en dan het einde.`;
    const pieces = spokenPieces(long, dutchCitations, 120);
    for (const piece of pieces) {
      expect(piece.spoken.length).toBeLessThanOrEqual(120);
      expect(piece.spoken).not.toMatch(/^,/);
    }
    expect(pieces.map((piece) => piece.spoken).join(' ')).toContain('en nog meer, bronnen 2 tot en met 4, en dan het einde.');
  });
});
