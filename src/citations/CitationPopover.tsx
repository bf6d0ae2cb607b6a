import { autoUpdate, flip, offset, shift, size } from '@floating-ui/react';
import { stickyHeaderBottom } from '@/layout/stickyHeaderBottom';
import { CitationDialogFrame, useCitationFloating, type CitationDialogProps } from './CitationDialogFrame';
import { ReferenceSummary } from './ReferenceSummary';
import styles from './CitationPopover.module.css';

const edgeGap = 8;

/** The sources behind one citation, in a non-modal dialog beside it, where there is room for it. */
export function CitationPopover({ onPointerEnter, onPointerLeave, ...props }: CitationDialogProps) {
  // The popover never slides under the sticky header.
  const screenEdges = { top: stickyHeaderBottom() + edgeGap, left: edgeGap, right: edgeGap, bottom: edgeGap };
  const { floatingStyles, context, getFloatingProps } = useCitationFloating(props.anchor, props.onClose, {
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

  return (
    <CitationDialogFrame
      {...props}
      context={context}
      dialogProps={{ className: styles.popover, style: floatingStyles, ...getFloatingProps({ onPointerEnter, onPointerLeave }) }}
      classes={styles}
      ReferenceEntry={ReferenceSummary}
    />
  );
}
