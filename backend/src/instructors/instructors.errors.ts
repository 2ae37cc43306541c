import type { Label } from '../reference/reference-data';
import { defineFeatureErrors } from '../common/errors/error-definition';

/** The instructor bank (人材バンク): profiles, their review, the directory and requests. */
export enum InstructorsErrorCode {
  InstructorProfileNotFound = 'INSTRUCTOR_PROFILE_NOT_FOUND',
  InstructorProfileNotEligible = 'INSTRUCTOR_PROFILE_NOT_ELIGIBLE',
  InstructorProfileTransitionNotAllowed = 'INSTRUCTOR_PROFILE_TRANSITION_NOT_ALLOWED',
  InstructorProfileVersionConflict = 'INSTRUCTOR_PROFILE_VERSION_CONFLICT',
  InstructorProfileLocked = 'INSTRUCTOR_PROFILE_LOCKED',
  InstructorRequestNotFound = 'INSTRUCTOR_REQUEST_NOT_FOUND',
  InstructorRequestNotAllowed = 'INSTRUCTOR_REQUEST_NOT_ALLOWED',
  InstructorRequestStateConflict = 'INSTRUCTOR_REQUEST_STATE_CONFLICT',
  InstructorNotRegistered = 'INSTRUCTOR_NOT_REGISTERED',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const INSTRUCTORS_ERRORS = defineFeatureErrors('instructors', InstructorsErrorCode, {
  [InstructorsErrorCode.InstructorProfileNotFound]: {
    status: 404,
    message: {
      ja: '講師プロフィールが見つかりません。',
      en: 'Instructor profile not found.',
    },
  },
  [InstructorsErrorCode.InstructorProfileNotEligible]: {
    status: 422,
    message: {
      ja: '人材バンクに登録できるのは、18歳以上で、つくば市に在住・在勤・在学の方です。アカウントのページで生まれ年とつくば市との関係を確かめてください。',
      en: 'The instructor bank is open to people aged 18 or over who live, work or study in Tsukuba. Please check your birth year and your relation to Tsukuba on your account page.',
    },
  },
  [InstructorsErrorCode.InstructorProfileTransitionNotAllowed]: {
    status: 409,
    message: {
      ja: 'この登録の現在の状態では、その操作はできません。画面を更新して状態を確かめてください。',
      en: 'This cannot be done in the registration’s current state. Please reload to see its state.',
    },
  },
  [InstructorsErrorCode.InstructorProfileVersionConflict]: {
    status: 409,
    message: {
      ja: 'この申請は、ほかの担当者の判断または申請者の変更によって更新されています。画面を更新して最新の内容を確かめてください。',
      en: 'This application has changed since you opened it (another reviewer decided, or the applicant changed it). Please reload it.',
    },
  },
  [InstructorsErrorCode.InstructorProfileLocked]: {
    status: 409,
    message: {
      ja: '審査中のため編集できません。修正が必要なときは担当課から差し戻されます。',
      en: 'The application is being reviewed and cannot be edited now; the section will return it if changes are needed.',
    },
  },
  [InstructorsErrorCode.InstructorRequestNotFound]: {
    status: 404,
    message: { ja: '講師依頼が見つかりません。', en: 'Instructor request not found.' },
  },
  [InstructorsErrorCode.InstructorRequestNotAllowed]: {
    status: 403,
    message: {
      ja: 'この操作は依頼の相手方だけができます。',
      en: 'Only the other party of this request can do this.',
    },
  },
  [InstructorsErrorCode.InstructorRequestStateConflict]: {
    status: 409,
    message: {
      ja: 'この依頼の現在の状態では、その操作はできません。画面を更新して確かめてください。',
      en: 'This cannot be done in the request’s current state. Please reload it.',
    },
  },
  [InstructorsErrorCode.InstructorNotRegistered]: {
    status: 404,
    message: {
      ja: '登録中の講師が見つかりません（登録の期限切れ・辞退・停止の可能性があります）。',
      en: 'No registered instructor found (the registration may have expired, been withdrawn or suspended).',
    },
  },
});

/** The feature's other user-facing words (field messages, mails). */
export const INSTRUCTORS_MESSAGES = {
  leadTime: (days: number): Label => ({
    ja: `候補日は、今日から${days}日後以降の日時にしてください。`,
    en: `Date options must be at least ${days} days from today.`,
  }),
  optionEndsBeforeStart: {
    ja: '終了時刻は開始時刻より後にしてください。',
    en: 'The end must be after the start.',
  },
  unknownArea: {
    ja: '活動地域には交流センターを選んでください。',
    en: 'Choose community centres as areas.',
  },
  unknownFacility: {
    ja: '会場の施設が見つかりません。',
    en: 'The facility of the place was not found.',
  },
  organisationNotYours: {
    ja: '依頼元には、あなたが主催者として所属する団体を選んでください。',
    en: 'Choose an organisation you organise for as the requester.',
  },
  groupNameNeeded: {
    ja: '団体として依頼するときは、団体名を入力してください。',
    en: 'Enter the name of the group you are requesting for.',
  },
  optionIndexOutOfRange: {
    ja: '候補日の中から選んでください。',
    en: 'Choose one of the date options.',
  },
  reportTooEarly: {
    ja: '実施報告は、実施日を過ぎてから提出できます。',
    en: 'The report can be filed once the date has passed.',
  },
  commentNeeded: {
    ja: '差し戻し・不承認・停止のときは、申請者への理由を入力してください。',
    en: 'Enter the reason for the applicant when returning, declining or suspending.',
  },
  photoFormat: {
    ja: '写真はJPEG、PNG、WebP形式（2MBまで）でアップロードしてください。',
    en: 'Upload the photo as JPEG, PNG or WebP (up to 2 MB).',
  },
  feeAmountNeeded: {
    ja: '1回あたりの金額を入力してください。',
    en: 'Enter the amount per session.',
  },
  groupDetailsNeeded: {
    ja: '団体で登録するときは、人数と代表者名を入力してください。',
    en: 'For a group, enter the number of members and the representative.',
  },
  notRegisteredToLink: {
    ja: '講師には、人材バンクに登録中の講師を選んでください。',
    en: 'Choose instructors who are registered in the instructor bank.',
  },
  // What a submission needs (completenessErrors)
  fieldsNeeded: { ja: '分野を1つ以上選んでください。', en: 'Choose at least one field.' },
  titleNeeded: {
    ja: '指導内容の題名を入力してください。',
    en: 'Enter the title of what you teach.',
  },
  descriptionNeeded: { ja: '指導内容を入力してください。', en: 'Describe what you teach.' },
  lifeStagesNeeded: {
    ja: '対象のライフステージを選んでください。',
    en: 'Choose at least one life stage.',
  },
  languagesNeeded: {
    ja: '指導できる言語を選んでください。',
    en: 'Choose at least one language.',
  },
  whereNeeded: {
    ja: '活動できる地域（交流センター、市内どこでも、オンライン）を選んでください。',
    en: 'Choose where you can teach (community centres, anywhere, or online).',
  },
  ageRange: {
    ja: '対象年齢の上限は下限以上にしてください。',
    en: 'The upper age must not be below the lower age.',
  },
  // Why a person may not apply yet (eligibilityReasons)
  birthYearNeeded: {
    ja: 'アカウントのページで生まれ年を登録してください（18歳以上の方が登録できます）。',
    en: 'Add your birth year on your account page (the bank is for people aged 18 or over).',
  },
  tooYoung: {
    ja: '人材バンクには18歳以上の方が登録できます。',
    en: 'The instructor bank is for people aged 18 or over.',
  },
  tsukubaRelationNeeded: {
    ja: 'アカウントのページで、つくば市に在住・在勤・在学のいずれかを選んでください。',
    en: 'On your account page, say whether you live, work or study in Tsukuba.',
  },
} as const;
