import { Component, input, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type FakeViewport, installFakeViewport } from '../testing/fake-viewport';
import { LazyPart } from './lazy-part';

@Component({ selector: 'tsu-greeting', template: `<p class="greeting">{{ name() }}さん</p>` })
class Greeting {
  readonly name = input('');
}

@Component({
  imports: [LazyPart],
  template: `<tsu-lazy-part [load]="load" [when]="when()" [inputs]="{ name: name() }">
    <p class="placeholder">読み込み中…</p>
  </tsu-lazy-part>`,
})
class Host {
  readonly when = signal<'near-screen' | 'now'>('near-screen');
  readonly name = signal('花子');
  loads = 0;
  readonly load = () => {
    this.loads++;
    return Promise.resolve(Greeting);
  };
}

describe('LazyPart', () => {
  let viewport: FakeViewport | undefined;

  afterEach(() => viewport?.uninstall());

  async function render(when: 'near-screen' | 'now') {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.when.set(when);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('keeps its placeholder until the part nears the screen, then shows it with its inputs', async () => {
    viewport = installFakeViewport();
    const { fixture, element } = await render('near-screen');
    expect(fixture.componentInstance.loads).toBe(0);
    expect(element.querySelector('.placeholder')).not.toBeNull();

    viewport.scrollAllIntoView();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(fixture.componentInstance.loads).toBe(1);
    expect(element.querySelector('.placeholder')).toBeNull();
    expect(element.querySelector('.greeting')?.textContent).toBe('花子さん');

    fixture.componentInstance.name.set('太郎');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(element.querySelector('.greeting')?.textContent).toBe('太郎さん');
    expect(viewport.watched()).toBe(0);
  });

  it('loads at once when asked to, or in a browser without IntersectionObserver', async () => {
    const now = await render('now');
    expect(now.element.querySelector('.greeting')?.textContent).toBe('花子さん');

    // jsdom has no IntersectionObserver, as some old browsers do not.
    const nearScreen = await render('near-screen');
    expect(nearScreen.element.querySelector('.greeting')?.textContent).toBe('花子さん');
    expect(nearScreen.fixture.componentInstance.loads).toBe(1);
  });
});
