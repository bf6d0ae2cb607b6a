import { describe, expect, it } from 'vitest';
import { inlineDrawing } from '../../scripts/collection/inlineDrawing.js';

const svg = (body: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" width="10" height="10"${attributes}>${body}</svg>`;

describe('a small SVG drawing inside the page', () => {
  it('is hidden from assistive technology, which the figure names, and sized by the page', () => {
    const markup = inlineDrawing(svg('<path d="M0 0h10v10H0z" fill="teal"/>'), 'drawing');
    expect(markup).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(markup).toContain('viewBox="0 0 10 10"');
    expect(markup).not.toMatch(/\s(width|height)=/);
  });

  it('gets ids no other drawing on the page can share, and its references follow them', () => {
    const markup = inlineDrawing(
      svg('<defs><linearGradient id="shade"><stop offset="0" stop-color="teal"/></linearGradient></defs><path d="M0 0h10v10H0z" fill="url(#shade)"/><path d="M0 0h5v5H0z" fill="url(#shade)"/>'),
      'an-article-syringe',
    );
    const [id] = markup?.match(/id="([^"]+)"/)?.slice(1) ?? [];
    expect(id).toMatch(/^an-article-syringe/);
    expect(markup).toContain(`fill="url(#${id})"`);
  });

  it('turns a style attribute into presentation attributes, which the page policy allows', () => {
    const markup = inlineDrawing(svg('<path d="M0 0h10v10H0z" style="fill:teal;stroke:navy"/>'), 'drawing');
    expect(markup).not.toContain('style=');
    expect(markup).toMatch(/fill="teal"/);
  });

  it.each([
    ['a stylesheet, which would style the whole page', '<style>path { fill: red }</style><path d="M0 0h10v10H0z"/>'],
    ['a script', '<script>alert(1)</script>'],
    ['an event handler', '<path d="M0 0h10v10H0z" onclick="alert(1)"/>'],
    ['a link, which would join the page’s tab order', '<a href="https://example.org/"><path d="M0 0h10v10H0z"/></a>'],
    ['an outside image', '<image href="https://example.org/photo.png" width="10" height="10"/>'],
    ['an outside reference', '<use xlink:href="other.svg#part"/>'],
    ['an outside paint', '<path d="M0 0h10v10H0z" fill="url(other.svg#shade)"/>'],
    ['a foreign object', '<foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">text</p></foreignObject>'],
    ['a style that has no presentation attribute', '<path d="M0 0h10v10H0z" style="fill:teal;mix-blend-mode:multiply"/>'],
  ])('stays an image when it has %s', (_, body) => {
    expect(inlineDrawing(svg(body), 'drawing')).toBeUndefined();
  });

  it('stays an image when svgo cannot read it, as a browser may still draw it', () => {
    expect(inlineDrawing('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h10v10H0z"></svg>', 'drawing')).toBeUndefined();
  });
});
