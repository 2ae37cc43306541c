import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { Role } from '../../api/api-types';
import { person } from './session-fixtures.testing';
import { SessionService } from './session.service';
import { roleGuard, safeReturnTo, signedInGuard, signedOutGuard } from './access-guards';

@Component({ selector: 'tsu-page', template: '<h1>{{ name }}</h1>' })
class Page {
  name = 'page';
}
@Component({ selector: 'tsu-admin', template: '<h1>admin console</h1>' })
class Admin {}
@Component({ selector: 'tsu-forbidden', template: '<h1>forbidden</h1>' })
class Forbidden {}
@Component({ selector: 'tsu-log-in', template: '<h1>log in</h1>' })
class LogIn {}

describe('safeReturnTo', () => {
  it('follows paths inside the app only', () => {
    expect(safeReturnTo('/organiser/courses/1?tab=2')).toBe('/organiser/courses/1?tab=2');
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('javascript:alert(1)')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});

describe('access guards', () => {
  async function setUp(roles: Role[] | null) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'log-in', canMatch: [signedOutGuard], component: LogIn },
          { path: 'log-in', component: Page },
          { path: 'account', canMatch: [signedInGuard], component: Page },
          { path: 'admin', canMatch: [roleGuard('city_admin')], component: Admin },
          { path: 'admin', children: [{ path: '**', component: Forbidden }] },
        ]),
      ],
    });
    const session = TestBed.inject(SessionService);
    if (roles) session.signedIn(person({ roles }));
    else session.signedOut();
    return RouterTestingHarness.create();
  }

  it('sends a visitor to log in, remembering where they were going', async () => {
    const harness = await setUp(null);
    await harness.navigateByUrl('/admin?page=2');
    expect(TestBed.inject(Router).url).toBe('/log-in?returnTo=%2Fadmin%3Fpage%3D2');
    expect(harness.routeNativeElement?.textContent).toContain('log in');

    await harness.navigateByUrl('/account');
    expect(TestBed.inject(Router).url).toBe('/log-in?returnTo=%2Faccount');
  });

  it('shows the polite 403 at the same address to a person without the role', async () => {
    const harness = await setUp(['citizen', 'organiser']);
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/admin');
    expect(harness.routeNativeElement?.textContent).toContain('forbidden');
  });

  it('lets a person with the role in, and signed-in people past the log-in page', async () => {
    const harness = await setUp(['citizen', 'city_admin']);
    await harness.navigateByUrl('/admin');
    expect(harness.routeNativeElement?.textContent).toContain('admin console');

    await harness.navigateByUrl('/account');
    expect(TestBed.inject(Router).url).toBe('/account');

    await harness.navigateByUrl('/log-in');
    // signedOutGuard refuses, so the second 'log-in' route (a plain page here) matches.
    expect(harness.routeNativeElement?.textContent).not.toContain('log in');
  });
});
