import { describe, expect, it } from 'vitest';
import { canonicalPath, redirectFor, routablePath } from '@/routing/canonicalPath';

describe('the canonical form of an address', () => {
  it.each([
    ['/nl/', '/nl/'],
    ['/nl/vitamine-b12-en-als/', '/nl/vitamine-b12-en-als/'],
    ['/nl/vitamine-b12-en-als/meer-informatie', '/nl/vitamine-b12-en-als/meer-informatie'],
    ['/', '/'],
  ])('leaves %s as it is', (typed, canonical) => {
    expect(canonicalPath(typed)).toBe(canonical);
    expect(redirectFor(typed)).toBeUndefined();
  });

  it.each([
    ['/nl//', '/nl/'],
    ['//nl/', '/nl/'],
    ['/nl//vitamine-b12-en-als//meer-informatie', '/nl/vitamine-b12-en-als/meer-informatie'],
    ['/index.html', '/'],
    ['/nl/index.html', '/nl/'],
    ['/en/vitamin-b12-and-als/index.html', '/en/vitamin-b12-and-als/'],
    ['/en/vitamin-b12-and-als/more-information/index.html', '/en/vitamin-b12-and-als/more-information'],
    ['/NL/', '/nl/'],
    ['/EN/Vitamin-B12-and-ALS/More-Information', '/en/vitamin-b12-and-als/more-information'],
    ['/nl', '/nl/'],
    ['/nl/vitamine-b12-en-als', '/nl/vitamine-b12-en-als/'],
    ['/nl/vitamine-b12-en-als/meer-informatie/', '/nl/vitamine-b12-en-als/meer-informatie'],
    ['/nl/meer-informatie', '/nl/meer-informatie/'],
    ['/Nope/Nothing', '/nope/nothing/'],
  ])('sends %s on to %s', (typed, canonical) => {
    expect(redirectFor(typed)).toBe(canonical);
    expect(routablePath(typed)).toBe(canonical);
  });

  it('leaves the case of escaped characters and of build files alone', () => {
    expect(redirectFor('/en/vitamin-b12-and-als/%C3%BC')).toBeUndefined();
    expect(redirectFor('/assets/hydrateApp-Dx3K.js')).toBeUndefined();
    expect(redirectFor('/en/index.html.bak')).toBeUndefined();
  });

  it('routes an address with bad percent-encoding literally, and does not redirect it', () => {
    expect(redirectFor('/nl/100%')).toBeUndefined();
    expect(routablePath('/nl/100%')).toBe('/nl/100%25');
    expect(routablePath('/nl/%E0%A4%A')).toBe('/nl/%25E0%25A4%25A');
    expect(() => decodeURI(routablePath('/nl/%E0%A4%A'))).not.toThrow();
  });
});
