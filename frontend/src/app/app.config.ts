import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { routes } from './app.routes';
import { acceptLanguageInterceptor } from './core/i18n/accept-language.interceptor';
import { I18nService } from './core/i18n/i18n.service';
import { PageTitleStrategy } from './core/navigation/page-title.strategy';
import { sessionExpiryInterceptor } from './core/session/session-expiry.interceptor';
import { SessionService } from './core/session/session.service';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Scrolling is handled by FocusOnNavigation: the router's restoration would also jump to the
    // top on every filter change, which only changes query parameters.
    provideRouter(routes, withComponentInputBinding()),
    // The session is an httpOnly cookie; mutating requests echo the XSRF-TOKEN cookie (issued by
    // GET /api/auth/session) in a header, which the API checks (double-submit CSRF protection).
    // Angular adds it to relative POST/PUT/PATCH/DELETE requests only, with fetch too.
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([acceptLanguageInterceptor, sessionExpiryInterceptor]),
    ),
    // An English reader's messages arrive before the first render (Japanese is built in).
    provideAppInitializer(() => inject(I18nService).ready()),
    // Ask who is signed in at start without holding back the first render of public pages.
    provideAppInitializer(() => {
      void inject(SessionService).load();
    }),
    { provide: TitleStrategy, useExisting: PageTitleStrategy },
  ],
};
