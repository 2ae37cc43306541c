import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { provideIcons } from '../core/layout/icons';

/** An organiser page rendered alone in Japanese against a fake API. */
export function setUpPage(): HttpTestingController {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideIcons()],
  });
  TestBed.inject(I18nService).setLanguage('ja');
  return TestBed.inject(HttpTestingController);
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

/** Lets answers, effects and the views they change run (a resource resolves a promise or two). */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    fixture.detectChanges();
  }
}

export const failure = (status: number) => ({ status, statusText: 'Error' });
