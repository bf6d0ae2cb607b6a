import { describe, expect, it } from 'vitest';
import { inlineDrawing } from '../../scripts/collection/inlineDrawing.js';

const svg = (body: string, after = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" width="10" height="10">${body}</svg>${after}`;
const square = '<path d="M0 0h10v10H0z" fill="teal"/>';

/** The markup, failing the test with the reasons when the drawing stayed an image. */
function markupOf(drawing: string, idPrefix = 'drawing') {
  const result = inlineDrawing(drawing, idPrefix);
  if (!('markup' in result)) throw new Error(`stayed an image: ${result.problems.join('; ')}`);
  return result.markup;
}

describe('a small SVG drawing inside the page', () => {
  it('is hidden from assistive technology, which the figure names, and sized by the page', () => {
    const markup = markupOf(svg(square));
    expect(markup).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(markup).toContain('viewBox="0 0 10 10"');
    expect(markup).not.toMatch(/\s(width|height)=/);
  });

  it('loses its own title and description, which would show untranslated beside the figure’s own', () => {
    const markup = markupOf(svg(`<title>Spuit</title><desc>Een tekening van een spuit</desc>${square}`));
    expect(markup).not.toMatch(/title|desc|Spuit/i);
  });

  it('gets ids no other drawing on the page can share, and its references follow them', () => {
    const markup = markupOf(
      svg('<defs><linearGradient id="shade"><stop offset="0" stop-color="teal"/></linearGradient></defs><path d="M0 0h10v10H0z" fill="url(#shade)"/><path d="M0 0h5v5H0z" fill="url(#shade)"/>'),
      'an-article-syringe',
    );
    const [id] = markup.match(/id="([^"]+)"/)?.slice(1) ?? [];
    expect(id).toMatch(/^an-article-syringe/);
    expect(markup).toContain(`fill="url(#${id})"`);
  });

  it('turns a style attribute into presentation attributes, which the page policy allows', () => {
    const markup = markupOf(svg('<path d="M0 0h10v10H0z" style="fill:teal;stroke:navy"/>'));
    expect(markup).not.toContain('style=');
    expect(markup).toMatch(/fill="teal"/);
  });

  it.each([
    ['a stylesheet, which would style the whole page', svg(`<style>path { fill: red }</style>${square}`), /<style>/],
    ['a script', svg(`<script>alert(1)</script>${square}`), /<script>/],
    ['an event handler', svg('<path d="M0 0h10v10H0z" onclick="alert(1)"/>'), /event handler \(onclick\)/],
    ['a link, which would join the page’s tab order', svg(`<a href="#top">${square}</a>`), /<a>/],
    ['an outside image', svg('<image href="photo.png" width="10" height="10"/>'), /<image>/],
    ['an outside reference', svg('<use xlink:href="other.svg#part"/>'), /xlink:href="other\.svg#part"/],
    ['a reference to a data: address', svg('<use href="data:image/svg+xml,%3Csvg/%3E"/>'), /outside the drawing \(href=/],
    ['an outside paint', svg('<path d="M0 0h10v10H0z" fill="url(other.svg#shade)"/>'), /outside the drawing \(fill=/],
    ['an outside cursor, however it spells url()', svg('<path d="M0 0h10v10H0z" cursor="URL(https://example.org/c.png), auto"/>'), /outside the drawing \(cursor=/],
    ['an animation that could set a reference', svg(`<use href="#a"><set attributeName="href" to="https://example.org/p.png"/></use>${square}`), /<set>/],
    ['a foreign object', svg('<foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">text</p></foreignObject>'), /<foreignObject>/],
    ['an HTML element the page would take out of the drawing', svg(`<font color="red"/>${square}`), /<font>/],
    ['a style with no presentation attribute', svg('<path d="M0 0h10v10H0z" style="fill:teal;mix-blend-mode:multiply"/>'), /style attribute/],
    ['markup after the drawing, which would land in the page', svg(square, '<meta http-equiv="refresh" content="0;url=https://example.org/"/>'), /beside its one <svg>/],
    ['an upper-case link after the drawing', svg(square, '<A HREF="https://example.org/"/>'), /beside its one <svg>/],
  ])('stays an image when it has %s, and says why', (_, drawing, why) => {
    const result = inlineDrawing(drawing, 'drawing');
    expect(result).not.toHaveProperty('markup');
    expect('problems' in result ? result.problems.join('; ') : '').toMatch(why);
  });

  it('stays an image when svgo cannot read it, as a browser may still draw it', () => {
    expect(inlineDrawing('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h10v10H0z"></svg>', 'drawing')).toEqual({
      problems: [expect.stringMatching(/^markup svgo cannot read/)],
    });
  });
});
