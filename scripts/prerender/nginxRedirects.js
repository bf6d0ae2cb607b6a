/**
 * The site's redirects for nginx, as the README's example includes them in its http block: two maps
 * from a requested path to its new address, one for moves for good (301) and one for a language's
 * start while it holds a single article (302). nginx does not normalise a trailing slash as
 * scripts/serve.js does, so each address is listed with and without it.
 * @param {{ from: string, to: string, status: number }[]} redirects
 */
export function nginxRedirects(redirects) {
  /** @param {number} status */
  const entries = (status) =>
    redirects
      .filter((redirect) => redirect.status === status)
      .flatMap(({ from, to }) => {
        const forms = from.length > 1 && from.endsWith('/') ? [from, from.slice(0, -1)] : [from];
        return forms.map((form) => `  ${form} ${to};`);
      });
  return [
    '# Written by scripts/prerender.js from dist/redirects.json. Include it in nginx\'s http block.',
    'map $uri $moved_permanently {',
    '  default "";',
    ...entries(301),
    '}',
    'map $uri $moved_for_now {',
    '  default "";',
    ...entries(302),
    '}',
    '',
  ].join('\n');
}
