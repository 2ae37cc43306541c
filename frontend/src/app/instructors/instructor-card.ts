import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { instructorEn, instructorJa } from './instructor-messages';

/**
 * What a card shows of an instructor: the public course page's instructor (id, names, photo,
 * fields) and, in the directory, also what they teach and whether they teach online. The API's
 * types are assignable to it, so the compiler notices when they drift apart.
 */
export interface InstructorCardData {
  id: string;
  displayName: string;
  displayNameEn?: string | null;
  photoUrl?: string | null;
  fields: readonly string[];
  kind?: string;
  titleJa?: string | null;
  titleEn?: string | null;
  online?: boolean | null;
}

/** One instructor in a list: a photo (or their initial), name, fields, what they teach. */
@Component({
  selector: 'tsu-instructor-card',
  imports: [RouterLink],
  template: `
    <article class="card">
      @if (instructor().photoUrl; as photo) {
        <img class="card__photo" [src]="photo" alt="" width="72" height="72" loading="lazy" />
      } @else {
        <span class="card__photo card__photo--initial" aria-hidden="true">{{ initial() }}</span>
      }
      <div class="card__body">
        <h3 class="card__title">
          <a class="card__link" [routerLink]="['/instructors', instructor().id]">{{ name() }}</a>
        </h3>
        @if (title()) {
          <p class="card__teaches">{{ title() }}</p>
        }
        <ul class="badge-list" [attr.aria-label]="t('card.fields')">
          @if (instructor().kind === 'group') {
            <li class="badge badge--primary">{{ t('card.group') }}</li>
          }
          @for (field of fields(); track field) {
            <li class="badge badge--tertiary">{{ field }}</li>
          }
          @if (instructor().online) {
            <li class="badge">{{ t('card.online') }}</li>
          }
        </ul>
      </div>
    </article>
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    .card {
      position: relative;
      height: 100%;
      box-sizing: border-box;
      display: flex;
      gap: 1rem;
      align-items: flex-start;
      padding: 1.25rem;
      border-radius: 1rem;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .card:hover,
    .card:focus-within {
      box-shadow: var(--mat-sys-level2);
    }
    .card__photo {
      flex: none;
      width: 4.5rem;
      height: 4.5rem;
      border-radius: 50%;
      object-fit: cover;
      background: var(--mat-sys-surface-container-high);
    }
    .card__photo--initial {
      display: grid;
      place-items: center;
      font-size: 1.75rem;
      font-weight: 700;
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .card__body {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      min-width: 0;
    }
    .card__title {
      font-size: 1.125rem;
    }
    .card__link {
      color: var(--mat-sys-on-surface);
      text-decoration: underline;
      text-decoration-color: var(--mat-sys-outline-variant);
    }
    /* The whole card is clickable through the name, so there is one tab stop per card. */
    .card__link::after {
      content: '';
      position: absolute;
      inset: 0;
      border-radius: 1rem;
    }
    .card__link:focus-visible {
      outline: none;
    }
    .card__link:focus-visible::after {
      outline: 3px solid var(--mat-sys-tertiary);
      outline-offset: 2px;
    }
    .card__teaches {
      margin: 0;
    }
    @media (max-width: 24rem) {
      .card {
        flex-direction: column;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstructorCard {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);

  readonly instructor = input.required<InstructorCardData>();

  protected readonly t = scopedTranslator(instructorJa, instructorEn);
  protected readonly name = computed(() =>
    this.i18n.pick(this.instructor().displayName, this.instructor().displayNameEn),
  );
  protected readonly initial = computed(() => [...this.name()][0] ?? '');
  protected readonly title = computed(() =>
    this.i18n.pick(this.instructor().titleJa, this.instructor().titleEn),
  );
  protected readonly fields = computed(() =>
    this.instructor().fields.map((code) => this.reference.label('categories', code)),
  );
}
