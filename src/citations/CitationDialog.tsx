import type { CitationDialogProps } from './CitationDialogFrame';
import { CitationPopover } from './CitationPopover';
import { CitationSheet } from './CitationSheet';
import { useHasRoomBesideText } from './useHasRoomBesideText';

/**
 * The sources behind one citation: beside the text where there is room, else in a sheet from the
 * bottom edge. Loaded on first use, with Floating UI.
 */
export default function CitationDialog(props: CitationDialogProps) {
  return useHasRoomBesideText() ? <CitationPopover {...props} /> : <CitationSheet {...props} />;
}
