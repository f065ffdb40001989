/**
 * Keeps the card a link points at (`/profile.html#passkeys`) in view while the page fills in. The browser scrolls to
 * the anchor once, as the HTML arrives; then the flow elements above it draw their steps and grow, and the card
 * slides down out of sight. So, until the person scrolls, types or clicks themselves, every growth of the page
 * scrolls the card back to the top. Same-page links (`#passkeys` from the MFA card) take the same care.
 */

/** How long after the page or the anchor changed the page may still be growing on its own. */
const SETTLE_MS = 10_000;

/** What a person does that means they have taken over the scrolling. */
const TAKEOVER = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/** The element `location.hash` names, if any (the hash is an id, never a selector). */
function anchorTarget(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

/**
 * Follows the current anchor until the person takes over or `SETTLE_MS` pass; returns the function that stops it.
 * `scrollIntoView` honours the card's `scroll-margin-top`.
 */
function followAnchor(): () => void {
  const target = anchorTarget();
  if (!target) return () => {};
  // Every time: while the page is shorter than the card's place needs, the card cannot reach the top, and the
  // browser's scroll anchoring then holds it where it is as the page grows; each growth lets it go further up.
  const place = () => target.scrollIntoView({ block: 'start' });
  const observer = new ResizeObserver(place);
  observer.observe(document.body);
  const timer = setTimeout(() => stop(), SETTLE_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of TAKEOVER) removeEventListener(type, stop, true);
  };
  for (const type of TAKEOVER) addEventListener(type, stop, { capture: true, passive: true });
  place();
  return stop;
}

/** Starts keeping the anchor's card in view now and after every change of the anchor. */
export function keepAnchorInView(): void {
  let stop = followAnchor();
  addEventListener('hashchange', () => {
    stop();
    stop = followAnchor();
  });
}
