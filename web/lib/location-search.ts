'use client';

// The address bar's query string, for client components of cached pages. The server rendered such
// a page for the filters it was given (the proxy may have rewritten the address), so the browser
// reads the address itself, and hears of every change: back and forward, and pushLocation below.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentSearch = () => window.location.search.replace(/^\?/, '');

/** The query string without "?"; `serverSearch` is what the server rendered the page for. */
export function useLocationSearch(serverSearch: string): string {
  return useSyncExternalStore(subscribe, currentSearch, () => serverSearch);
}

/** Shows another address of the same page as a new history entry (shareable, back works). */
export function pushLocation(href: string) {
  if (href === `${window.location.pathname}${window.location.search}`) return;
  window.history.pushState(null, '', href);
  for (const listener of listeners) listener();
}
