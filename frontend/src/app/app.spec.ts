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

  it('offers the text sizes as one named group of radio buttons that scale the page and are remembered', async () => {
    TestBed.inject(I18nService).setLanguage('ja');
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const group = element.querySelector('[role="radiogroup"]')!;
    const label = element.querySelector(`#${group.getAttribute('aria-labelledby')}`);
    expect(label?.textContent?.trim()).toBe('文字の大きさ');
    const radios = Array.from(group.querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios.map((radio) => radio.closest('label')?.textContent?.trim())).toEqual([
      '標準',
      '大きい',
      '特大',
    ]);
    expect(radios.map((radio) => radio.checked)).toEqual([true, false, false]);

    radios[2].click();
    await fixture.whenStable();
    expect(document.documentElement.style.fontSize).toBe('137.5%');
    expect(radios.map((radio) => radio.checked)).toEqual([false, false, true]);
    expect(localStorage.getItem('tsumugu.textSize')).toBe('extraLarge');

    radios[0].click();
    await fixture.whenStable();
    expect(document.documentElement.style.fontSize).toBe('100%');
  });
});
