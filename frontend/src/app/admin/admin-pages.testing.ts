import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { provideIcons } from '../core/layout/icons';

/** A console page rendered alone in Japanese against a fake API. */
export function setUpPage(): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideIcons()],
  });
  TestBed.inject(I18nService).setLanguage('ja');
  return TestBed.inject(HttpTestingController);
}

/** Lets answers, effects and the views they change run (a resource resolves a promise or two). */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    fixture.detectChanges();
  }
}

export const serverError = { status: 500, statusText: 'Server Error' };
