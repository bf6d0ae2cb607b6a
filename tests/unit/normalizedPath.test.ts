import { describe, expect, it } from 'vitest';
import { normalizedPath } from '@/app/normalizedPath';

describe('the address the app routes', () => {
  it('is the address itself in the usual case', () => {
    expect(normalizedPath('/nl/meer-informatie')).toBe('/nl/meer-informatie');
    expect(normalizedPath('/en/%C3%BC')).toBe('/en/%C3%BC');
  });

  it('drops an index.html suffix, as a static host serves that file as the page', () => {
    expect(normalizedPath('/index.html')).toBe('/');
    expect(normalizedPath('/nl/index.html')).toBe('/nl/');
    expect(normalizedPath('/en/more-information/index.html')).toBe('/en/more-information/');
    expect(normalizedPath('/en/index.html.bak')).toBe('/en/index.html.bak');
  });

  it('takes an address with bad percent-encoding literally, so the router can read it', () => {
    expect(normalizedPath('/nl/100%')).toBe('/nl/100%25');
    expect(normalizedPath('/nl/%E0%A4%A')).toBe('/nl/%25E0%25A4%25A');
    expect(() => decodeURI(normalizedPath('/nl/%E0%A4%A'))).not.toThrow();
  });
});
