import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { Icon } from '../core/layout/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { FamilyMember, FamilyRelationship } from '../api/api-types';
import { AccountApi } from './account-api';
import { controlErrorMessage } from '../core/forms/control-error';
import { FormAlert } from '../core/forms/form-alert';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { SubmitState } from '../core/forms/submit-state';
import { birthYear, kana } from '../core/forms/validators';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { accountEn, accountJa, type AccountMessageKey } from './account-messages';

export const RELATIONSHIPS: readonly FamilyRelationship[] = ['child', 'partner', 'parent', 'other'];
const RELATIONSHIP_LABELS: Record<FamilyRelationship, AccountMessageKey> = {
  child: 'family.relationship.child',
  partner: 'family.relationship.partner',
  parent: 'family.relationship.parent',
  other: 'family.relationship.other',
};

/** Editing either a new member (`id` null) or an existing one. */
interface Editing {
  id: string | null;
  name: string;
}

/** Family members (children with birth years) to bring to parent-and-child courses. */
@Component({
  selector: 'tsu-family-section',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    Icon,
    MatInputModule,
    MatSelectModule,
    FormAlert,
    LoadState,
    LoadedContent,
  ],
  templateUrl: './family-section.html',
  styleUrls: ['./account-section.scss', './family-section.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FamilySection {
  private readonly api = inject(AccountApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly t = scopedTranslator(accountJa, accountEn);
  protected readonly core = this.i18n.t;
  protected readonly relationships = RELATIONSHIPS;
  protected readonly relationshipLabels = RELATIONSHIP_LABELS;

  protected readonly family = this.api.familyMembers();
  protected readonly members = computed(() => (this.family.hasValue() ? this.family.value() : []));
  protected readonly editing = signal<Editing | null>(null);
  protected readonly confirmingRemoval = signal<string | null>(null);
  protected readonly announcement = signal<string | null>(null);

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(50)],
    }),
    nameKana: new FormControl('', { nonNullable: true, validators: [kana] }),
    birthYear: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, birthYear()],
    }),
    relationship: new FormControl<FamilyRelationship>('child', { nonNullable: true }),
  });
  protected readonly submit = new SubmitState(() => this.host.nativeElement);
  protected readonly removal = new SubmitState(() => this.host.nativeElement);

  protected fieldError(name: 'name' | 'nameKana' | 'birthYear'): string | null {
    return controlErrorMessage(this.form.controls[name], this.core, this.i18n.language());
  }

  protected startAdding(): void {
    this.submit.clear();
    this.form.reset({ name: '', nameKana: '', birthYear: '', relationship: 'child' });
    this.editing.set({ id: null, name: '' });
    this.focusSoon('#family-name');
  }

  protected startEditing(member: FamilyMember): void {
    this.submit.clear();
    this.form.reset({
      name: member.name,
      nameKana: member.nameKana,
      birthYear: String(member.birthYear),
      relationship: member.relationship,
    });
    this.editing.set({ id: member.id, name: member.name });
    this.focusSoon('#family-name');
  }

  protected cancel(): void {
    const editing = this.editing();
    this.editing.set(null);
    this.focusSoon(editing?.id ? `#family-edit-${editing.id}` : '#family-add');
  }

  protected relationshipLabel(relationship: FamilyRelationship): string {
    return this.t(RELATIONSHIP_LABELS[relationship]);
  }

  protected async save(): Promise<void> {
    const editing = this.editing();
    if (!editing) return;
    const value = this.form.getRawValue();
    const input = {
      name: value.name.trim(),
      nameKana: value.nameKana.trim(),
      birthYear: Number(value.birthYear),
      relationship: value.relationship,
    };
    const saved = await this.submit.run(this.form, () =>
      editing.id ? this.api.updateFamilyMember(editing.id, input) : this.api.addFamilyMember(input),
    );
    if (!saved) return;
    this.family.update((members = []) =>
      editing.id
        ? members.map((member) => (member.id === saved.id ? saved : member))
        : [...members, saved],
    );
    this.editing.set(null);
    this.announcement.set(
      this.t(editing.id ? 'family.updated' : 'family.added', { name: saved.name }),
    );
    this.focusSoon(`#family-edit-${saved.id}`);
  }

  protected async remove(member: FamilyMember): Promise<void> {
    const done = await this.removal.run(null, () => this.api.removeFamilyMember(member.id));
    if (done === undefined) return;
    this.family.update((members = []) => members.filter((other) => other.id !== member.id));
    this.confirmingRemoval.set(null);
    this.announcement.set(this.t('family.removed', { name: member.name }));
    this.focusSoon('#family-add');
  }

  private focusSoon(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
