// On a plain static host, a former address is a small page that forwards to the new one. This keeps
// what a redirect would keep: the query, and the fragment (a source, "#ref-6"), which a meta refresh
// would drop. Its data-to attribute names the new address.
const to = document.currentScript?.dataset.to;
if (to && to.startsWith('/')) window.location.replace(to + window.location.search + window.location.hash);
