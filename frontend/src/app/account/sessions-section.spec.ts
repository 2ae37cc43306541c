import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserSessionRow } from '../api/api-types';
import { setUpPage } from '../core/testing/component-testing';
import { SessionsSection } from './sessions-section';

const phone: UserSessionRow = {
  id: 's1',
  current: true,
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1',
  createdAt: '2026-11-01T00:00:00Z',
  lastSeenAt: '2026-12-01T03:00:00Z',
};
const libraryPc: UserSessionRow = {
  id: 's2',
  current: false,
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36',
  createdAt: '2026-10-20T05:00:00Z',
  lastSeenAt: '2026-10-20T06:00:00Z',
};

describe('SessionsSection', () => {
  let backend: HttpTestingController;

  beforeEach(() => (backend = setUpPage()));
  afterEach(() => backend.verify());

  async function render() {
    const fixture = TestBed.createComponent(SessionsSection);
    TestBed.tick();
    backend.expectOne('/api/me/sessions').flush([phone, libraryPc]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    // An answer resolves a promise or two before the page shows it.
    const settle = async () => {
      for (let turn = 0; turn < 3; turn++) {
        await fixture.whenStable();
        fixture.detectChanges();
      }
    };
    return { element, settle };
  }

  it('shows where Hanako is logged in, in Japan time, marking this device', async () => {
    const { element } = await render();
    const rows = element.querySelectorAll('tbody tr');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('この端末');
    expect(rows[0].textContent).toContain('2026年11月1日(日) 09:00');
    // This device cannot be ended from here; the other one can.
    expect(rows[0].querySelector('button')).toBeNull();
    expect(rows[1].querySelector('button')).not.toBeNull();
    expect(element.querySelector('[role="region"]')?.getAttribute('tabindex')).toBe('0');
  });

  it('logs out the library computer she forgot, and says so', async () => {
    const { element, settle } = await render();
    element.querySelectorAll<HTMLButtonElement>('tbody tr')[1].querySelector('button')!.click();
    await settle();
    const request = backend.expectOne('/api/me/sessions/s2');
    expect(request.request.method).toBe('DELETE');
    request.flush(null);
    await settle();
    expect(element.querySelectorAll('tbody tr').length).toBe(1);
    expect(element.textContent).toContain('端末をログアウトさせました。');
  });
});
