import { useId, useLayoutEffect, useRef } from 'react';
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  offset,
  shift,
  size,
  useDismiss,
  useFloating,
  useInteractions,
} from '@floating-ui/react';
import { useTranslation } from 'react-i18next';
import { useArticle } from '@/collection/ArticleContext';
import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';
import { ReferenceSummary } from './ReferenceSummary';
import styles from './CitationPopover.module.css';

const edgeGap = 8;

export interface CitationPopoverProps {
  id: string;
  anchor: HTMLButtonElement;
  label: string;
  numbers: readonly number[];
  /** Opened by click, tap or keyboard: focus moves in, and back to the citation on close. */
  moveFocus: boolean;
  onClose: () => void;
  onMounted: (mounted: boolean) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** The sources behind one citation, in a non-modal dialog beside it, where there is room for it. */
export function CitationPopover(props: CitationPopoverProps) {
  const { id, anchor, label, numbers, moveFocus, onClose, onMounted, onPointerEnter, onPointerLeave } = props;
  const { t } = useTranslation();
  const { references } = useArticle();
  const titleId = useId();
  // Cleared when the reader follows a link out of the popover, so focus goes where the link leads.
  const returnFocusTo = useRef<HTMLElement | null>(anchor);
  const dialog = useRef<HTMLElement | null>(null);

  // The popover never slides under the sticky header.
  const screenEdges = { top: stickyHeaderBottom() + edgeGap, left: edgeGap, right: edgeGap, bottom: edgeGap };
  const { refs, floatingStyles, context } = useFloating({
    open: true,
    onOpenChange: (open) => {
      if (!open) onClose();
    },
    elements: { reference: anchor },
    placement: 'bottom-start',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(edgeGap),
      flip({ padding: screenEdges }),
      shift({ padding: screenEdges }),
      size({
        padding: screenEdges,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.maxWidth = `${Math.min(availableWidth, 448)}px`;
          elements.floating.style.maxHeight = `${Math.max(availableHeight, 160)}px`;
        },
      }),
    ],
  });
  const { getFloatingProps } = useInteractions([useDismiss(context)]);
  const { setFloating } = refs;
  const setDialog = (element: HTMLElement | null) => {
    dialog.current = element;
    setFloating(element);
  };

  useLayoutEffect(() => {
    onMounted(true);
    return () => onMounted(false);
  }, [onMounted]);

  const leaveForReferenceList = () => {
    returnFocusTo.current = null;
  };

  return (
    <FloatingFocusManager
      context={context}
      modal={false}
      initialFocus={moveFocus ? dialog : -1}
      returnFocus={moveFocus ? returnFocusTo : false}
    >
      <span
        ref={setDialog}
        id={id}
        role="dialog"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={styles.popover}
        style={floatingStyles}
        {...getFloatingProps({ onPointerEnter, onPointerLeave })}
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
              <span role="listitem" key={number}>
                <ReferenceSummary reference={reference} onLeave={leaveForReferenceList} />
              </span>
            ) : null;
          })}
        </span>
      </span>
    </FloatingFocusManager>
  );
}
