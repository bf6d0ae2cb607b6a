import { useId, useLayoutEffect, useRef, useState } from 'react';
import { FloatingFocusManager, useDismiss, useFloating, useInteractions } from '@floating-ui/react';
import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';
import type { CitationPopoverProps } from './CitationPopover';
import { scrollToKeepAbove } from './sheetPlacement';
import { SheetReference } from './SheetReference';
import styles from './CitationSheet.module.css';

// Air between the citation and the edges of the space it is shown in.
const citationMargin = 12;

/**
 * The sources behind one citation on a narrow screen: a non-modal dialog that rises from the bottom
 * edge, as tall as it needs up to 70% of the screen, with the citing sentence still in view above it.
 */
export function CitationSheet({ id, anchor, label, numbers, moveFocus, onClose, onMounted }: CitationPopoverProps) {
  const { t } = useTranslation();
  const { references } = useArticle();
  const titleId = useId();
  // Cleared when the reader follows a link out of the sheet, so focus goes where the link leads.
  const returnFocusTo = useRef<HTMLElement | null>(anchor);
  const sheet = useRef<HTMLElement | null>(null);
  // Whole entries first; if they do not all fit, brief ones that each show at least who and what.
  const [brief, setBrief] = useState(false);
  const { refs, context } = useFloating({
    open: true,
    onOpenChange: (open) => {
      if (!open) onClose();
    },
    elements: { reference: anchor },
  });
  const { getFloatingProps } = useInteractions([useDismiss(context)]);
  const { setFloating } = refs;
  const setSheet = (element: HTMLElement | null) => {
    sheet.current = element;
    setFloating(element);
  };

  useLayoutEffect(() => {
    onMounted(true);
    return () => onMounted(false);
  }, [onMounted]);

  // Before the first paint: choose the entries that fit, then bring the citation into view above.
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    if (!brief && element.scrollHeight > element.clientHeight) {
      setBrief(true);
      return;
    }
    // Where the sheet will stand once it has slid in, whatever its animation shows now.
    const sheetTop = window.innerHeight - element.offsetHeight;
    const { top, bottom } = anchor.getBoundingClientRect();
    const distance = scrollToKeepAbove({ top, bottom }, { top: stickyHeaderBottom(), bottom: sheetTop }, citationMargin);
    if (distance !== 0) window.scrollBy({ top: distance });
  }, [brief, anchor]);

  const leaveForReferenceList = () => {
    returnFocusTo.current = null;
  };

  return (
    <FloatingFocusManager
      context={context}
      modal={false}
      initialFocus={moveFocus ? sheet : -1}
      returnFocus={moveFocus ? returnFocusTo : false}
    >
      <span
        ref={setSheet}
        id={id}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={styles.sheet}
        data-brief={brief ? '' : undefined}
        {...getFloatingProps()}
      >
        <span className={styles.header}>
          <span id={titleId} className={styles.title}>
            {label}
          </span>
          <button type="button" className={styles.close} onClick={onClose} aria-label={t('citation.close')}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="m3 3 10 10M13 3 3 13" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        </span>
        <span role="list" className={styles.list}>
          {numbers.map((number) => {
            const reference = references.find((candidate) => candidate.n === number);
            return reference ? (
              <span role="listitem" key={number} className={styles.item}>
                <SheetReference reference={reference} brief={brief} onLeave={leaveForReferenceList} />
              </span>
            ) : null;
          })}
        </span>
      </span>
    </FloatingFocusManager>
  );
}
