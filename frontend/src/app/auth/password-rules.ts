import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { authEn, authJa } from './auth-messages';

/** The password rules, written out before the person types (linked by aria-describedby). */
@Component({
  selector: 'tsu-password-rules',
  template: `
    <div class="rules" [id]="rulesId()">
      <p>{{ t('password.rulesTitle') }}</p>
      <ul>
        <li>{{ t('password.ruleLength') }}</li>
        <li>{{ t('password.ruleEmail') }}</li>
        <li>{{ t('password.ruleCommon') }}</li>
      </ul>
      <span>{{ t('password.ruleTip') }}</span>
    </div>
  `,
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordRules {
  readonly rulesId = input.required<string>();
  protected readonly t = scopedTranslator(authJa, authEn);
}
