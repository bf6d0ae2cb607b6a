import { describe, expect, it } from 'vitest';
import { classesIn, splitByUse } from '../../scripts/firstPaintStyles.js';

describe('the style rules a page carries for its first paint', () => {
  it('keeps the rules for markup the pages have, and leaves those for what only the app draws', () => {
    const css = 'body{margin:0}.lead{font-weight:500}.popover{border:1px solid}.lead .popover{top:0}';
    expect(splitByUse(css, new Set(['lead']))).toEqual({
      firstPaint: 'body{margin:0}.lead{font-weight:500}',
      later: '.popover{border:1px solid}.lead .popover{top:0}',
    });
  });

  it('keeps each rule in its media query, supports query or layer, in both parts', () => {
    const css = '@layer controls{.button{min-height:44px}.player .button{width:auto}}@media print{.lead{font-size:11pt}.popover{display:none}}@supports (display:grid){.player{display:grid}}';
    expect(splitByUse(css, new Set(['lead', 'button']))).toEqual({
      firstPaint: '@layer controls{.button{min-height:44px}}@media print{.lead{font-size:11pt}}',
      later: '@layer controls{.player .button{width:auto}}@media print{.popover{display:none}}@supports (display:grid){.player{display:grid}}',
    });
  });

  it('keeps an emptied layer in the first part, where it sets the order of the layers', () => {
    const css = '@layer controls{.player{display:grid}}.lead{color:red}';
    expect(splitByUse(css, new Set(['lead'])).firstPaint).toBe('@layer controls{}.lead{color:red}');
  });

  it('keeps a rule whole where any of its selectors can match the pages', () => {
    const css = '.lead,.popover{color:red}';
    expect(splitByUse(css, new Set(['lead']))).toEqual({ firstPaint: '.lead,.popover{color:red}', later: '' });
  });

  it('keeps an emptied layer out of the later part', () => {
    const css = '@layer controls{.button{min-height:44px}}.popover{top:0}';
    expect(splitByUse(css, new Set(['button'])).later).toBe('.popover{top:0}');
  });

  it('keeps a rule whose missing class is one it excludes, which matches without it', () => {
    const css = '.lead:not(.open){color:red}';
    expect(splitByUse(css, new Set(['lead'])).firstPaint).toBe(css);
  });

  it('keeps a rule whose missing class is inside :is() or :has(), on the safe side', () => {
    const css = '.lead:has(.popover){color:red}:is(.lead,.sheet) p{margin:0}';
    expect(splitByUse(css, new Set(['lead']))).toEqual({ firstPaint: css, later: '' });
  });

  it('keeps apart a rule with a selector the build’s browsers would reject, as Vite wrote it', () => {
    // Merged into one list, Safari 16.4 would drop .lead{display:block} with the selector it rejects.
    const css = '.toggle::details-content{display:block}.lead{display:block}';
    expect(splitByUse(css, new Set(['sheet', 'toggle', 'lead'])).firstPaint).toBe(css);
  });

  it('keeps keyframes, @page and custom properties in the first part only, which both share', () => {
    const css = ':root{--gutter:1rem}@keyframes slide{0%{transform:translateY(100%)}}@media print{@page{margin:2cm}}.sheet{animation:.2s slide}';
    expect(splitByUse(css, new Set())).toEqual({
      firstPaint: ':root{--gutter:1rem}@keyframes slide{0%{transform:translateY(100%)}}@media print{@page{margin:2cm}}',
      later: '.sheet{animation:.2s slide}',
    });
  });

  it('fails the build on a nested rule, which it cannot split', () => {
    expect(() => splitByUse('.lead{color:red;& .popover{top:0}}', new Set(['lead']))).toThrow(/nested style rule/);
  });

  it('fails the build on an unnamed layer, which would become two', () => {
    expect(() => splitByUse('@layer{.lead{color:red}.popover{top:0}}', new Set(['lead']))).toThrow(/unnamed @layer/);
  });
});

describe('the class names in rendered markup', () => {
  it('reads every name of every class attribute', () => {
    expect([...classesIn('<p class="lead  _note_1"><a class="" href="#">x</a><b class="lead">y</b></p>')]).toEqual(['lead', '_note_1']);
  });

  it('does not read a class mentioned in the text, where React escapes the quotes', () => {
    expect([...classesIn('<p>Write class=&quot;lead&quot; to mark it</p>')]).toEqual([]);
  });
});
