import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import type { Article } from '@/collection/article';
import { useArticleText } from '@/collection/useArticleText';
import { articleScript, firstLineOf } from './articleScript';
import { clearHighlight, highlightRange } from './highlightLine';
import { locateLine } from './locateLine';
import { PlayerControls } from './PlayerControls';
import { endReading, type ReadingRequest } from './readingRequest';
import { scriptWords } from './scriptWords';
import { savedSpeed, savedVoice, saveSpeed, saveVoice, type Speed } from './readAloudSettings';
import { createSpeaker, type SpeakerState } from './speaker';
import { useVoices } from './useVoices';
import { chooseVoice, voicesToOffer } from './voices';
import styles from './ReadAloudPlayer.module.css';

export interface ReadAloudPlayerProps {
  request: ReadingRequest;
  /** The article's element on the page, where the sentence being read is highlighted. */
  article: RefObject<Element | null>;
  /** Where focus goes when the player closes, if what had it before is gone (or a tap gave it none). */
  fallbackFocus: RefObject<HTMLElement | null>;
}

function holdsReferenceList(article: Article, section: string | null): boolean {
  return article.sections.some((candidate) => candidate.id === section && candidate.blocks.some((block) => block.type === 'referenceList'));
}

/** Keeps whatever takes focus, or is fixed to the bottom, clear of the player (WCAG 2.4.11). */
function useClearOfFocus(player: HTMLElement | null) {
  useEffect(() => {
    if (!player) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('scroll-padding-bottom', `${player.offsetHeight + 8}px`);
      // Whatever else is fixed at the bottom of the screen (back to top) moves up above the player.
      root.style.setProperty('--bottom-bar-height', `${player.offsetHeight}px`);
    });
    observer.observe(player);
    // The browser scrolls a focused control into view, but not always out from under the player.
    const uncover = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || player.contains(event.target)) return;
      // A dialog (the citation sheet) places itself above the player; scrolling would move its citation.
      if (event.target.closest('[role="dialog"]')) return;
      const hidden = event.target.getBoundingClientRect().bottom - player.getBoundingClientRect().top;
      if (hidden > 0) window.scrollBy({ top: hidden + 8, behavior: 'instant' });
    };
    document.addEventListener('focusin', uncover);
    return () => {
      document.removeEventListener('focusin', uncover);
      observer.disconnect();
      root.style.removeProperty('scroll-padding-bottom');
      root.style.removeProperty('--bottom-bar-height');
    };
  }, [player]);
}

/** The read-aloud player: reads the article in the page's language and shows the sentence it reads. */
export default function ReadAloudPlayer({ request, article: articleElement, fallbackFocus }: ReadAloudPlayerProps) {
  const { t, i18n } = useTranslation();
  const article = useArticle();
  const text = useArticleText();
  const language = i18n.language;
  const locale = t('language.formattingLocale');
  const { status: voicesStatus, voices } = useVoices(locale);
  const [speed, setSpeed] = useState<Speed>(savedSpeed);
  const [voiceURI, setVoiceURI] = useState(() => savedVoice(language));
  const [withReferences, setWithReferences] = useState(() => holdsReferenceList(article, request.section));
  // 'waiting' until the browser's voices are there: the reader pressed play, so it shows as playing.
  const [state, setState] = useState<SpeakerState | { status: 'waiting'; current: 0; speaking: null }>({
    status: 'waiting',
    current: 0,
    speaking: null,
  });
  const [speaker] = useState(() =>
    createSpeaker({
      synthesis: window.speechSynthesis,
      createUtterance: (words) => new SpeechSynthesisUtterance(words),
      onChange: setState,
    }),
  );
  const [player, setPlayer] = useState<HTMLElement | null>(null);
  const started = useRef(false);
  const [firstControl, setFirstControl] = useState<HTMLButtonElement | null>(null);

  const lines = useMemo(
    () => articleScript(article, scriptWords(t, text), withReferences),
    // text and t change with the language, and a new language closes the player.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [article, withReferences, language],
  );
  const voice = chooseVoice(voices, locale, voiceURI);
  const voicing = { voice, lang: voice?.lang ?? locale, rate: speed };

  useClearOfFocus(player);
  // The reader asked to listen: the control they need next, pause, is where focus goes.
  const focused = useRef(false);
  useEffect(() => {
    if (!firstControl || focused.current) return;
    focused.current = true;
    firstControl.focus();
  }, [firstControl]);

  // Nothing plays by itself: this runs once, for the reader's own press, as soon as a voice is there.
  useEffect(() => {
    if (voicesStatus !== 'ready' || started.current) return;
    started.current = true;
    speaker.play(
      lines.map((line) => line.spoken),
      firstLineOf(lines, request.section),
      voicing,
    );
  });

  // Leaving the page (closing the tab, following a link away) stops the voice, which would go on.
  useEffect(() => {
    const leave = () => speaker.stop();
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      speaker.stop();
      clearHighlight();
    };
  }, [speaker]);

  useEffect(() => {
    if (state.speaking === null || !articleElement.current) return clearHighlight();
    const range = locateLine(articleElement.current, lines, state.speaking);
    if (range) highlightRange(range, player?.getBoundingClientRect().top ?? window.innerHeight);
    else clearHighlight();
  }, [state.speaking, lines, articleElement, player]);

  const stop = () => {
    speaker.stop();
    const returnTo = request.returnFocusTo?.isConnected ? request.returnFocusTo : fallbackFocus.current;
    endReading();
    returnTo?.focus();
  };

  return createPortal(
    <section ref={setPlayer} className={styles.player} aria-label={t('readAloud.player')} lang={language}>
      <PlayerControls
        firstControl={setFirstControl}
        playing={state.status === 'playing' || state.status === 'waiting'}
        onPlayPause={() => {
          if (state.status === 'waiting') return;
          if (state.status === 'playing') speaker.pause();
          else speaker.resume();
        }}
        onPrevious={() => speaker.moveTo(state.current - 1)}
        onNext={() => speaker.moveTo(state.current + 1)}
        onStop={stop}
        speed={speed}
        onSpeed={(next) => {
          setSpeed(next);
          saveSpeed(next);
          speaker.revoice({ ...voicing, rate: next });
        }}
        voices={voicesToOffer(voices, voice)}
        voiceURI={voice?.voiceURI}
        onVoice={(nextURI) => {
          const next = voices.find((candidate) => candidate.voiceURI === nextURI) ?? null;
          if (!next) return;
          setVoiceURI(next.voiceURI);
          saveVoice(language, next.voiceURI);
          speaker.revoice({ ...voicing, voice: next, lang: next.lang });
        }}
        withReferences={withReferences}
        onWithReferences={(next) => {
          const currentLine = lines[state.current];
          const nextLines = articleScript(article, scriptWords(t, text), next);
          const place = nextLines.findIndex((line) => line.spoken === currentLine?.spoken && line.section === currentLine.section);
          speaker.replaceLines(
            nextLines.map((line) => line.spoken),
            place === -1 ? 0 : place,
          );
          setWithReferences(next);
        }}
      />
    </section>,
    document.body,
  );
}
