import { useLayoutEffect, useRef, useState } from 'react';
import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';
import { CitationDialogFrame, useCitationFloating, type CitationDialogProps, type ReferenceEntryProps } from './CitationDialogFrame';
import { scrollToKeepAbove } from './sheetPlacement';
import { SheetReference } from './SheetReference';
import styles from './CitationSheet.module.css';

// Air between the citation and the edges of the space it is shown in.
const citationMargin = 12;

const WholeEntry = (props: ReferenceEntryProps) => <SheetReference {...props} brief={false} />;
const BriefEntry = (props: ReferenceEntryProps) => <SheetReference {...props} brief />;

/**
 * The sources behind one citation on a narrow screen: a non-modal dialog that rises from the bottom
 * edge, as tall as it needs up to 70% of the screen, with the citing sentence still in view above it.
 */
export function CitationSheet(props: CitationDialogProps) {
  const { anchor, onClose } = props;
  // Whole entries first; if they do not all fit, brief ones that each show at least who and what.
  const [brief, setBrief] = useState(false);
  const sheetRef = useRef<HTMLElement | null>(null);
  const { context, getFloatingProps } = useCitationFloating(anchor, onClose);

  // Before the first paint: choose the entries that fit, then bring the citation into view above.
  useLayoutEffect(() => {
    const sheet = sheetRef.current;
    if (!sheet) return;
    if (!brief && sheet.scrollHeight > sheet.clientHeight) {
      setBrief(true);
      return;
    }
    // Where the sheet will stand once it has slid in, whatever its animation shows now.
    const sheetTop = window.innerHeight - sheet.offsetHeight;
    const { top, bottom } = anchor.getBoundingClientRect();
    const distance = scrollToKeepAbove({ top, bottom }, { top: stickyHeaderBottom(), bottom: sheetTop }, citationMargin);
    if (distance !== 0) window.scrollBy({ top: distance });
  }, [brief, anchor]);

  return (
    <CitationDialogFrame
      {...props}
      context={context}
      dialogRef={sheetRef}
      dialogProps={{ className: styles.sheet, 'data-brief': brief ? '' : undefined, ...getFloatingProps() }}
      classes={styles}
      ReferenceEntry={brief ? BriefEntry : WholeEntry}
    />
  );
}
