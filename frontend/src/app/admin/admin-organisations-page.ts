import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AdminOrganisation, OrganisationKind } from '../api/api-types';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { phone } from '../core/forms/validators';
import { I18nService } from '../core/i18n/i18n.service';
import { DataTable } from '../core/layout/data-table';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { ReferenceService } from '../core/reference/reference.service';
import { AdminApi } from './admin-api';
import { adminEn, adminJa } from './admin-messages';
import { consoleTitle } from './page-title';

type Field = 'nameJa' | 'nameEn' | 'websiteUrl' | 'phone';

/** The organisations that publish courses: list, filter, add and edit. */
@Component({
  selector: 'tsu-admin-organisations-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    LoadState,
    LoadedContent,
    DataTable,
    MatSelectModule,
    FormAlert,
  ],
  templateUrl: './admin-organisations-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminOrganisationsPage {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly kinds = computed(() => this.reference.list('organisationKinds'));

  protected readonly resource = this.api.organisations();
  protected readonly filter = new FormControl('', { nonNullable: true });
  private readonly filterText = toSignal(this.filter.valueChanges, { initialValue: '' });
  protected readonly rows = computed(() => {
    const needle = this.filterText().trim().toLowerCase();
    return (this.resource.hasValue() ? this.resource.value() : [])
      .filter(
        (organisation) =>
          !needle ||
          organisation.nameJa.toLowerCase().includes(needle) ||
          organisation.nameEn.toLowerCase().includes(needle),
      )
      .map((organisation) => ({
        ...organisation,
        name: this.pick(organisation.nameJa, organisation.nameEn),
        kindLabel: this.reference.label('organisationKinds', organisation.kind),
      }));
  });

  /** null: no form; '' : adding; an id: editing that organisation. */
  protected readonly editing = signal<string | null>(null);
  protected readonly editingName = signal('');
  protected readonly form = new FormGroup({
    kind: new FormControl<OrganisationKind>('city_department', { nonNullable: true }),
    nameJa: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    nameEn: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(150)],
    }),
    websiteUrl: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(/^https?:\/\/\S+$/)],
    }),
    phone: new FormControl('', { nonNullable: true, validators: [phone] }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    consoleTitle(
      () => this.t('organisations.heading'),
      () => this.t('heading'),
    );
  }

  protected fieldError(name: Field): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected startAdding(): void {
    this.submit.clear();
    this.form.reset({ kind: 'city_department', nameJa: '', nameEn: '', websiteUrl: '', phone: '' });
    this.editing.set('');
    this.focusSoon('#organisation-name-ja');
  }

  protected startEditing(organisation: AdminOrganisation): void {
    this.submit.clear();
    this.form.reset({
      kind: organisation.kind,
      nameJa: organisation.nameJa,
      nameEn: organisation.nameEn,
      websiteUrl: organisation.websiteUrl ?? '',
      phone: organisation.phone ?? '',
    });
    this.editingName.set(this.pick(organisation.nameJa, organisation.nameEn));
    this.editing.set(organisation.id);
    this.focusSoon('#organisation-name-ja');
  }

  protected cancel(): void {
    this.editing.set(null);
  }

  protected async save(): Promise<void> {
    const id = this.editing();
    if (id === null) return;
    const value = this.form.getRawValue();
    const input = {
      kind: value.kind,
      nameJa: value.nameJa.trim(),
      nameEn: value.nameEn.trim(),
      websiteUrl: value.websiteUrl.trim() || null,
      phone: value.phone.trim() || null,
    };
    const saved = await this.submit.run(this.form, () =>
      id ? this.api.updateOrganisation(id, input) : this.api.createOrganisation(input),
    );
    if (!saved) return;
    this.editing.set(null);
    this.announcement.set(
      this.t('organisations.saved', { name: this.pick(saved.nameJa, saved.nameEn) }),
    );
    this.resource.reload();
  }

  private focusSoon(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
