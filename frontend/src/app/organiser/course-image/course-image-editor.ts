import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { apiErrorBody, apiErrorMessage } from '../../core/forms/api-error';
import { NETWORK_ERROR } from '../../core/forms/submit-state';
import { OrganiserApi } from '../organiser-api';
import { I18nService } from '../../core/i18n/i18n.service';
import { scopedTranslator } from '../../core/i18n/scoped-translator';
import { courseImageEn, courseImageJa } from './course-image-messages';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** `1.4 MB` / `820 KB`, as a person reads a file's size. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** What is wrong with a chosen file before it is sent (the API checks the bytes again). */
export function imageProblem(file: {
  type: string;
  size: number;
}): 'wrongType' | 'tooLarge' | null {
  if (!IMAGE_TYPES.includes(file.type)) return 'wrongType';
  if (file.size > MAX_IMAGE_BYTES) return 'tooLarge';
  return null;
}

/**
 * The course's picture: choose a JPEG, PNG or WebP of at most 2 MB (checked here before
 * sending, and by its bytes on the server), see it before saving, say what it shows (its alt
 * text, in Japanese and English; empty when it only decorates), save, or remove the saved one.
 */
@Component({
  selector: 'tsu-course-image-editor',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './course-image-editor.html',
  styleUrl: './course-image-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseImageEditor {
  private readonly api = inject(OrganiserApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly courseId = input.required<string>();
  /** The saved picture's URL (the organiser's route); null without one. */
  readonly imageUrl = input<string | null>(null);
  readonly changed = output<void>();

  protected readonly t = scopedTranslator(courseImageJa, courseImageEn);
  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('file');

  protected readonly chosen = signal<{ file: File; url: string } | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly altJa = signal('');
  protected readonly altEn = signal('');
  protected readonly confirmingRemove = signal(false);
  protected readonly chosenInfo = computed(() => {
    const chosen = this.chosen();
    return chosen
      ? this.t('fileInfo', { name: chosen.file.name, size: formatBytes(chosen.file.size) })
      : '';
  });

  protected pick(): void {
    this.fileInput().nativeElement.click();
  }

  protected choose(event: Event): void {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    this.notice.set(null);
    this.error.set(null);
    if (!file) return;
    const problem = imageProblem(file);
    if (problem) {
      this.release();
      this.problem.set(this.t(problem, { name: file.name, size: formatBytes(file.size) }));
      this.focus('.image__problem');
      return;
    }
    this.problem.set(null);
    this.release();
    // A data: URL, which the app's Content-Security-Policy allows for images (blob: it does not).
    const reader = new FileReader();
    reader.onload = () => {
      this.chosen.set({ file, url: String(reader.result) });
      this.focus('.image__save');
    };
    reader.onerror = () => this.error.set(this.t('unreadable', { name: file.name }));
    reader.readAsDataURL(file);
  }

  protected discard(): void {
    this.release();
    this.focus('.image__choose');
  }

  protected async save(): Promise<void> {
    const chosen = this.chosen();
    if (!chosen) return;
    const body = new FormData();
    body.append('image', chosen.file, chosen.file.name);
    if (this.altJa().trim()) body.append('altJa', this.altJa().trim());
    if (this.altEn().trim()) body.append('altEn', this.altEn().trim());
    await this.send(() => this.api.uploadImage(this.courseId(), body), this.t('saved'));
  }

  protected async remove(): Promise<void> {
    await this.send(() => this.api.removeImage(this.courseId()), this.t('removed'));
  }

  private async send(request: () => Promise<unknown>, done: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await request();
      this.release();
      this.confirmingRemove.set(false);
      this.notice.set(done);
      this.changed.emit();
      this.focus('.image__notice');
    } catch (error: unknown) {
      // The API's word on the file itself (not an image by its bytes) says the most.
      const field = apiErrorBody(error)?.fields?.find((item) =>
        ['image', 'altJa', 'altEn'].includes(item.field),
      );
      const language = this.i18n.language();
      this.error.set(field ? field[language] : apiErrorMessage(error, language, NETWORK_ERROR));
      this.focus('.image__error');
    } finally {
      this.busy.set(false);
    }
  }

  private release(): void {
    this.chosen.set(null);
    this.altJa.set('');
    this.altEn.set('');
  }

  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
