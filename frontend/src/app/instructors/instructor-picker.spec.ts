import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { InstructorCard } from '../api/api-types';
import { I18nService } from '../core/i18n/i18n.service';
import { InstructorPicker } from './instructor-picker';

const hoshino = {
  id: 'i1',
  kind: 'individual',
  displayName: '星野 昭',
  fields: [],
} as unknown as InstructorCard;
const soba = {
  id: 'i2',
  kind: 'individual',
  displayName: '蕎麦打ち 石田 実',
  fields: [],
} as unknown as InstructorCard;

describe('InstructorPicker', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function render(selected: InstructorCard[]) {
    const fixture = TestBed.createComponent(InstructorPicker);
    fixture.componentRef.setInput('selected', selected);
    await fixture.whenStable();
    return fixture;
  }

  it('searches the registered instructors as the organiser types, leaving out those chosen', async () => {
    const fixture = await render([hoshino]);
    const input = fixture.nativeElement.querySelector('input') as HTMLInputElement;
    input.value = '石';
    input.dispatchEvent(new Event('input'));
    TestBed.tick();
    const search = backend.expectOne('/api/organiser/instructor-picker?q=%E7%9F%B3');
    search.flush([hoshino, soba]);
    await fixture.whenStable();
    const options = (fixture.componentInstance as unknown as { options(): InstructorCard[] })
      .options()
      .map((option) => option.id);
    expect(options).toEqual(['i2']);
  });

  it('lists the chosen instructors and removes one by its named button', async () => {
    const fixture = await render([hoshino, soba]);
    const items = [...fixture.nativeElement.querySelectorAll('li')] as HTMLElement[];
    expect(items.map((item) => item.textContent?.trim())).toEqual(['星野 昭', '蕎麦打ち 石田 実']);
    const remove = fixture.nativeElement.querySelector(
      'button[aria-label="星野 昭を外す"]',
    ) as HTMLButtonElement;
    remove.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.selected().map((instructor) => instructor.id)).toEqual(['i2']);
    // Nothing typed, nothing asked.
    backend.expectNone((request) => request.url === '/api/organiser/instructor-picker');
  });
});
