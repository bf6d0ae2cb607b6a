/**
 * Splits text into what one utterance says: a sentence, or a piece of a long one. Chrome's voices
 * stop after about 15 seconds of speech, so no piece is longer than `maxLength` characters.
 */

/** About ten seconds of speech at the normal rate, well inside Chrome's limit. */
export const defaultMaxLength = 220;

// Words a full stop belongs to, where the sentence goes on ("bijv. de huisarts", "Dr. Jansen").
const abbreviations = new Set(['bijv', 'bv', 'dr', 'drs', 'prof', 'mr', 'mrs', 'ms', 'nr', 'vs', 'st', 'ca', 'etc', 'jr', 'sr', 'no', 'fig']);

function endsWithAbbreviation(textBefore: string): boolean {
  const lastWord = /(\S+)$/.exec(textBefore)?.[1] ?? '';
  const word = lastWord.replace(/^[("'‘“[]+/, '').replace(/\.$/, '');
  // "o.a.", "e.g." and initials such as "B." or "R.A." never end a sentence.
  return abbreviations.has(word.toLowerCase()) || word.includes('.') || /^\p{L}$/u.test(word);
}

/** Sentence ends: . ! ? or … (with any closing quote or bracket), then space, then a new sentence. */
const sentenceEnd = /[.!?…]+["'’”)\]]*\s+(?=["'‘“([]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    const candidate = text.slice(start, match.index + match[0].trimEnd().length);
    if (match[0].startsWith('.') && match[0].trim() === '.' && endsWithAbbreviation(text.slice(start, match.index + 1))) continue;
    if (candidate.trim()) sentences.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The best place to break `text` before `limit`: after a clause, else between words. */
function breakPoint(text: string, limit: number, canBreakBefore: (index: number) => boolean): number {
  const window = text.slice(0, limit + 1);
  const minimum = Math.floor(limit * 0.4);
  for (const pattern of [/[;:]\s/g, /[,–—]\s/g, /\s(?=(?:en|maar|of|omdat|want|and|but|or|because|which|waardoor|waarna)\s)/g]) {
    let best = -1;
    for (const match of window.matchAll(pattern)) {
      const at = match.index + match[0].length;
      if (at >= minimum && at <= limit && canBreakBefore(at)) best = at;
    }
    if (best > 0) return best;
  }
  for (let at = limit; at > 0; at -= 1) {
    if (/\s/.test(text.charAt(at - 1)) && canBreakBefore(at)) return at;
  }
  return limit;
}

/**
 * Cuts one sentence into pieces whose measured length is at most `maxLength`. `measure` gives the
 * length a piece will have once spoken (citations read as words are longer than their mark), and
 * `canBreakBefore` keeps a break from separating a word from what belongs to it.
 */
export function splitLongSentence(
  sentence: string,
  maxLength: number,
  measure: (piece: string) => number = (piece) => piece.length,
  canBreakBefore: (text: string, index: number) => boolean = () => true,
): string[] {
  const pieces: string[] = [];
  let rest = sentence.trim();
  while (measure(rest) > maxLength) {
    // Shrink the limit until the measured piece fits: marks may grow when spoken.
    let limit = Math.min(rest.length - 1, maxLength);
    let at = breakPoint(rest, limit, (index) => canBreakBefore(rest, index));
    while (measure(rest.slice(0, at)) > maxLength && limit > 20) {
      limit -= 10;
      at = breakPoint(rest, limit, (index) => canBreakBefore(rest, index));
    }
    const piece = rest.slice(0, at).trim();
    if (!piece) break;
    pieces.push(piece);
    rest = rest.slice(at).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
