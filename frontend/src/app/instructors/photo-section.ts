import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { InstructorsApi } from './instructors-api';
import type { Visibility } from './profile-form-model';
import { teachEn, teachJa } from './teach-messages';
import { VisibilitySwitch } from './visibility-switch';

/** The API's limit, checked here first so a person is told before a long upload. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** The profile's photo: shown, replaced by a chosen file (saved at once), and who may see it. */
@Component({
  selector: 'tsu-photo-section',
  imports: [MatButtonModule, FormAlert, VisibilitySwitch],
  template: `
    <fieldset class="photo">
      <legend>{{ t('section.photo') }}</legend>
      <tsu-visibility-switch [control]="visibility()" [field]="t('section.photo')" />
      <p id="photo-lead">{{ t('photo.lead') }}</p>
      <tsu-form-alert [state]="upload" />
      @if (tooLarge()) {
        <p class="photo__problem" role="alert">{{ t('photo.tooLarge') }}</p>
      }
      @if (uploaded()) {
        <p role="status">{{ t('photo.uploaded') }}</p>
      }
      <div class="photo__row">
        @if (photoUrl(); as url) {
          <img class="photo__image" [src]="url" [alt]="t('photo.alt')" width="120" height="120" />
        } @else {
          <p class="photo__none">{{ t('photo.none') }}</p>
        }
        @if (editable()) {
          <input
            #file
            class="photo__input"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            tabindex="-1"
            aria-hidden="true"
            (change)="choose($event)"
          />
          <button
            mat-stroked-button
            type="button"
            aria-describedby="photo-lead"
            [disabled]="upload.busy()"
            (click)="file.click()"
          >
            {{ photoUrl() ? t('photo.replace') : t('photo.choose') }}
          </button>
        }
      </div>
    </fieldset>
  `,
  styles: `
    .photo {
      margin: 0 0 1.25rem;
      padding: 1rem 1.25rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.75rem;
      min-width: 0;
    }
    legend {
      padding: 0 0.25rem;
      font-weight: 700;
      font-size: 1.125rem;
    }
    .photo__row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
    }
    .photo__image {
      width: 7.5rem;
      height: 7.5rem;
      object-fit: cover;
      border-radius: 50%;
    }
    .photo__none {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .photo__input {
      display: none;
    }
    .photo__problem {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PhotoSection {
  private readonly api = inject(InstructorsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly photoUrl = input<string | null>(null);
  readonly visibility = input.required<FormControl<Visibility>>();
  readonly editable = input(true);
  /** The new photo's address, after a successful upload. */
  readonly photoSaved = output<string>();

  protected readonly t = scopedTranslator(teachJa, teachEn);
  protected readonly upload = new SubmitState(() => this.host.nativeElement);
  protected readonly uploaded = signal(false);
  protected readonly tooLarge = signal(false);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('file');

  protected async choose(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.uploaded.set(false);
    this.tooLarge.set(false);
    if (!file) return;
    if (file.size > MAX_PHOTO_BYTES) {
      this.tooLarge.set(true);
      return;
    }
    const result = await this.upload.run(null, () => this.api.uploadPhoto(file));
    const input = this.fileInput()?.nativeElement;
    if (input) input.value = '';
    if (!result) return;
    this.uploaded.set(true);
    this.photoSaved.emit(result.photoUrl);
  }
}
