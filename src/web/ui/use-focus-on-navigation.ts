// After moving to another page, focus goes to its heading, as a screen reader user expects.
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Puts focus on the page's <h1>; false when the page has not rendered one yet. */
function focusHeading(main: HTMLElement): boolean {
  const heading = main.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * After moving to another page (not on a query change), put focus on its heading as a screen reader expects.
 * A page still loading its data gets focus on <main> first, then on its heading once that appears.
 */
export function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    let observer: MutationObserver | undefined;
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      const main = document.getElementById('main');
      if (!main) return;
      // A page that put focus on its first field itself (the counter's search box) keeps it.
      const active = document.activeElement;
      if (active && active !== main && main.contains(active)) return;
      if (focusHeading(main)) return;
      main.focus({ preventScroll: true });
      observer = new MutationObserver(() => {
        if (document.activeElement !== main || focusHeading(main)) observer?.disconnect();
      });
      observer.observe(main, { childList: true, subtree: true });
      timer = window.setTimeout(() => observer?.disconnect(), 10_000);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      observer?.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname]);
}
