import { describe, expect, it } from 'vitest';
import { structuredDataElement } from '@/app/structuredData';

describe('the structured-data block', () => {
  it('keeps text that looks like markup from closing the element, and still parses to the same data', () => {
    const data = { name: 'A title with </script><script>alert(1)</script> in it' };
    const element = structuredDataElement(data);
    expect(element.match(/<\/script>/g)).toHaveLength(1);
    const json = element.replace('<script type="application/ld+json">', '').replace(/<\/script>$/, '');
    expect(JSON.parse(json)).toEqual(data);
  });
});
