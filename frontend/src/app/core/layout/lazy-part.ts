import {
  ChangeDetectionStrategy,
  Component,
  ComponentRef,
  DestroyRef,
  ElementRef,
  PendingTasks,
  Type,
  ViewContainerRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';

/**
 * A part of the first page whose code is not in the first load: fetched as it nears the screen
 * (`when="near-screen"`, half a screen ahead: the home page's course cards below the fold, so
 * that a phone does not download them before the search and the life stages are on screen), or
 * at once (`when="now"`: the signed-in menu, which only signed-in people need). The content
 * projected into it (a progress bar) shows until then. Without IntersectionObserver it loads at
 * once.
 *
 * Angular's `@defer` does the same, but its runtime would join the first load of every page (it
 * lives in @angular/core, which the first load carries): this is a few lines.
 *
 *   <tsu-lazy-part [load]="loadCards" [inputs]="{ courses: soon() }">…placeholder…</tsu-lazy-part>
 */
@Component({
  selector: 'tsu-lazy-part',
  template: `@if (!shown()) {
      <ng-content />
    }
    <ng-container #outlet />`,
  styles: `
    :host {
      display: block;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LazyPart {
  /** Fetches the part's component (a dynamic `import()`). */
  readonly load = input.required<() => Promise<Type<unknown>>>();
  /** The part's inputs, set again whenever they change. */
  readonly inputs = input<Record<string, unknown>>({});
  /** When to fetch it: as it nears the screen, or at once. */
  readonly when = input<'near-screen' | 'now'>('near-screen');

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly outlet = viewChild.required('outlet', { read: ViewContainerRef });
  private readonly destroyRef = inject(DestroyRef);
  private readonly pendingTasks = inject(PendingTasks);
  private readonly part = signal<ComponentRef<unknown> | null>(null);
  protected readonly shown = signal(false);

  constructor() {
    effect(() => {
      const part = this.part();
      if (!part) return;
      for (const [name, value] of Object.entries(this.inputs())) part.setInput(name, value);
    });
    afterNextRender(() => {
      if (this.when() === 'now' || typeof IntersectionObserver === 'undefined') {
        return this.show();
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          this.show();
        },
        { rootMargin: '50%' },
      );
      observer.observe(this.host);
      this.destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  /** Fetches and shows the part; the app counts as busy meanwhile (specs wait for it). */
  private show(): void {
    this.pendingTasks.run(() => this.create());
  }

  private async create(): Promise<void> {
    const component = await this.load()();
    if (this.destroyRef.destroyed) return;
    const part = this.outlet().createComponent(component);
    this.part.set(part);
    this.shown.set(true);
  }
}
