/** How far down the sticky header reaches, or 0 where the header scrolls away (short screens). */
export function stickyHeaderBottom(): number {
  const header = document.querySelector('header');
  return header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
}
