import { useId, useLayoutEffect, useRef, type ComponentType, type HTMLAttributes, type MouseEvent, type RefObject } from 'react';
import {
  FloatingFocusManager,
  useDismiss,
  useFloating,
  useInteractions,
  useMergeRefs,
  type FloatingContext,
  type UseFloatingOptions,
} from '@floating-ui/react';
import { useTranslation } from 'react-i18next';
import type { Reference } from '@/collection/article';
import { useArticle } from '@/collection/ArticleContext';

export interface CitationDialogProps {
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

/** One source as the dialog shows it. */
export interface ReferenceEntryProps {
  reference: Reference;
  /** Called before the reader is taken to the reference list. */
  onLeave: (event: MouseEvent) => void;
}

/**
 * Floating UI for a citation's dialog, open while it is mounted, placed by `placement` (the popover's
 * position; nothing for the sheet, which CSS fixes to the bottom edge), and closed by Escape or a
 * press outside.
 */
export function useCitationFloating(anchor: HTMLButtonElement, onClose: () => void, placement: Partial<UseFloatingOptions> = {}) {
  const { floatingStyles, context } = useFloating({
    ...placement,
    open: true,
    onOpenChange: (open) => {
      if (!open) onClose();
    },
    elements: { reference: anchor },
  });
  const { getFloatingProps } = useInteractions([useDismiss(context)]);
  return { floatingStyles, context, getFloatingProps };
}

interface CitationDialogFrameProps extends Pick<CitationDialogProps, 'id' | 'anchor' | 'label' | 'numbers' | 'moveFocus' | 'onClose' | 'onMounted'> {
  context: FloatingContext;
  /** For a caller that measures the dialog. */
  dialogRef?: RefObject<HTMLElement | null>;
  /** The dialog element's own attributes: its class, position and Floating UI's handlers. */
  dialogProps: HTMLAttributes<HTMLElement> & { 'data-brief'?: string };
  /** Class names for the parts, from the popover's or the sheet's stylesheet. */
  classes: Partial<Record<'header' | 'title' | 'close' | 'list' | 'item', string>>;
  ReferenceEntry: ComponentType<ReferenceEntryProps>;
}

/**
 * What the popover and the sheet share: a non-modal dialog named by its citation, with a close button
 * and the citation's sources, that takes focus when opened by the reader and gives it back on close.
 */
export function CitationDialogFrame(props: CitationDialogFrameProps) {
  const { context, dialogRef, id, anchor, label, numbers, moveFocus, onClose, onMounted, dialogProps, classes, ReferenceEntry } = props;
  const { t } = useTranslation();
  const { references } = useArticle();
  const titleId = useId();
  const setDialog = useMergeRefs([context.refs.setFloating, dialogRef]);
  // Cleared when the reader follows a link out of the dialog, so focus goes where the link leads.
  const returnFocusTo = useRef<HTMLElement | null>(anchor);
  const leaveForReferenceList = () => {
    returnFocusTo.current = null;
  };

  useLayoutEffect(() => {
    onMounted(true);
    return () => onMounted(false);
  }, [onMounted]);

  return (
    <FloatingFocusManager
      context={context}
      modal={false}
      initialFocus={moveFocus ? context.refs.floating : -1}
      returnFocus={moveFocus ? returnFocusTo : false}
    >
      <span ref={setDialog} id={id} role="dialog" aria-labelledby={titleId} tabIndex={-1} {...dialogProps}>
        <span className={classes.header}>
          <span id={titleId} className={classes.title}>
            {label}
          </span>
          <button type="button" className={classes.close} onClick={onClose} aria-label={t('citation.close')}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="m3 3 10 10M13 3 3 13" stroke="currentColor" strokeWidth="2" />
            </svg>
          </button>
        </span>
        <span role="list" className={classes.list}>
          {numbers.map((number) => {
            const reference = references.find((candidate) => candidate.n === number);
            return reference ? (
              <span role="listitem" key={number} className={classes.item}>
                <ReferenceEntry reference={reference} onLeave={leaveForReferenceList} />
              </span>
            ) : null;
          })}
        </span>
      </span>
    </FloatingFocusManager>
  );
}
