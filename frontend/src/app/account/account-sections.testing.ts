import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { provideIcons } from '../core/layout/icons';

/** The account page's sections, each rendered alone against a fake API. */
export function setUpSection(language: 'ja' | 'en' = 'ja'): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideIcons()],
  });
  TestBed.inject(I18nService).setLanguage(language);
  return TestBed.inject(HttpTestingController);
}

/** Types into a field as a person would. */
export function type(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
}
