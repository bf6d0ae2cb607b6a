import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useOpenCitation } from './OpenCitation';
import { parseCitation } from './parseCitation';
import { referenceAnchor } from './citationPlaces';
import { entriesInView } from './entriesInView';
import { flashHighlight } from '@/layout/flashHighlight';
import { hasRoomBesideText } from './narrowScreen';
import styles from './Citation.module.css';

// Floating UI is not needed for first paint: it arrives when a reader first reaches for a citation.
// Not React.lazy: React shows what suspends on its first render 300 ms at the earliest after it
// suspended, however soon its code arrives, and that made the first citation a reader opened take
// half a second on a slow phone. So a citation opens only once the code is here, and never suspends.
let CitationDialog: typeof import('./CitationDialog').default | undefined;
const loadPopover = () =>
  import('./CitationDialog').then((module) => {
    CitationDialog = module.default;
  });
// Ahead of a press, as the reader reaches for a citation; should it fail, the press has its own answer.
const fetchPopoverEarly = () => void loadPopover().catch(() => undefined);

const hoverOpenDelayMs = 400;
const hoverCloseDelayMs = 300;

function textOf(children: ReactNode): string {
  return Array.isArray(children) ? children.join('') : String(children ?? '');
}

// A sheet rising from the bottom edge is too big a change for a mouse merely passing by.
function canHover(): boolean {
  return window.matchMedia('(hover: hover) and (pointer: fine)').matches && hasRoomBesideText();
}

export interface CitationProps {
  /** Language-neutral id of this place in the text, which backlinks lead to. */
  placeId: string;
  /** The text inside <cite>…</cite>: "6" or "2-4". */
  children?: ReactNode;
}

/**
 * An inline citation such as [2–4]: a button that opens the cited sources beside it. Click, tap,
 * Enter and Space open it; a mouse resting on it opens it too, as an extra.
 */
export function Citation({ placeId, children }: CitationProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { openPlace, setOpenPlace } = useOpenCitation();
  // Taken from the event that opens the dialog, not from a ref callback: state set while React commits
  // the page it has just hydrated re-renders at once, in the same long task, on every citation.
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const popoverId = useId();
  const [openedByHover, setOpenedByHover] = useState(false);
  const [popoverMounted, setPopoverMounted] = useState(false);
  const hoverTimer = useRef(0);
  // The open still waiting for the dialog's code, if any: a newer one takes its place.
  const waitingOpen = useRef<{ byHover: boolean } | null>(null);
  // Open only with the button to place it by, which a press on this citation gives.
  const open = openPlace === placeId && button !== null;

  useEffect(
    () => () => {
      window.clearTimeout(hoverTimer.current);
      waitingOpen.current = null;
    },
    [],
  );

  const numbers = parseCitation(textOf(children));
  const first = numbers?.[0];
  const last = numbers?.at(-1);
  if (!numbers || first === undefined || last === undefined) return <>{children}</>;

  const label = first === last ? t('citation.single', { number: first }) : t('citation.range', { first, last });
  const close = () => setOpenPlace(null);

  /**
   * Shows the dialog at the button: at once if its code is here, else when it comes, unless the
   * reader has moved on by then (away with the mouse, on with the keyboard, to another page).
   */
  const openOnceLoaded = (target: HTMLButtonElement, byHover: boolean, withoutCode: () => void) => {
    const show = () => {
      setOpenedByHover(byHover);
      setButton(target);
      setOpenPlace(placeId);
    };
    if (CitationDialog) return show();
    const request = { byHover };
    waitingOpen.current = request;
    const path = window.location.pathname;
    const ifStillWanted = (then: () => void) => () => {
      if (waitingOpen.current !== request || window.location.pathname !== path) return;
      waitingOpen.current = null;
      then();
    };
    loadPopover().then(ifStillWanted(show), ifStillWanted(withoutCode));
  };
  /** Calls off an open still waiting for the code, of the kind the reader has just left behind. */
  const callOffWaitingOpen = (byHover: boolean) => {
    if (waitingOpen.current?.byHover === byHover) waitingOpen.current = null;
  };

  const activate = (target: HTMLButtonElement, byKeyboard: boolean) => {
    window.clearTimeout(hoverTimer.current);
    if (open && openedByHover) {
      // A click on a citation the mouse already opened keeps it open: never open-then-close.
      setOpenedByHover(false);
      return;
    }
    if (open) return close();
    // Where every cited source is already on screen, pointing at it reads better than a copy.
    const visibleEntries = byKeyboard ? null : entriesInView(numbers.map(referenceAnchor));
    if (visibleEntries) return visibleEntries.forEach(flashHighlight);
    // Without its code (offline, before the site was saved), the sources are still in the list below.
    openOnceLoaded(target, false, () => void navigate({ hash: `#${referenceAnchor(first)}` }));
  };

  const hoverIn = (target: HTMLButtonElement) => {
    window.clearTimeout(hoverTimer.current);
    if (open) return;
    hoverTimer.current = window.setTimeout(() => {
      // A press already waiting for the code stays the reader's choice.
      if (waitingOpen.current?.byHover === false) return;
      // A mouse merely resting on it goes nowhere without the code; a click takes the reader to the list.
      openOnceLoaded(target, true, () => undefined);
    }, hoverOpenDelayMs);
  };
  const hoverOut = () => {
    window.clearTimeout(hoverTimer.current);
    callOffWaitingOpen(true);
    if (open && openedByHover) hoverTimer.current = window.setTimeout(close, hoverCloseDelayMs);
  };

  return (
    <>
      <button
        id={placeId}
        type="button"
        className={styles.citation}
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open && popoverMounted ? popoverId : undefined}
        // A keyboard's Enter or Space arrives as a click with no pointer detail.
        onClick={(event) => activate(event.currentTarget, event.detail === 0)}
        onFocus={fetchPopoverEarly}
        onBlur={() => callOffWaitingOpen(false)}
        onPointerEnter={(event) => {
          fetchPopoverEarly();
          if (event.pointerType === 'mouse' && canHover()) hoverIn(event.currentTarget);
        }}
        onPointerLeave={(event) => {
          if (event.pointerType === 'mouse') hoverOut();
        }}
      >
        [{first === last ? first : `${first}–${last}`}]
      </button>
      {open && button && CitationDialog ? (
        <CitationDialog
          id={popoverId}
          anchor={button}
          label={label}
          numbers={numbers}
          moveFocus={!openedByHover}
          onClose={close}
          onMounted={setPopoverMounted}
          onPointerEnter={() => window.clearTimeout(hoverTimer.current)}
          onPointerLeave={hoverOut}
        />
      ) : null}
    </>
  );
}
