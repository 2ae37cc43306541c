import type { Label } from '../../reference/reference-data';

/**
 * Every error a client can receive, with its HTTP status and a message a user can act on.
 * Adding a code without a status and messages fails to compile (the Record is exhaustive).
 */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  CourseNotFound = 'COURSE_NOT_FOUND',
  FacilityNotFound = 'FACILITY_NOT_FOUND',
  NotFound = 'NOT_FOUND',
  AuthenticationRequired = 'AUTHENTICATION_REQUIRED',
  AccessDenied = 'ACCESS_DENIED',
  PersonNotFound = 'PERSON_NOT_FOUND',
  OrganisationNotFound = 'ORGANISATION_NOT_FOUND',
  RoleAssignmentNotFound = 'ROLE_ASSIGNMENT_NOT_FOUND',
  InvitationNotFound = 'INVITATION_NOT_FOUND',
  InvitationEmailMismatch = 'INVITATION_EMAIL_MISMATCH',
  NameAlreadyInUse = 'NAME_ALREADY_IN_USE',
  LastCityAdmin = 'LAST_CITY_ADMIN',
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  EmailNotVerified = 'EMAIL_NOT_VERIFIED',
  TokenInvalidOrExpired = 'TOKEN_INVALID_OR_EXPIRED',
  RateLimited = 'RATE_LIMITED',
  PasswordTooWeak = 'PASSWORD_TOO_WEAK',
  EmailAlreadyInUse = 'EMAIL_ALREADY_IN_USE',
  WrongPassword = 'WRONG_PASSWORD',
  FamilyMemberNotFound = 'FAMILY_MEMBER_NOT_FOUND',
  RoomAlreadyReserved = 'ROOM_ALREADY_RESERVED',
  FacilityClosed = 'FACILITY_CLOSED',
  OutsideOpeningHours = 'OUTSIDE_OPENING_HOURS',
  RoomNotFound = 'ROOM_NOT_FOUND',
  ReservationNotFound = 'RESERVATION_NOT_FOUND',
  ClosureNotFound = 'CLOSURE_NOT_FOUND',
  ClosureHasReservations = 'CLOSURE_HAS_RESERVATIONS',
  HoursExcludeReservations = 'HOURS_EXCLUDE_RESERVATIONS',
  CourseStateConflict = 'COURSE_STATE_CONFLICT',
  CourseRulesFixed = 'COURSE_RULES_FIXED',
  CourseHasApplicants = 'COURSE_HAS_APPLICANTS',
  RoomTooSmallForCourses = 'ROOM_TOO_SMALL_FOR_COURSES',
  SessionNotFound = 'SESSION_NOT_FOUND',
  LotteryNotFound = 'LOTTERY_NOT_FOUND',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  MalformedRequest = 'MALFORMED_REQUEST',
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  BookingNotFound = 'BOOKING_NOT_FOUND',
  BookingNotOpenYet = 'BOOKING_NOT_OPEN_YET',
  BookingClosed = 'BOOKING_CLOSED',
  CourseNotBookable = 'COURSE_NOT_BOOKABLE',
  CourseFull = 'COURSE_FULL',
  AlreadyBooked = 'ALREADY_BOOKED',
  NotEligible = 'NOT_ELIGIBLE',
  TooManyCompanions = 'TOO_MANY_COMPANIONS',
  CancellationClosed = 'CANCELLATION_CLOSED',
  BookingAlreadyCancelled = 'BOOKING_ALREADY_CANCELLED',
  IdempotencyKeyReused = 'IDEMPOTENCY_KEY_REUSED',
  IdempotencyKeyInvalid = 'IDEMPOTENCY_KEY_INVALID',
  CheckInCodeNotFound = 'CHECK_IN_CODE_NOT_FOUND',
  CheckInOtherCourse = 'CHECK_IN_OTHER_COURSE',
  CheckInNotConfirmed = 'CHECK_IN_NOT_CONFIRMED',
  SessionCancelled = 'SESSION_CANCELLED',
  WalkInNotFound = 'WALK_IN_NOT_FOUND',
  InstructorNotFound = 'INSTRUCTOR_NOT_FOUND',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  InternalError = 'INTERNAL_ERROR',
}

export const ERROR_DEFINITIONS: Record<ErrorCode, { status: number; message: Label }> = {
  [ErrorCode.ValidationFailed]: {
    status: 400,
    message: {
      ja: '入力内容に誤りがあります。各項目のメッセージを確認してください。',
      en: 'Some values are not valid. Please check the message for each field.',
    },
  },
  [ErrorCode.CourseNotFound]: {
    status: 404,
    message: {
      ja: '講座が見つかりません。公開が終了したか、URLが誤っている可能性があります。',
      en: 'Course not found. It may no longer be published, or the link may be wrong.',
    },
  },
  [ErrorCode.FacilityNotFound]: {
    status: 404,
    message: {
      ja: '施設が見つかりません。URLを確認してください。',
      en: 'Facility not found. Please check the link.',
    },
  },
  [ErrorCode.NotFound]: {
    status: 404,
    message: { ja: 'ページまたはAPIが見つかりません。', en: 'No such page or API endpoint.' },
  },
  [ErrorCode.AuthenticationRequired]: {
    status: 401,
    message: {
      ja: 'ログインが必要です。ログインしてからもう一度お試しください。',
      en: 'Please log in first, then try again.',
    },
  },
  [ErrorCode.AccessDenied]: {
    status: 403,
    message: {
      ja: 'この操作を行う権限がありません。必要な場合は管理者にお問い合わせください。',
      en: 'You do not have permission to do this. Ask an administrator if you need it.',
    },
  },
  [ErrorCode.PersonNotFound]: {
    status: 404,
    message: {
      ja: '利用者が見つかりません。削除されたか、URLが誤っている可能性があります。',
      en: 'Person not found. The account may have been deleted, or the link may be wrong.',
    },
  },
  [ErrorCode.OrganisationNotFound]: {
    status: 404,
    message: {
      ja: '団体が見つかりません。URLを確認してください。',
      en: 'Organisation not found. Please check the link.',
    },
  },
  [ErrorCode.RoleAssignmentNotFound]: {
    status: 404,
    message: {
      ja: '役割の割り当てが見つかりません。すでに取り消された可能性があります。一覧を更新してください。',
      en: 'Role assignment not found. It may already have been revoked; please reload the list.',
    },
  },
  [ErrorCode.InvitationNotFound]: {
    status: 404,
    message: {
      ja: '招待が見つからないか、期限切れ・取り消し済みです。招待した方に再送を依頼してください。',
      en: 'This invitation was not found, has expired or was withdrawn. Ask the sender for a new one.',
    },
  },
  [ErrorCode.InvitationEmailMismatch]: {
    status: 403,
    message: {
      ja: 'この招待は別のメールアドレス宛てです。招待メールを受け取ったアドレスでログインしてください。',
      en: 'This invitation was sent to another email address. Log in with the address that received it.',
    },
  },
  // The rooms feature answers these with the colliding item named (ReservationConflictError).
  [ErrorCode.RoomAlreadyReserved]: {
    status: 409,
    message: {
      ja: 'この部屋はその時間すでに予約されています。別の部屋か時間を選んでください。',
      en: 'This room is already reserved at that time. Please choose another room or time.',
    },
  },
  [ErrorCode.FacilityClosed]: {
    status: 409,
    message: {
      ja: 'その日は休館日です。別の日を選んでください。',
      en: 'The facility is closed on that day. Please choose another day.',
    },
  },
  [ErrorCode.OutsideOpeningHours]: {
    status: 409,
    message: {
      ja: '開館時間外です。開館時間内で、日をまたがない時間を選んでください。',
      en: 'This is outside the opening hours. Choose a time within them, on a single day.',
    },
  },
  [ErrorCode.RoomNotFound]: {
    status: 404,
    message: {
      ja: '部屋が見つかりません。一覧を更新してください。',
      en: 'Room not found. Please reload the list.',
    },
  },
  [ErrorCode.ReservationNotFound]: {
    status: 404,
    message: {
      ja: '予約が見つかりません。すでに取り消された可能性があります。カレンダーを更新してください。',
      en: 'Reservation not found. It may already have been cancelled; please reload the calendar.',
    },
  },
  [ErrorCode.ClosureNotFound]: {
    status: 404,
    message: {
      ja: '休館日が見つかりません。すでに削除された可能性があります。一覧を更新してください。',
      en: 'Closure not found. It may already have been removed; please reload the list.',
    },
  },
  // The rooms feature answers these naming the reservations in the way (ReservationsInTheWayError).
  [ErrorCode.ClosureHasReservations]: {
    status: 409,
    message: {
      ja: 'この期間には予約が入っています。先に予約を移動するか取り消してから、休館日を登録してください。',
      en: 'There are reservations in this period. Move or cancel them first, then add the closure.',
    },
  },
  [ErrorCode.HoursExcludeReservations]: {
    status: 409,
    message: {
      ja: '新しい開館時間の外になる予約があります。先に予約を移動するか取り消してください。',
      en: 'Some reservations would fall outside the new opening hours. Move or cancel them first.',
    },
  },
  [ErrorCode.NameAlreadyInUse]: {
    status: 409,
    message: {
      ja: '同じ名前（日本語）がすでに登録されています。別の名前にするか、登録済みのものを編集してください。',
      en: 'This Japanese name is already registered. Choose another name or edit the existing entry.',
    },
  },
  [ErrorCode.LastCityAdmin]: {
    status: 409,
    message: {
      ja: '最後の市の管理者の役割は取り消せません。先に別の方を市の管理者にしてください。',
      en: 'The last city administrator cannot be removed. Make someone else a city administrator first.',
    },
  },
  [ErrorCode.CsrfTokenInvalid]: {
    status: 403,
    message: {
      ja: 'ページの有効期限が切れました。ページを再読み込みしてから、もう一度お試しください。',
      en: 'This page has expired. Please reload the page and try again.',
    },
  },
  [ErrorCode.InvalidCredentials]: {
    status: 401,
    message: {
      ja: 'メールアドレスまたはパスワードが正しくありません。お忘れの場合は「パスワードを忘れた方」から再設定できます。',
      en: 'The email address or password is not correct. If you have forgotten your password, you can reset it.',
    },
  },
  [ErrorCode.EmailNotVerified]: {
    status: 403,
    message: {
      ja: 'メールアドレスの確認がまだ済んでいません。届いた確認メールのリンクを開いてください（再送もできます）。',
      en: 'Your email address is not confirmed yet. Open the link in the confirmation mail (you can ask for it again).',
    },
  },
  [ErrorCode.TokenInvalidOrExpired]: {
    status: 400,
    message: {
      ja: 'このリンクは無効か、有効期限が切れています。お手数ですが、もう一度手続きをやり直してください。',
      en: 'This link is not valid or has expired. Please start again to receive a new one.',
    },
  },
  [ErrorCode.RateLimited]: {
    status: 429,
    message: {
      ja: '短時間に試行が多すぎます。しばらく待ってからもう一度お試しください。',
      en: 'Too many attempts in a short time. Please wait a while and try again.',
    },
  },
  [ErrorCode.PasswordTooWeak]: {
    status: 400,
    message: {
      ja: 'このパスワードは使えません。10文字以上で、推測されにくいもの（よく使われる語やメールアドレスを含まないもの）にしてください。',
      en: 'This password cannot be used. Use at least 10 characters that are hard to guess (not a common password and not containing your email address).',
    },
  },
  [ErrorCode.EmailAlreadyInUse]: {
    status: 409,
    message: {
      ja: 'このメールアドレスは別のアカウントで使われています。別のアドレスを指定してください。',
      en: 'This email address is used by another account. Please choose another address.',
    },
  },
  [ErrorCode.WrongPassword]: {
    status: 400,
    message: {
      ja: '現在のパスワードが正しくありません。',
      en: 'Your current password is not correct.',
    },
  },
  [ErrorCode.FamilyMemberNotFound]: {
    status: 404,
    message: {
      ja: 'ご家族の登録が見つかりません。すでに削除された可能性があります。一覧を更新してください。',
      en: 'Family member not found. It may already have been removed; please reload the list.',
    },
  },
  [ErrorCode.CourseStateConflict]: {
    status: 409,
    message: {
      ja: 'この講座の現在の状態ではその操作はできません。講座の状態を確認し、画面を更新してください。',
      en: 'This cannot be done while the course is in its current state. Check its status and reload the page.',
    },
  },
  [ErrorCode.CourseRulesFixed]: {
    status: 409,
    message: {
      ja: '公開後は、申込者との約束になる条件（申込方法、抽選の優先、締め切った抽選の申込期間）は変更できません。変更が必要なら講座を中止し（申込者に通知されます）、新しい講座として公開してください。',
      en: 'Once published, the terms applicants relied on (the booking rule, the lottery priorities, the window of a closed lottery) cannot change. To change them, cancel the course (applicants are told) and publish a new one.',
    },
  },
  [ErrorCode.CourseHasApplicants]: {
    status: 409,
    message: {
      ja: '申込済み・キャンセル待ち・抽選申込中の方がいるため、非公開に戻せません。やめる場合は講座を中止してください（申込者に通知されます）。',
      en: 'People have booked, are waiting or have applied, so the course cannot go back to draft. To stop it, cancel the course (they are told).',
    },
  },
  [ErrorCode.RoomTooSmallForCourses]: {
    status: 409,
    message: {
      ja: 'この部屋を使う公開中の講座の定員が、新しい収容人数を超えます。先に講座の部屋か定員を変えてもらってください。',
      en: 'Published courses in this room take more people than the new capacity. Have their rooms or capacities changed first.',
    },
  },
  [ErrorCode.SessionNotFound]: {
    status: 404,
    message: {
      ja: '回が見つかりません。すでに削除された可能性があります。画面を更新してください。',
      en: 'Session not found. It may have been removed; please reload the page.',
    },
  },
  [ErrorCode.LotteryNotFound]: {
    status: 404,
    message: {
      ja: 'この講座は抽選ではありません。申込は先着順です。',
      en: 'This course is not decided by lottery; bookings are first come, first served.',
    },
  },
  [ErrorCode.PayloadTooLarge]: {
    status: 413,
    message: { ja: '送信データが大きすぎます。', en: 'The request is too large.' },
  },
  [ErrorCode.MalformedRequest]: {
    status: 400,
    message: {
      ja: 'リクエストの形式が正しくありません。',
      en: 'The request could not be read. Please check its format.',
    },
  },
  [ErrorCode.MethodNotAllowed]: {
    status: 405,
    message: { ja: 'この操作はできません。', en: 'This operation is not allowed here.' },
  },
  [ErrorCode.BookingNotFound]: {
    status: 404,
    message: {
      ja: '予約が見つかりません。「予約一覧」から確認してください。',
      en: 'Booking not found. Please check "My bookings".',
    },
  },
  [ErrorCode.BookingNotOpenYet]: {
    status: 409,
    message: {
      ja: 'まだ申込受付が始まっていません。受付開始日時をご確認ください。',
      en: 'Applications have not opened yet. Please check when they open.',
    },
  },
  [ErrorCode.BookingClosed]: {
    status: 409,
    message: {
      ja: '申込受付は終了しました。',
      en: 'Applications for this course have closed.',
    },
  },
  [ErrorCode.CourseNotBookable]: {
    status: 409,
    message: {
      ja: 'この講座は現在お申し込みいただけません（中止または終了しています）。',
      en: 'This course cannot be booked now (it has been cancelled or has ended).',
    },
  },
  [ErrorCode.CourseFull]: {
    status: 409,
    message: {
      ja: '満席です。キャンセル待ちに登録すると、空きが出たときに順番に予約が確定します。',
      en: 'The course is full. Join the waiting list to be booked in turn when a place frees up.',
    },
  },
  [ErrorCode.AlreadyBooked]: {
    status: 409,
    message: {
      ja: 'この講座はすでに予約（または申込・キャンセル待ち）済みです。「予約一覧」をご確認ください。',
      en: 'You already have a booking, application or waiting-list place for this course. See "My bookings".',
    },
  },
  [ErrorCode.NotEligible]: {
    status: 422,
    message: {
      ja: '参加条件を満たしていない方がいます。各項目の理由をご確認ください。',
      en: 'Someone in the party does not meet the conditions of this course. See the reason for each person.',
    },
  },
  [ErrorCode.TooManyCompanions]: {
    status: 400,
    message: {
      ja: 'この講座で一緒に申し込める人数を超えています。',
      en: 'This course does not allow that many companions in one booking.',
    },
  },
  [ErrorCode.CancellationClosed]: {
    status: 409,
    message: {
      ja: 'キャンセルの受付期限を過ぎています。主催者に直接ご連絡ください。',
      en: 'The cancellation deadline has passed. Please contact the organiser directly.',
    },
  },
  [ErrorCode.BookingAlreadyCancelled]: {
    status: 409,
    message: {
      ja: 'この予約はすでにキャンセルされています。',
      en: 'This booking has already been cancelled.',
    },
  },
  [ErrorCode.IdempotencyKeyReused]: {
    status: 422,
    message: {
      ja: '同じ Idempotency-Key が別の内容の申込に使われています。新しいキーで送信してください。',
      en: 'This Idempotency-Key was used for a different request. Send it with a new key.',
    },
  },
  [ErrorCode.IdempotencyKeyInvalid]: {
    status: 400,
    message: {
      ja: 'Idempotency-Key は1〜200文字の英数字と記号（-_.:）で指定してください。',
      en: 'Idempotency-Key must be 1 to 200 letters, digits or - _ . :',
    },
  },
  [ErrorCode.CheckInCodeNotFound]: {
    status: 404,
    message: {
      ja: 'この予約番号の予約はありません。番号をもう一度確かめてください（0とO、1とIは使っていません）。',
      en: 'No booking has this code. Please check it again (codes never use 0/O or 1/I).',
    },
  },
  // Never names that course: whoever is at this door need not be allowed to see it.
  [ErrorCode.CheckInOtherCourse]: {
    status: 409,
    message: {
      ja: 'この予約番号は、この回の予約ではありません（別の講座か別の日の予約です）。予約画面で講座名・日時・会場を確かめていただいてください。',
      en: 'This code is not a booking of this session (it is for another course or day). Please ask the person to check the course, time and place on their booking page.',
    },
  },
  [ErrorCode.CheckInNotConfirmed]: {
    status: 409,
    message: {
      ja: 'この予約は確定していません（キャンセル済み、キャンセル待ち、または抽選の申込中です）。',
      en: 'This booking is not confirmed (it was cancelled, is on the waiting list or is a lottery application).',
    },
  },
  [ErrorCode.SessionCancelled]: {
    status: 409,
    message: {
      ja: 'この回は中止になっています。出欠は記録できません。',
      en: 'This session has been cancelled; attendance cannot be recorded.',
    },
  },
  [ErrorCode.WalkInNotFound]: {
    status: 404,
    message: {
      ja: '当日参加の記録が見つかりません。すでに削除された可能性があります。',
      en: 'Walk-in not found. It may already have been removed.',
    },
  },
  [ErrorCode.InstructorNotFound]: {
    status: 404,
    message: {
      ja: 'このメールアドレスの講師が見つかりません。講師の役割を持つアカウントのアドレスを入力してください。',
      en: 'No instructor has this email address. Enter the address of an account with the instructor role.',
    },
  },
  [ErrorCode.DatabaseUnavailable]: {
    status: 503,
    message: {
      ja: 'ただいま混み合っているか、メンテナンス中です。しばらくしてからもう一度お試しください。',
      en: 'The service is busy or under maintenance. Please try again in a moment.',
    },
  },
  [ErrorCode.InternalError]: {
    status: 500,
    message: {
      ja: '申し訳ありません。問題が発生しました。時間をおいてもう一度お試しください。',
      en: 'Sorry, something went wrong on our side. Please try again later.',
    },
  },
};
