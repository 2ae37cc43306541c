import type { DataSource } from 'typeorm';
import { seedId } from '../demo/seeder';
import type { ProfileContentDto } from './dto/profile-content.dto';

/** A complete profile as a citizen writes it; `overrides` for what a test is about. */
export function profileContent(overrides: Partial<ProfileContentDto> = {}): ProfileContentDto {
  return {
    kind: 'individual',
    displayName: '星野 昭',
    displayNameKana: 'ほしの あきら',
    displayNameEn: 'Akira Hoshino',
    groupMemberCount: null,
    groupRepresentative: '',
    fields: ['science_technology', 'nature_environment'],
    keywords: ['天体観測', '望遠鏡'],
    titleJa: '筑波山で楽しむ星空観察入門',
    titleEn: 'Stargazing on Mount Tsukuba',
    descriptionJa:
      '元研究者が、季節の星座と惑星の見つけ方をやさしく案内します。料理の話はしません。',
    descriptionEn: 'A retired astronomer shows how to find the constellations.',
    lifeStages: ['youth', 'seniors'],
    audienceAgeMin: 8,
    audienceAgeMax: null,
    levels: ['beginner'],
    qualifications: [{ name: '星空案内人', issuer: '星空案内人資格認定制度運営機構', year: 2018 }],
    activityRecordJa: '2019年から公民館で観望会を毎年開催。秘密の活動実績',
    activityRecordEn: '',
    learningHistory: [],
    languages: ['ja', 'en'],
    areaFacilityIds: [seedId('facility', 'azuma')],
    anyArea: false,
    online: false,
    weekdays: [6, 0],
    timeBands: ['evening'],
    feeType: 'expenses_only',
    feeAmountYen: null,
    transportNote: '公共交通機関の実費',
    equipmentBring: '望遠鏡2台',
    equipmentNeed: '屋外の広場',
    visibility: {
      displayNameKana: 'public',
      description: 'public',
      qualifications: 'organisers',
      activityRecord: 'organisers',
      learningHistory: 'organisers',
      availability: 'public',
      fee: 'organisers',
      equipment: 'organisers',
      group: 'organisers',
      photo: 'public',
    },
    ...overrides,
  };
}

/** Makes the person eligible (born 1960, lives in Tsukuba) and gives them a phone number. */
export async function makeEligible(dataSource: DataSource, userId: string): Promise<void> {
  await dataSource.query(
    `UPDATE users SET birth_year = 1960, tsukuba_relations = '{live}', phone = '029-000-0000'
      WHERE id = $1`,
    [userId],
  );
}
