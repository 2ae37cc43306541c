/**
 * The browser's IntersectionObserver, driven by the spec (specs only; jsdom has none): a
 * `@defer (on viewport)` block stays a placeholder until the spec scrolls it into view.
 *
 *   const viewport = installFakeViewport();   // in beforeEach, before the component renders
 *   viewport.scrollAllIntoView();            // every watched element is now on screen
 *   viewport.uninstall();                    // in afterEach
 */
export interface FakeViewport {
  /** How many elements are being watched (a placeholder each, until its block loads). */
  watched(): number;
  scrollAllIntoView(): void;
  uninstall(): void;
}

export function installFakeViewport(): FakeViewport {
  const observers = new Set<FakeIntersectionObserver>();
  class FakeIntersectionObserver implements IntersectionObserver {
    readonly root = null;
    readonly rootMargin = '0px';
    readonly scrollMargin = '0px';
    readonly thresholds = [0];
    readonly targets = new Set<Element>();
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.add(this);
    }
    observe(target: Element): void {
      this.targets.add(target);
    }
    unobserve(target: Element): void {
      this.targets.delete(target);
    }
    disconnect(): void {
      this.targets.clear();
      observers.delete(this);
    }
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
    show(): void {
      const entries = [...this.targets].map(
        (target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry,
      );
      if (entries.length) this.callback(entries, this);
    }
  }
  const global = globalThis as { IntersectionObserver?: typeof IntersectionObserver };
  const original = global.IntersectionObserver;
  global.IntersectionObserver = FakeIntersectionObserver;
  return {
    watched: () => [...observers].reduce((count, observer) => count + observer.targets.size, 0),
    scrollAllIntoView: () => [...observers].forEach((observer) => observer.show()),
    uninstall: () => {
      if (original) global.IntersectionObserver = original;
      else delete global.IntersectionObserver;
    },
  };
}
