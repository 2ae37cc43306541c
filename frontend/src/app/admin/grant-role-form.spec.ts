import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { GrantRoleForm, grantRequest, grantScopeRequired } from './grant-role-form';
import { settle } from '../core/testing/component-testing';

const base = {
  email: ' staff.new@example.jp ',
  organisationId: 'org-1',
  facilityId: 'fac-1',
  isOrganisationAdmin: true,
};

describe('grantRequest', () => {
  it('sends only the scope that the role has', () => {
    expect(grantRequest({ ...base, role: 'organiser' })).toEqual({
      email: 'staff.new@example.jp',
      role: 'organiser',
      organisationId: 'org-1',
      isOrganisationAdmin: true,
    });
    expect(grantRequest({ ...base, role: 'facility_staff' })).toEqual({
      email: 'staff.new@example.jp',
      role: 'facility_staff',
      facilityId: 'fac-1',
    });
    expect(grantRequest({ ...base, role: 'city_admin' })).toEqual({
      email: 'staff.new@example.jp',
      role: 'city_admin',
    });
  });
});

describe('grantScopeRequired', () => {
  it('requires the organisation for organisers and the facility for staff only', () => {
    const form = new FormGroup(
      {
        role: new FormControl('organiser'),
        organisationId: new FormControl(''),
        facilityId: new FormControl(''),
      },
      { validators: grantScopeRequired },
    );
    expect(form.controls.organisationId.hasError('required')).toBe(true);
    expect(form.controls.facilityId.errors).toBeNull();

    form.controls.role.setValue('facility_staff');
    expect(form.controls.organisationId.errors).toBeNull();
    expect(form.controls.facilityId.hasError('required')).toBe(true);

    form.controls.facilityId.setValue('fac-1');
    expect(form.valid).toBe(true);

    form.controls.role.setValue('instructor');
    form.controls.facilityId.setValue('');
    expect(form.valid).toBe(true);
  });
});

/** Lets the submit's promise chain finish, then renders. */
describe('GrantRoleForm', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).setLanguage('ja');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(GrantRoleForm);
    const granted = jest.fn();
    fixture.componentInstance.granted.subscribe(granted);
    // The resources send their requests on the first tick; answer them before waiting for
    // stability (pending requests keep the app unstable).
    TestBed.tick();
    http.expectOne('/api/admin/organisations').flush([
      {
        id: 'org-1',
        kind: 'city_department',
        nameJa: '生涯学習推進課',
        nameEn: 'Lifelong Learning',
        websiteUrl: null,
        phone: null,
        memberCount: 1,
        courseCount: 10,
      },
    ]);
    http.expectOne('/api/admin/facilities').flush([
      {
        id: 'fac-1',
        kind: 'community_centre',
        nameJa: '吾妻交流センター',
        nameEn: 'Azuma Community Centre',
        postalCode: '305-0031',
        addressJa: '',
        addressEn: '',
        phone: '',
        roomCount: 5,
        staffCount: 1,
      },
    ]);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, granted, loader };
  }

  it('makes someone facility staff of the chosen facility and says what happened', async () => {
    const { fixture, granted, loader } = await render();
    await (await loader.getHarness(MatInputHarness)).setValue('new.staff@example.jp');
    const [role] = await loader.getAllHarnesses(MatSelectHarness);
    await role.clickOptions({ text: '施設スタッフ' });
    const selects = await loader.getAllHarnesses(MatSelectHarness);
    expect(selects).toHaveLength(2);
    await selects[1].clickOptions({ text: '吾妻交流センター' });

    await (await loader.getHarness(MatButtonHarness.with({ text: '付与する' }))).click();
    const request = http.expectOne('/api/admin/role-assignments');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'new.staff@example.jp',
      role: 'facility_staff',
      facilityId: 'fac-1',
    });
    request.flush({ status: 'granted', roleAssignmentId: 'ra-1', invitationId: null });
    await settle(fixture, { turns: 1, stable: true });

    expect(granted).toHaveBeenCalledWith({
      status: 'granted',
      roleAssignmentId: 'ra-1',
      invitationId: null,
    });
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'new.staff@example.jp に「施設スタッフ」を付与しました。',
    );
    // The emptied form is ready for the next grant, without an error on the emptied field.
    expect(fixture.nativeElement.querySelector('mat-error')).toBeNull();
  });

  it('does not send a grant for an organiser without an organisation', async () => {
    const { fixture, loader } = await render();
    await (await loader.getHarness(MatInputHarness)).setValue('colleague@example.jp');
    await (await loader.getHarness(MatButtonHarness.with({ text: '付与する' }))).click();
    await fixture.whenStable();
    http.expectNone('/api/admin/role-assignments');
    expect(fixture.nativeElement.textContent).toContain('入力してください');
  });

  it('shows the API refusal next to the field it names', async () => {
    const { fixture, loader } = await render();
    await (await loader.getHarness(MatInputHarness)).setValue('colleague@example.jp');
    const [role] = await loader.getAllHarnesses(MatSelectHarness);
    await role.clickOptions({ text: '市の管理者' });
    await (await loader.getHarness(MatButtonHarness.with({ text: '付与する' }))).click();
    http.expectOne('/api/admin/role-assignments').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: '入力内容に誤りがあります。',
        messages: { ja: '入力内容に誤りがあります。', en: 'Some values are not valid.' },
        fields: [
          {
            field: 'email',
            ja: 'このアドレスには送れません。',
            en: 'Cannot send to this address.',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture, { turns: 1, stable: true });
    expect(fixture.nativeElement.querySelector('mat-error')?.textContent).toContain(
      'このアドレスには送れません。',
    );
  });
});
