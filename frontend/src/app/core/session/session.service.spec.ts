import {
  HttpClient,
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { sessionExpiryInterceptor } from './session-expiry.interceptor';
import { person } from './session-fixtures.testing';
import { SessionService } from './session.service';

describe('SessionService', () => {
  let http: HttpTestingController;
  let session: SessionService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(
          withFetch(),
          withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
          withInterceptors([sessionExpiryInterceptor]),
        ),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionService);
  });

  afterEach(() => http.verify());

  it('asks the API once who is signed in and exposes the person and roles as signals', async () => {
    expect(session.loaded()).toBe(false);
    const first = session.load();
    const second = session.whenLoaded();
    http
      .expectOne('/api/auth/session')
      .flush({ authenticated: true, user: person({ roles: ['citizen', 'organiser'] }) });
    await Promise.all([first, second]);

    expect(session.loaded()).toBe(true);
    expect(session.isSignedIn()).toBe(true);
    expect(session.roles()).toEqual(['citizen', 'organiser']);
    expect(session.hasAnyRole(['organiser', 'city_admin'])).toBe(true);
    expect(session.hasAnyRole(['city_admin'])).toBe(false);
    // A name written in Japanese keeps its family-first order in either language.
    expect(session.displayName()).toBe('佐藤 花子');
    TestBed.inject(I18nService).setLanguage('en');
    expect(session.displayName()).toBe('佐藤 花子');
  });

  it('treats an anonymous answer as signed out', async () => {
    const anonymous = session.load();
    http.expectOne('/api/auth/session').flush({ authenticated: false, user: null });
    await anonymous;
    expect(session.isSignedIn()).toBe(false);
    expect(session.roles()).toEqual([]);
    expect(session.displayName()).toBe('');
  });

  it('falls back to a visitor when the API cannot be reached, and tries again later', async () => {
    const loading = session.load();
    http.expectOne('/api/auth/session').error(new ProgressEvent('error'));
    await loading;
    expect(session.loaded()).toBe(true);
    expect(session.isSignedIn()).toBe(false);

    const retry = session.load();
    http.expectOne('/api/auth/session').flush({ authenticated: true, user: person() });
    await retry;
    expect(session.isSignedIn()).toBe(true);
  });

  it('applies the preferred language at log-in; Latin names read given-name first in English', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.setLanguage('ja');
    session.signedIn(person({ preferredLanguage: 'en', familyName: 'Nguyen', givenName: 'Lan' }));
    expect(i18n.language()).toBe('en');
    expect(session.displayName()).toBe('Lan Nguyen');
    i18n.setLanguage('ja');
    expect(session.displayName()).toBe('Nguyen Lan');
  });

  it('forgets the person on log-out even when the request fails', async () => {
    session.signedIn(person());
    const loggingOut = session.logOut();
    const request = http.expectOne('/api/auth/log-out');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 500, statusText: 'Server Error' });
    await expect(loggingOut).rejects.toBeTruthy();
    expect(session.isSignedIn()).toBe(false);
  });

  it('forgets the person when any API request answers 401 (session expired or revoked)', async () => {
    session.signedIn(person());
    const client = TestBed.inject(HttpClient);
    const request = firstValueFrom(client.get('/api/me/family-members'));
    http
      .expectOne('/api/me/family-members')
      .flush({ code: 'AUTHENTICATION_REQUIRED' }, { status: 401, statusText: 'Unauthorized' });
    await expect(request).rejects.toBeTruthy();
    expect(session.isSignedIn()).toBe(false);
  });

  it('echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on mutating same-origin requests (with fetch)', async () => {
    document.cookie = 'XSRF-TOKEN=token-from-cookie; path=/';
    const client = TestBed.inject(HttpClient);

    const post = firstValueFrom(client.post('/api/auth/log-in', {}));
    const posted = http.expectOne('/api/auth/log-in');
    expect(posted.request.headers.get('X-XSRF-TOKEN')).toBe('token-from-cookie');
    posted.flush({});
    await post;

    // Reads are safe and never carry it; nor do requests to other origins.
    const get = firstValueFrom(client.get('/api/me'));
    const read = http.expectOne('/api/me');
    expect(read.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    read.flush({});
    await get;

    const away = firstValueFrom(client.post('https://elsewhere.example/api', {}));
    const foreign = http.expectOne('https://elsewhere.example/api');
    expect(foreign.request.headers.has('X-XSRF-TOKEN')).toBe(false);
    foreign.flush({});
    await away;
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });
});
