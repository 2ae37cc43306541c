import { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { createProfileForm, profileFormValue } from './profile-form-model';

/**
 * A dialog that answers every confirmation with `answer` and records what was asked, so a spec
 * proves that a step is confirmed first (and not taken when the person says no).
 */
export function confirmingDialog(answer: boolean) {
  const asked: string[] = [];
  const dialog = {
    open: (_component: unknown, config: { data: { title: string } }) => {
      asked.push(config.data.title);
      return { afterClosed: () => of(answer) };
    },
  };
  return { asked, provider: { provide: MatDialog, useValue: dialog } };
}

/** A whole profile as the API holds it, with the fields a spec names. */
export function profileContent(overrides: Record<string, unknown> = {}) {
  return {
    ...profileFormValue(createProfileForm()),
    displayName: '星野 昭',
    titleJa: '筑波山で星空を楽しむ天体観察入門',
    descriptionJa: '望遠鏡の使い方から、季節の星座の見つけ方まで。',
    ...overrides,
  };
}
