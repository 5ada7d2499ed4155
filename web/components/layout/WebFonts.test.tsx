import { act, render } from '@testing-library/react';
import { WebFonts } from './WebFonts';

/** A browser's paint timing, reporting entries when the test says so. */
class FakePaintObserver {
  static supportedEntryTypes = ['paint'];
  static current: FakePaintObserver | undefined;
  disconnected = false;
  constructor(private readonly callback: (entries: { getEntriesByName: (name: string) => unknown[] }) => void) {
    FakePaintObserver.current = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(...names: string[]) {
    this.callback({ getEntriesByName: (name) => names.filter((reported) => reported === name) });
  }
}

const fontsOn = () => document.documentElement.classList.contains('web-fonts');

afterEach(() => {
  document.documentElement.classList.remove('web-fonts');
  delete (globalThis as { PerformanceObserver?: unknown }).PerformanceObserver;
});

describe('the web fonts turn on', () => {
  it('once the page has painted its text, not at a paint of the background alone', () => {
    (globalThis as { PerformanceObserver?: unknown }).PerformanceObserver = FakePaintObserver;
    render(<WebFonts />);
    expect(fontsOn()).toBe(false);
    act(() => FakePaintObserver.current?.report('first-paint'));
    expect(fontsOn()).toBe(false);
    act(() => FakePaintObserver.current?.report('first-contentful-paint'));
    expect(fontsOn()).toBe(true);
    expect(FakePaintObserver.current?.disconnected).toBe(true);
  });

  it('at once in a browser that cannot tell when the page has painted', () => {
    render(<WebFonts />);
    expect(fontsOn()).toBe(true);
  });
});
