/**
 * Who runs a course, as a public page names it: the organisation, with its kind only when the
 * kind tells the reader something. A city department's name already says 「つくば市」 (its kind,
 * 「市の担当課」, is the city's internal word); 「NPO法人 つくば子育てひろば」 and 「国立大学法人
 * 筑波大学」 already say what they are. 「つくばシニアネット（市民団体）」 keeps it.
 */
export function organiserLine(
  name: string,
  kind: string,
  kindLabel: string,
  language: 'ja' | 'en',
): string {
  if (kind === 'city_department' || !kindLabel) return name;
  const folded = name.toLowerCase();
  const said =
    folded.includes(kindLabel.toLowerCase()) ||
    (kind === 'npo' && /\bnpo\b|ｎｐｏ|npo法人/i.test(name)) ||
    (kind === 'university' && (folded.includes('university') || name.includes('大学')));
  if (said) return name;
  return language === 'ja' ? `${name}（${kindLabel}）` : `${name} (${kindLabel})`;
}
