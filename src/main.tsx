import './styles/index.css';

/**
 * The app's entry. A built page asks for it only once it has painted (src/startAfterFirstPaint.js);
 * the development server's empty shell, with nothing to paint, loads it at once. It fetches the app
 * and takes the page over, for the citation popovers, copying, sharing and reading aloud.
 *
 * React DOM's 200 KB run in a task of their own, and the app's modules in the next: evaluated as one
 * graph, the two made one long task on a slow phone.
 *
 * Not top-level await, here or in hydrateApp: Rolldown then keeps this entry one script, with no
 * shared chunk to fetch beside it.
 */
void import('react-dom/client')
  .then(() => new Promise((resolve) => setTimeout(resolve)))
  .then(() => import('./hydrateApp'));
