/** Strings of the public verification page (/verify), in its own chunk. */
export const verifyJa = {
  heading: '修了証の確認',
  lead: 'つくば市の生涯学習講座（つむぐ）の修了証が本物かどうか、どなたでも確かめられます。修了証の番号を入力するか、デジタルバッジのファイル（JSON）を選んでください。',
  'number.heading': '番号で確かめる',
  'number.label': '修了証の番号',
  'number.hint': '例: TSU-2026-7KQM-3XPA（修了証の右下とQRコードにあります）',
  'number.invalid':
    '番号は TSU-2026-7KQM-3XPA の形で入力してください（0とO、1とIは使っていません）。',
  'number.submit': '確かめる',
  'file.heading': 'ファイルで確かめる',
  'file.drop': 'デジタルバッジのファイル（.json）をここにドロップ',
  'file.or': 'または',
  'file.choose': 'ファイルを選ぶ',
  'file.chosen': '選んだファイル: {name}',
  'file.unreadable':
    'このファイルは修了証のデジタルバッジとして読めません（JSON形式ではありません）。',
  'file.tooLarge': 'ファイルが大きすぎます（修了証のファイルは100KB以内です）。',
  checking: '確認しています',
  failed: '確認できませんでした。時間をおいてもう一度お試しください。',
  rateLimited: '確認の回数が多すぎます。しばらく待ってからもう一度お試しください。',
  'result.valid': '有効な修了証です',
  'result.validText':
    'つくば市（つむぐ）が発行し、取り消されていない修了証です。記載の内容は次のとおりです。',
  'result.revoked': 'この修了証は取り消されています',
  'result.revokedText': '{date}に取り消されました。理由: {reason}',
  'result.notFound': 'この番号の修了証は見つかりません',
  'result.notFoundText':
    '番号をもう一度確かめてください。つくば市（つむぐ）が発行した修了証であれば、番号で確かめられます。',
  'result.invalid': '本物の修了証と確かめられません',
  'result.invalidText':
    'ファイルの内容が発行後に書き換えられているか（電子署名が内容と一致しません）、つむぐが発行した修了証の番号ではありません。',
  'result.notOurs': 'つくば市が発行した修了証ではありません',
  'result.notOursText':
    'このファイルは別の発行者によるものです。つくば市（つむぐ）の修了証かどうかだけを確かめられます。',
  notACertificate: 'このファイルは修了証のデジタルバッジではありません。',
  'reason.attendance_corrected': '出席記録が訂正され、修了の条件を満たさなくなったため',
  'reason.issued_in_error': '誤って発行されたため',
  'reason.other': '発行者による取り消し',
  'field.name': '氏名（修了証の記載）',
  'field.course': '講座',
  'field.organiser': '主催',
  'field.period': '期間',
  'field.hours': '学習時間',
  'field.hoursValue': '{hours}時間',
  'field.issued': '発行日',
  'field.number': '番号',
  privacy:
    '確認できるのは、この修了証に記載された内容だけです。その方のほかの受講歴は表示されません。',
} as const;

export type VerifyMessageKey = keyof typeof verifyJa;

export const verifyEn: Record<VerifyMessageKey, string> = {
  heading: 'Verify a certificate',
  lead: 'Anyone can check whether a certificate of Tsukuba City’s lifelong-learning courses (tsumugu) is genuine. Type its number, or choose the digital badge file (JSON).',
  'number.heading': 'By number',
  'number.label': 'Certificate number',
  'number.hint':
    'For example TSU-2026-7KQM-3XPA (bottom right of the certificate, and in its QR code)',
  'number.invalid': 'Type the number as TSU-2026-7KQM-3XPA (numbers never use 0/O or 1/I).',
  'number.submit': 'Verify',
  'file.heading': 'By file',
  'file.drop': 'Drop the digital badge file (.json) here',
  'file.or': 'or',
  'file.choose': 'Choose a file',
  'file.chosen': 'Chosen file: {name}',
  'file.unreadable': 'This file cannot be read as a certificate’s digital badge (it is not JSON).',
  'file.tooLarge': 'The file is too large (certificate files are under 100 kB).',
  checking: 'Checking',
  failed: 'The check could not be made. Please try again in a moment.',
  rateLimited: 'Too many checks. Please wait a little and try again.',
  'result.valid': 'This certificate is valid',
  'result.validText': 'Issued by Tsukuba City (tsumugu) and not revoked. It states:',
  'result.revoked': 'This certificate has been revoked',
  'result.revokedText': 'Revoked on {date}. Reason: {reason}',
  'result.notFound': 'No certificate has this number',
  'result.notFoundText':
    'Please check the number again. Every certificate issued by Tsukuba City (tsumugu) can be checked by its number.',
  'result.invalid': 'This is not a genuine certificate',
  'result.invalidText':
    'The file was changed after it was issued (its digital signature does not match its content), or it is not a certificate number issued by tsumugu.',
  'result.notOurs': 'Not a certificate of Tsukuba City',
  'result.notOursText':
    'This file was issued by someone else. Only certificates of Tsukuba City (tsumugu) can be checked here.',
  notACertificate: 'This file is not a certificate’s digital badge.',
  'reason.attendance_corrected':
    'the attendance record was corrected and the course was no longer completed',
  'reason.issued_in_error': 'it was issued in error',
  'reason.other': 'revoked by the issuer',
  'field.name': 'Name (as on the certificate)',
  'field.course': 'Course',
  'field.organiser': 'Organiser',
  'field.period': 'Dates',
  'field.hours': 'Hours of learning',
  'field.hoursValue': '{hours} h',
  'field.issued': 'Issued',
  'field.number': 'Number',
  privacy:
    'Only what this certificate states can be checked. No other courses of the person are shown.',
};
