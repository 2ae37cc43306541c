import { accountJa } from '../../account/account-messages';
import { adminJa } from '../../admin/admin-messages';
import { authJa } from '../../auth/auth-messages';
import { bookingJa } from '../../bookings/booking-messages';
import { instructorJa } from '../../instructors/instructor-messages';
import { requestJa } from '../../instructors/request-messages';
import { teachJa } from '../../instructors/teach-messages';
import { lotteryJa } from '../../lottery/lottery-messages';
import { actionsJa } from '../../organiser/course-actions-messages';
import { courseFormJa } from '../../organiser/course-form-messages';
import { organiserJa } from '../../organiser/organiser-messages';
import { sessionsJa } from '../../organiser/sessions/session-messages';
import { rostersJa } from '../../rosters/rosters-messages';
import { settingsJa } from '../../staff/facility-settings/settings-messages';
import { staffJa } from '../../staff/staff-messages';
import { ja } from './messages-ja';
import { jaPages } from './messages-ja-pages';

/**
 * One word for one thing across every page. Childcare for the children of participants is
 * 保育 (保育あり, 保育の申込み), never 託児, which one form once used.
 */
const CATALOGUES: Record<string, Record<string, string>> = {
  core: ja,
  jaPages,
  accountJa,
  adminJa,
  authJa,
  bookingJa,
  instructorJa,
  requestJa,
  teachJa,
  lotteryJa,
  actionsJa,
  courseFormJa,
  organiserJa,
  sessionsJa,
  rostersJa,
  settingsJa,
  staffJa,
};

describe('Japanese wording', () => {
  it('says 保育, never 託児, for childcare', () => {
    const offending = Object.entries(CATALOGUES).flatMap(([name, catalogue]) =>
      Object.entries(catalogue)
        .filter(([, text]) => text.includes('託児'))
        .map(([key]) => `${name}.${key}`),
    );
    expect(offending).toEqual([]);
    expect(CATALOGUES['courseFormJa']?.['childcareOffered']).toBe('保育あり');
  });
});
