import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { en } from '../i18n/messages-en';
import { ja, type MessageKey } from '../i18n/messages-ja';
import { jaPages } from '../i18n/messages-ja-pages';
import { interpolate, type MessageParams } from '../i18n/i18n.service';
import { applyServerFieldErrors, apiErrorMessage } from './api-error';
import { controlErrorMessage } from './control-error';
import { SubmitState } from './submit-state';
import { birthYear, kana, passwordRules, phone, sameAs } from './validators';

const tJa = (key: MessageKey, params?: MessageParams) =>
  interpolate({ ...ja, ...jaPages }[key], params);
const tEn = (key: MessageKey, params?: MessageParams) => interpolate(en[key], params);

function validationError(fields: { field: string; ja: string; en: string }[]) {
  return new HttpErrorResponse({
    status: 400,
    error: {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: '入力内容に誤りがあります。',
      messages: { ja: '入力内容に誤りがあります。', en: 'Some values are not valid.' },
      fields,
    },
  });
}

describe('passwordRules', () => {
  const rule = passwordRules(() => 'hanako.sato@example.jp');
  const check = (value: string) => rule(new FormControl(value));

  it('asks for ten characters and leaves an empty field to `required`', () => {
    expect(check('')).toBeNull();
    expect(check('short-pw1')).toEqual({ passwordLength: { min: 10 } });
    expect(check('筑波山の春が好きです')).toBeNull();
  });

  it('refuses a password containing the email address or its name part', () => {
    expect(check('hanako.sato@example.jp!')).toEqual({ passwordContainsEmail: true });
    expect(check('my-HANAKO.SATO-2026')).toEqual({ passwordContainsEmail: true });
    expect(check('tsukuba-autumn-walk')).toBeNull();
  });
});

describe('field validators', () => {
  it('kana accepts hiragana, katakana, long marks and spaces only', () => {
    expect(kana(new FormControl('さとう はなこ'))).toBeNull();
    expect(kana(new FormControl('サトウ・ハナコー'))).toBeNull();
    expect(kana(new FormControl(''))).toBeNull();
    expect(kana(new FormControl('佐藤'))).toEqual({ kana: true });
    expect(kana(new FormControl('Sato'))).toEqual({ kana: true });
  });

  it('birthYear allows 120 years back to this year, or nothing', () => {
    const rule = birthYear(() => new Date('2026-11-25T12:00:00+09:00'));
    expect(rule(new FormControl(''))).toBeNull();
    expect(rule(new FormControl(2019))).toBeNull();
    expect(rule(new FormControl('1906'))).toBeNull();
    expect(rule(new FormControl(2027))).toEqual({ birthYear: { min: 1906, max: 2026 } });
    expect(rule(new FormControl(1905))).toEqual({ birthYear: { min: 1906, max: 2026 } });
    expect(rule(new FormControl(1900))).not.toBeNull();
    expect(rule(new FormControl('20a9'))).not.toBeNull();
  });

  it('phone accepts numbers as people write them', () => {
    expect(phone(new FormControl('029-883-1111'))).toBeNull();
    expect(phone(new FormControl('090 1234 5678'))).toBeNull();
    expect(phone(new FormControl('+81 29-883-1111'))).toBeNull();
    expect(phone(new FormControl('12345'))).toEqual({ phone: true });
    expect(phone(new FormControl('call me'))).toEqual({ phone: true });
  });

  it('sameAs compares with the other field', () => {
    expect(sameAs(() => 'abc')(new FormControl('abc'))).toBeNull();
    expect(sameAs(() => 'abc')(new FormControl('abd'))).toEqual({ mismatch: true });
  });
});

describe('controlErrorMessage', () => {
  it('speaks the first broken rule in the current language, with its numbers', () => {
    const control = new FormControl('pw', [
      Validators.required,
      passwordRules(() => 'a@example.jp'),
    ]);
    expect(controlErrorMessage(control, tJa, 'ja')).toBe('10文字以上にしてください');
    expect(controlErrorMessage(control, tEn, 'en')).toBe('Please use at least 10 characters');
    control.setValue('');
    expect(controlErrorMessage(control, tJa, 'ja')).toBe('入力してください');
    control.setValue('a-long-enough-password');
    expect(controlErrorMessage(control, tJa, 'ja')).toBeNull();
  });

  it('prefers what the API said about the field, until the field is edited', () => {
    const form = new FormGroup({
      password: new FormControl('password1234', { nonNullable: true }),
    });
    const unmatched = applyServerFieldErrors(
      form,
      validationError([
        {
          field: 'password',
          ja: 'よく使われるパスワードです。',
          en: 'This password is too common.',
        },
        { field: 'captcha', ja: '別の項目', en: 'Another field' },
      ]),
    );
    expect(unmatched).toEqual([{ ja: '別の項目', en: 'Another field' }]);
    const control = form.controls.password;
    expect(control.touched).toBe(true);
    expect(controlErrorMessage(control, tEn, 'en')).toBe('This password is too common.');
    control.setValue('tsukuba-autumn-walk');
    expect(controlErrorMessage(control, tEn, 'en')).toBeNull();
  });
});

describe('apiErrorMessage', () => {
  it('uses the API message in the current language, or the fallback for a network failure', () => {
    const fallback = { ja: '通信エラー', en: 'Network error' };
    expect(apiErrorMessage(validationError([]), 'en', fallback)).toBe('Some values are not valid.');
    const offline = new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') });
    expect(apiErrorMessage(offline, 'ja', fallback)).toBe('通信エラー');
  });
});

describe('SubmitState', () => {
  it('does not send an invalid form and asks to look at the fields', async () => {
    const form = new FormGroup({ email: new FormControl('', Validators.required) });
    const state = new SubmitState(() => undefined);
    const action = jest.fn();
    expect(await state.run(form, action)).toBeUndefined();
    expect(action).not.toHaveBeenCalled();
    expect(form.controls.email.touched).toBe(true);
    expect(state.problem()).toBe('form.error.summary');
  });

  it('is busy while sending and keeps the API error and its code', async () => {
    const state = new SubmitState(() => undefined);
    const failing = state.run(null, () =>
      Promise.reject(
        new HttpErrorResponse({
          status: 401,
          error: {
            statusCode: 401,
            code: 'INVALID_CREDENTIALS',
            message: 'x',
            messages: {
              ja: 'メールアドレスかパスワードが違います。',
              en: 'Wrong email or password.',
            },
          },
        }),
      ),
    );
    expect(state.busy()).toBe(true);
    expect(await failing).toBeUndefined();
    expect(state.busy()).toBe(false);
    expect(state.code()).toBe('INVALID_CREDENTIALS');
    expect(state.error()?.en).toBe('Wrong email or password.');

    expect(await state.run(null, () => Promise.resolve('ok'))).toBe('ok');
    expect(state.error()).toBeNull();
  });
});
