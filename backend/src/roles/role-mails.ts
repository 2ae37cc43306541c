import { Inject, Injectable } from '@nestjs/common';
import type { AssignableRole } from '../access/principal';
import type { Language } from '../common/errors/request-language';
import { Clock } from '../common/time/clock';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { renderMail } from '../mail/mail-layout';
import { MailService } from '../mail/mail.service';
import type { Label } from '../reference/reference-data';

export const ROLE_LABELS: Record<AssignableRole, Label> = {
  instructor: { ja: '講師', en: 'instructor' },
  organiser: { ja: '主催者', en: 'organiser' },
  facility_staff: { ja: '施設職員', en: 'facility staff' },
  city_admin: { ja: '市の管理者', en: 'city administrator' },
  instructor_reviewer: { ja: '人材バンク審査担当', en: 'instructor bank reviewer' },
  plan_evaluator: { ja: '計画の評価担当', en: 'plan evaluator' },
};

export interface RoleMailSubject {
  role: AssignableRole;
  isOrganisationAdmin: boolean;
  /** The organisation or facility the role applies to, when it has one. */
  scopeName: Label | null;
}

function roleText(subject: RoleMailSubject, language: Language): string {
  const role = ROLE_LABELS[subject.role][language];
  const admin = subject.isOrganisationAdmin
    ? language === 'ja'
      ? '（団体の管理者）'
      : ' (organisation admin)'
    : '';
  if (!subject.scopeName) return `${role}${admin}`;
  return language === 'ja'
    ? `${subject.scopeName.ja}の${role}${admin}`
    : `${role}${admin} of ${subject.scopeName.en}`;
}

/** The mails of role management: "you are now …" and invitations. */
@Injectable()
export class RoleMails {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
    private readonly clock: Clock,
  ) {}

  /** To a person with an account, in their language: what they may do now. */
  granted(to: { email: string; language: Language }, subject: RoleMailSubject): Promise<void> {
    const role = roleText(subject, to.language);
    const content =
      to.language === 'ja'
        ? {
            subject: `【tsumugu】${role}として登録されました`,
            paragraphs: [
              `tsumugu で、あなたは ${role} として登録されました。`,
              'ログインすると、メニューに新しい操作が表示されます。',
            ],
            action: { label: 'tsumugu を開く', url: `${this.config.publicUrl}/` },
            notes: ['お心当たりのない場合は、つくば市 生涯学習推進課までお知らせください。'],
          }
        : {
            subject: `[tsumugu] You are now ${role}`,
            paragraphs: [
              `On tsumugu, you are now ${role}.`,
              'Log in to find what you can do in the menu.',
            ],
            action: { label: 'Open tsumugu', url: `${this.config.publicUrl}/` },
            notes: ['If you did not expect this, please tell the Lifelong Learning Division.'],
          };
    return this.mail.send({ to: to.email, ...renderMail(content, to.language) }, 'role-granted');
  }

  /**
   * To an address without an account: we do not know its language, so the mail is in Japanese
   * with the English beside it.
   */
  invitation(
    email: string,
    token: string,
    subject: RoleMailSubject,
    expiresAt: Date,
  ): Promise<void> {
    const url = `${this.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
    const days = Math.round((expiresAt.getTime() - this.clock.now().getTime()) / 86_400_000);
    const content = {
      subject: `【tsumugu】${roleText(subject, 'ja')}へのご招待 / Invitation: ${roleText(subject, 'en')}`,
      paragraphs: [
        `tsumugu（つくば市の生涯学習講座の予約サイト）で、${roleText(subject, 'ja')}として招待されました。` +
          'アカウントを作成（またはログイン）して、下のリンクから招待を受けてください。' +
          'このメールを受け取ったアドレスでログインする必要があります。',
        `You have been invited to tsumugu, Tsukuba City's lifelong-learning course site, as ${roleText(subject, 'en')}. ` +
          'Sign up (or log in) with this email address, then open the link below to accept.',
      ],
      action: { label: '招待を受ける / Accept the invitation', url },
      notes: [
        `リンクの有効期限は${days}日間です。お心当たりのない場合は、このメールを破棄してください。`,
        `The link works for ${days} days. If you did not expect this mail, you can ignore it.`,
      ],
    };
    return this.mail.send({ to: email, ...renderMail(content, 'ja') }, 'role-invitation');
  }
}
