/**
 * From this width up a citation's sources open beside the text; below it there is no room beside the
 * text, and they open as a sheet from the bottom edge. Keep in step with the gutter in tokens.css.
 */
export const besideTheTextQuery = '(min-width: 40rem)';

export function hasRoomBesideText(): boolean {
  return window.matchMedia(besideTheTextQuery).matches;
}
