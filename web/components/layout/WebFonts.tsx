'use client';
import { useEffect } from 'react';

/**
 * Turns the web fonts on (globals.css, .web-fonts) once the page has painted its text in their
 * metric-matched fallbacks, so that a slow connection carries the page and its scripts first and the
 * fonts (about 120 kB for a Russian page) after. The text does not move when they swap in.
 */
export function WebFonts() {
  useEffect(() => {
    const turnOn = () => document.documentElement.classList.add('web-fonts');
    // A page opened in the background paints nothing until it is shown, and a browser without paint
    // timing cannot say when it has: neither waits.
    if (document.visibilityState === 'hidden' || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return turnOn();
    const painted = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      painted.disconnect();
      turnOn();
    });
    painted.observe({ type: 'paint', buffered: true });
    return () => painted.disconnect();
  }, []);
  return null;
}
