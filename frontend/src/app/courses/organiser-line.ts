/**
 * Who runs a course, as a public page names it: the organisation, with its kind only when the
 * kind tells the reader something. A city department is named with the city (「つくば市
 * 生涯学習推進課」), never by its kind 「市の担当課」, the city's internal word. 「NPO法人
 * つくば子育てひろば」 and 「国立大学法人 筑波大学」 already say what they are;
 * 「つくばシニアネット（市民団体）」 keeps it.
 */
export function organiserLine(
  name: string,
  kind: string,
  kindLabel: string,
  language: 'ja' | 'en',
): string {
  if (kind === 'city_department') {
    // The city says who it is by its name: 「つくば市 生涯学習推進課」.
    const city = language === 'ja' ? 'つくば市' : 'Tsukuba City';
    return name.includes(city) ? name : `${city} ${name}`;
  }
  if (!kindLabel) return name;
  const folded = name.toLowerCase();
  const said =
    folded.includes(kindLabel.toLowerCase()) ||
    (kind === 'npo' && /\bnpo\b|ｎｐｏ|npo法人/i.test(name)) ||
    (kind === 'university' && (folded.includes('university') || name.includes('大学')));
  if (said) return name;
  return language === 'ja' ? `${name}（${kindLabel}）` : `${name} (${kindLabel})`;
}
