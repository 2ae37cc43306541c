import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider, Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';

/**
 * The one set-up for a page or section rendered alone against a fake API (specs only): router,
 * HTTP testing backend, icons and the language. Returns the fake API.
 */
export function setUpPage(
  language: 'ja' | 'en' = 'ja',
  providers: (Provider | EnvironmentProviders)[] = [],
): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...providers],
  });
  void TestBed.inject(I18nService).setLanguage(language);
  return TestBed.inject(HttpTestingController);
}

/**
 * Lets answers, effects and the views they change run: a resource resolves a promise or two, a
 * FileReader or an image decode a macrotask. `pause` waits that many milliseconds per turn;
 * `stable` then waits for Angular's pending work too (not while a request is left unanswered on
 * purpose: an open request is pending work).
 */
export async function settle(
  fixture: ComponentFixture<unknown>,
  {
    turns = 3,
    pause = 0,
    stable = false,
  }: { turns?: number; pause?: number; stable?: boolean } = {},
): Promise<void> {
  for (let turn = 0; turn < turns; turn++) {
    await new Promise((resolve) => setTimeout(resolve, pause));
    TestBed.tick();
    fixture.detectChanges();
  }
  if (stable) await fixture.whenStable();
}

/** Renders a page (with its route inputs) and lets its first requests go out. */
export async function render<T>(
  page: Type<T>,
  inputs: Record<string, unknown> = {},
): Promise<{ fixture: ComponentFixture<T>; element: HTMLElement }> {
  const fixture = TestBed.createComponent(page);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await settle(fixture);
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

/** An HTTP failure for `TestRequest.flush(body, failure(503))`. */
export const failure = (status: number) => ({ status, statusText: 'Error' });

/** Types into a field as a person would. */
export function type(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
}
