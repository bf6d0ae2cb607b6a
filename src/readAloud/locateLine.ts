import type { Line } from './articleScript';

/**
 * The page's text without its whitespace, and for each of its characters the text node and offset it
 * came from. Whitespace is left out because the page wraps and spaces text its own way; citations'
 * buttons and words only for screen readers are left out because a line's shown text has neither.
 */
interface TextIndex {
  text: string;
  nodes: Text[];
  offsets: number[];
}

function isSkipped(element: Element | null, root: Element): boolean {
  for (let current = element; current && current !== root; current = current.parentElement) {
    if (current.matches('button, svg, [aria-hidden="true"], [hidden], .visually-hidden')) return true;
  }
  return false;
}

function indexText(root: Element): TextIndex {
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const characters: string[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (isSkipped(node.parentElement, root)) continue;
    const value = node.data;
    for (let offset = 0; offset < value.length; offset += 1) {
      const character = value.charAt(offset);
      if (/\s/.test(character)) continue;
      characters.push(character);
      index.nodes.push(node);
      index.offsets.push(offset);
    }
  }
  index.text = characters.join('');
  return index;
}

/** Where in the index an element's text begins: the first indexed character inside it or after it. */
function startOf(index: TextIndex, element: Element): number {
  const at = index.nodes.findIndex((node) => element.contains(node) || Boolean(element.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
  return at === -1 ? index.text.length : at;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * The range of the page's text that `lines[target]` shows, found by reading the lines of its
 * section in order from the section's start, so that words that occur twice are found in the right
 * place. Null when the page does not show it (a line only spoken, or text the page changed).
 */
export function locateLine(root: Element, lines: readonly Line[], target: number): Range | null {
  const line = lines[target];
  if (!line) return null;
  const index = indexText(root);
  const sectionElement = line.section === null ? null : root.querySelector(`[data-section="${CSS.escape(line.section)}"]`);
  let cursor = sectionElement ? startOf(index, sectionElement) : 0;
  for (let position = 0; position <= target; position += 1) {
    const candidate = lines[position];
    if (!candidate || candidate.section !== line.section) continue;
    const needle = compact(candidate.shown);
    if (!needle) continue;
    const found = index.text.indexOf(needle, cursor);
    if (found === -1) {
      if (position === target) return null;
      continue;
    }
    cursor = found + needle.length;
    if (position === target) {
      const range = document.createRange();
      const last = found + needle.length - 1;
      range.setStart(index.nodes[found] as Text, index.offsets[found] ?? 0);
      range.setEnd(index.nodes[last] as Text, (index.offsets[last] ?? 0) + 1);
      return range;
    }
  }
  return null;
}
