import { httpResource } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import type { LabelledCode, Reference } from '../../api/api-types';
import { I18nService } from '../i18n/i18n.service';

export type ReferenceList = Exclude<
  keyof Reference,
  'pillars' | 'basicPolicies' | 'accountLinkHours'
>;

/**
 * The catalogue's code lists and their labels, loaded once for the whole visit. Labels come from
 * the API so that the backend's list is the only one.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceService {
  private readonly i18n = inject(I18nService);
  private readonly resource = httpResource<Reference>(() => '/api/reference');

  readonly reference = computed(() => this.resource.value());
  readonly error = computed(() => this.resource.error());
  /** How long each mailed link works (the backend's constant, as the mails state it). */
  readonly accountLinkHours = computed(() => this.reference()?.accountLinkHours);

  list(name: ReferenceList): LabelledCode[] {
    return this.reference()?.[name] ?? [];
  }

  /** The label of a code in the current language; the code itself until the lists arrive. */
  label(name: ReferenceList, code: string): string {
    const entry = this.list(name).find((item) => item.code === code);
    return entry ? this.i18n.pick(entry.ja, entry.en) : code;
  }

  pillarLabel(pillar: number): string {
    const entry = this.reference()?.pillars.find((item) => item.number === pillar);
    return entry ? this.i18n.pick(entry.ja, entry.en) : String(pillar);
  }

  reload(): void {
    this.resource.reload();
  }
}
