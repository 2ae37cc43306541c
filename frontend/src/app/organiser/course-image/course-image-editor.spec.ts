import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { CourseImageEditor, formatBytes, imageProblem } from './course-image-editor';
import { settle } from '../../core/testing/component-testing';

/** Puts a file in the hidden file input as the browser does after the picker closes. */
function choose(fixture: ComponentFixture<CourseImageEditor>, file: File): void {
  const input = fixture.nativeElement.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

const png = (bytes: number, name = 'photo.png', type = 'image/png') =>
  new File([new Uint8Array(bytes)], name, { type });

describe('imageProblem and formatBytes', () => {
  it('takes JPEG, PNG and WebP up to 2 MB, and names sizes as people read them', () => {
    expect(imageProblem({ type: 'image/jpeg', size: 2 * 1024 * 1024 })).toBeNull();
    expect(imageProblem({ type: 'image/webp', size: 10 })).toBeNull();
    expect(imageProblem({ type: 'image/png', size: 2 * 1024 * 1024 + 1 })).toBe('tooLarge');
    expect(imageProblem({ type: 'image/svg+xml', size: 10 })).toBe('wrongType');
    expect(imageProblem({ type: 'image/gif', size: 10 })).toBe('wrongType');
    expect(formatBytes(3 * 1024 * 1024 + 300_000)).toBe('3.3 MB');
    expect(formatBytes(820 * 1024)).toBe('820 KB');
  });
});

describe('CourseImageEditor', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(imageUrl: string | null = null) {
    const fixture = TestBed.createComponent(CourseImageEditor);
    fixture.componentRef.setInput('courseId', 'course-1');
    fixture.componentRef.setInput('imageUrl', imageUrl);
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    return { fixture, changed, element: fixture.nativeElement as HTMLElement };
  }

  it('refuses a file that is too large before sending anything, naming it and its size', async () => {
    const { fixture, element } = await render();
    choose(fixture, png(3 * 1024 * 1024, 'big.png'));
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      '「big.png」は3.0 MBあります。2MBまでの画像を選んでください。',
    );
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toContain('まだ写真はありません。');
  });

  it('refuses a file that is not a JPEG, PNG or WebP', async () => {
    const { fixture, element } = await render();
    choose(fixture, png(100, 'drawing.svg', 'image/svg+xml'));
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      '「drawing.svg」はJPEG・PNG・WebP形式ではありません。',
    );
  });

  it('shows the chosen picture before saving, then uploads it as multipart and reports it', async () => {
    const { fixture, changed, element } = await render();
    choose(fixture, png(2048, 'class.png'));
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    const preview = element.querySelector('img') as HTMLImageElement;
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(element.querySelector('figcaption')?.textContent).toContain(
      '保存前のプレビュー — class.png（2 KB）',
    );
    // What the picture shows, for screen readers: Japanese given, English left empty.
    const [altJa, altEn] = [...element.querySelectorAll<HTMLInputElement>('.image__alt input')];
    expect(altJa.getAttribute('maxlength')).toBe('200');
    altJa.value = ' 和室で筆を持つ親子 ';
    altJa.dispatchEvent(new Event('input'));
    expect(altEn.getAttribute('aria-describedby')).toBe('course-image-alt-hint');
    (element.querySelector('.image__save') as HTMLButtonElement).click();
    const request = http.expectOne('/api/organiser/courses/course-1/image');
    expect(request.request.method).toBe('POST');
    const body = request.request.body as FormData;
    expect((body.get('image') as File).name).toBe('class.png');
    expect(body.get('altJa')).toBe('和室で筆を持つ親子');
    expect(body.has('altEn')).toBe(false);
    request.flush({ imageUrl: '/api/courses/course-1/image?v=abc' });
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    expect(changed).toHaveBeenCalledTimes(1);
    expect(element.querySelector('[role=status]')?.textContent).toContain('写真を保存しました。');
  });

  it("shows the API's refusal of a file it finds is not an image", async () => {
    const { fixture, changed, element } = await render();
    choose(fixture, png(2048, 'fake.png'));
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    (element.querySelector('.image__save') as HTMLButtonElement).click();
    http.expectOne('/api/organiser/courses/course-1/image').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容を確認してください。',
        messages: { ja: '入力内容を確認してください。', en: 'Please check the form.' },
        fields: [
          {
            field: 'image',
            ja: '画像はJPEG・PNG・WebP形式（2MBまで）のファイルを選んでください。',
            en: 'Choose a JPEG, PNG or WebP image of at most 2 MB.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    expect(changed).not.toHaveBeenCalled();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      '画像はJPEG・PNG・WebP形式（2MBまで）のファイルを選んでください。',
    );
  });

  it('removes the saved picture only after a confirmation', async () => {
    const { fixture, changed, element } = await render('/api/organiser/courses/course-1/image?v=1');
    expect(element.querySelector('img')?.getAttribute('alt')).toBe('現在の写真');
    const button = (text: string) =>
      [...element.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
    button('写真を削除').click();
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    http.expectNone('/api/organiser/courses/course-1/image');
    button('削除する').click();
    const request = http.expectOne('/api/organiser/courses/course-1/image');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture, { turns: 5, pause: 10, stable: true });
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
