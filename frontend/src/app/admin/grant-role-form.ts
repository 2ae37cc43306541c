import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  FormGroupDirective,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { AssignableRole, GrantRoleRequest, RoleGrantResult } from '../api/api-types';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { SubmitState } from '../core/forms/submit-state';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { AdminApi } from './admin-api';
import { ASSIGNABLE_ROLES, ROLE_LABELS } from './admin-labels';
import { adminEn, adminJa } from './admin-messages';

/** The organisation is required for organisers, the facility for staff; nothing else has a scope. */
export function grantScopeRequired(group: AbstractControl): ValidationErrors | null {
  const role = group.get('role')?.value as AssignableRole | null;
  const organisation = group.get('organisationId');
  const facility = group.get('facilityId');
  const missing = (control: AbstractControl | null) => !control?.value;
  setRequired(organisation, role === 'organiser' && missing(organisation));
  setRequired(facility, role === 'facility_staff' && missing(facility));
  return null;
}

function setRequired(control: AbstractControl | null, isMissing: boolean): void {
  if (!control) return;
  const errors = { ...(control.errors ?? {}) };
  if (isMissing) errors['required'] = true;
  else delete errors['required'];
  control.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
}

/** The body for the API: only the scope the role has, so a stale choice never travels. */
export function grantRequest(value: {
  email: string;
  role: AssignableRole;
  organisationId: string;
  facilityId: string;
  isOrganisationAdmin: boolean;
}): GrantRoleRequest {
  const email = value.email.trim();
  switch (value.role) {
    case 'organiser':
      return {
        email,
        role: value.role,
        organisationId: value.organisationId,
        isOrganisationAdmin: value.isOrganisationAdmin,
      };
    case 'facility_staff':
      return { email, role: value.role, facilityId: value.facilityId };
    default:
      return { email, role: value.role };
  }
}

/**
 * Grant a role by email: at once to a registered person, else by invitation (the API decides
 * and says which). Organisations and facilities come from the administrator API.
 */
@Component({
  selector: 'tsu-grant-role-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    FormAlert,
  ],
  templateUrl: './grant-role-form.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantRoleForm {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Prefills the address (from a person's page). */
  readonly email = input<string>('');
  readonly granted = output<RoleGrantResult>();

  protected readonly t = scopedTranslator(adminJa, adminEn);
  protected readonly core = this.i18n.t;
  protected readonly pick = this.i18n.pick;
  protected readonly roles = ASSIGNABLE_ROLES;
  protected readonly roleLabels = ROLE_LABELS;

  private readonly organisationsResource = this.api.organisations();
  private readonly facilitiesResource = this.api.facilities();
  protected readonly organisations = computed(() =>
    [...this.organisationsResource.value()].sort((a, b) => a.nameJa.localeCompare(b.nameJa, 'ja')),
  );
  protected readonly facilities = computed(() => this.facilitiesResource.value());

  protected readonly form = new FormGroup(
    {
      email: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.email],
      }),
      role: new FormControl<AssignableRole>('organiser', { nonNullable: true }),
      organisationId: new FormControl('', { nonNullable: true }),
      facilityId: new FormControl('', { nonNullable: true }),
      isOrganisationAdmin: new FormControl(false, { nonNullable: true }),
    },
    { validators: grantScopeRequired },
  );
  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  /** Resetting through the directive also clears its `submitted` flag, so no error shows. */
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly result = signal<string | null>(null);

  constructor() {
    effect(() => {
      const email = this.email();
      if (email) this.form.controls.email.setValue(email);
    });
  }

  protected fieldError(name: 'email' | 'organisationId' | 'facilityId'): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected async grant(): Promise<void> {
    this.result.set(null);
    this.form.updateValueAndValidity();
    const request = grantRequest(this.form.getRawValue());
    const result = await this.submit.run(this.form, () => this.api.grantRole(request));
    if (!result) return;
    this.result.set(
      result.status === 'granted'
        ? this.t('grant.granted', {
            email: request.email,
            role: this.t(ROLE_LABELS[request.role]),
          })
        : this.t('grant.invited', { email: request.email }),
    );
    this.formDirective()?.resetForm({
      email: this.email(),
      role: request.role,
      organisationId: '',
      facilityId: '',
      isOrganisationAdmin: false,
    });
    this.granted.emit(result);
  }
}
