/**
 * Asks for each address a few times before Lighthouse records it, as a live server has been asked
 * before: the first answers of a fresh one came twice as slowly, and Lighthouse counts a page's server
 * time into its LCP. Brotli, as a browser asks.
 * @param {string[]} urls
 */
export async function warmUp(urls) {
  for (let time = 0; time < 3; time += 1) {
    for (const url of new Set(urls)) await (await fetch(url, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
  }
}
