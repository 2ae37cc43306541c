import { TestBed } from '@angular/core/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { render, setUpPage } from '../core/testing/component-testing';
import { LegalPage } from './legal-page';

describe('LegalPage', () => {
  beforeEach(() => setUpPage());

  it('shows the terms of use, marked as a draft for the legal review in both languages', async () => {
    const { element } = await render(LegalPage, { document: 'terms' });
    expect(element.querySelector('h1')?.textContent).toBe('利用規約');
    const draft = element.querySelector('[role="note"]')!;
    expect(draft.querySelector('[lang="ja"]')?.textContent).toBe('市の法務確認前の案です');
    expect(draft.querySelector('[lang="en"]')?.textContent).toBe(
      "Draft pending the city's legal review",
    );
    expect(element.querySelectorAll('h2').length).toBeGreaterThanOrEqual(8);
    expect(element.textContent).toContain('生涯学習推進課');
  });

  it('shows the handling of personal information, in English when asked', async () => {
    TestBed.inject(I18nService).setLanguage('en');
    const { element } = await render(LegalPage, { document: 'privacy' });
    expect(element.querySelector('h1')?.textContent).toBe('How we handle personal information');
    expect(element.textContent).toContain('Who can see it');
    expect(element.querySelector('[role="note"]')?.textContent).toContain('市の法務確認前の案です');
  });
});
