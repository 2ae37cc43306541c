import {
  createProfileForm,
  parseKeywords,
  patchProfileForm,
  profileFormValue,
} from './profile-form-model';

describe('the instructor profile form', () => {
  it('splits keywords at Japanese and Latin commas, keeping spaces inside a keyword', () => {
    expect(parseKeywords('そば打ち、和食, soba making，郷土料理\n和食')).toEqual([
      'そば打ち',
      '和食',
      'soba making',
      '郷土料理',
    ]);
    expect(parseKeywords(' 、 ,')).toEqual([]);
  });

  it('sends an individual without group details and a fee amount only per session', () => {
    const form = createProfileForm();
    form.patchValue({
      kind: 'individual',
      displayName: '  星野 昭 ',
      groupMemberCount: 12,
      groupRepresentative: '代表',
      keywords: '天体観測、星空',
      feeType: 'free',
      feeAmountYen: 3000,
    });
    const body = profileFormValue(form);
    expect(body.displayName).toBe('星野 昭');
    expect(body.keywords).toEqual(['天体観測', '星空']);
    expect(body.groupMemberCount).toBeNull();
    expect(body.groupRepresentative).toBe('');
    expect(body.feeAmountYen).toBeNull();

    form.patchValue({ kind: 'group', feeType: 'per_session' });
    const group = profileFormValue(form);
    expect(group.groupMemberCount).toBe(12);
    expect(group.groupRepresentative).toBe('代表');
    expect(group.feeAmountYen).toBe(3000);
  });

  it('keeps a group’s details private by default and every other part public', () => {
    const visibility = profileFormValue(createProfileForm()).visibility;
    expect(visibility.group).toBe('organisers');
    expect(visibility.description).toBe('public');
    expect(visibility.photo).toBe('public');
  });

  it('replaces the lists when a saved profile is loaded, and sends them back unchanged', () => {
    const form = createProfileForm();
    const saved = {
      ...profileFormValue(form),
      displayName: '茶道 一葉',
      titleJa: 'はじめての茶道',
      descriptionJa: '裏千家の基本の点前。',
      keywords: ['茶道', '和菓子'],
      qualifications: [{ name: '茶道裏千家 準教授', issuer: '裏千家', year: 2010 }],
      learningHistory: [{ courseId: 'c1', title: '和菓子づくり', year: 2025 }],
    };
    patchProfileForm(form, saved);
    patchProfileForm(form, saved);
    expect(form.controls.qualifications.length).toBe(1);
    expect(form.controls.keywords.value).toBe('茶道、和菓子');
    expect(profileFormValue(form)).toEqual(saved);
  });
});
