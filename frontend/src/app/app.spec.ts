import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';
import { I18nService } from './core/i18n/i18n.service';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('has a skip link, the mark, the nav and a language switch that switches', async () => {
    TestBed.inject(I18nService).setLanguage('ja');
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('.skip-link')?.textContent).toContain('メインコンテンツへ移動');
    expect(element.querySelector('main#main-content')).not.toBeNull();
    expect(element.textContent).toContain('生涯学習で つなぐ つむぐ つくば');
    expect(element.textContent).toContain('講座をさがす');
    expect(element.textContent).toContain('つくば市 生涯学習推進課');

    // Named "Switch to English" in English (the visible word is part of the name).
    const languageButton = element.querySelector<HTMLButtonElement>(
      'button[aria-label="Switch to English"]',
    );
    expect(languageButton?.textContent?.trim()).toBe('English');
    expect(languageButton?.getAttribute('lang')).toBe('en');
    languageButton!.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(element.textContent).toContain('Find a course');
    const backButton = element.querySelector('button[aria-label="日本語に切り替える"]');
    expect(backButton?.textContent?.trim()).toBe('日本語');
  });
});
