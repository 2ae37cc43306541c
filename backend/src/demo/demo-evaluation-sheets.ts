import type { DataSource } from 'typeorm';
import { hashPassword } from '../accounts/security/passwords';
import { fiscalYear } from '../common/time/japan-time';
import { EvaluationSheetsRepository } from '../evaluation-sheets/evaluation-sheets.repository';
import type { SheetFiguresSource } from '../evaluation-sheets/sheet-figures';
import type { SheetState } from '../evaluation-sheets/sheet-workflow';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedId } from './seeder';

/**
 * The demo's department evaluation sheets (事務事業評価シート): several departments' and partners'
 * sheets in every state, for the previous fiscal year (mostly accepted, as in May after the year
 * ends) and for this one (under way). The texts are plausible, not the city's. Each move is its
 * own transaction, as in the app, so the database's workflow triggers check the demo too; the
 * submitted figures are the evaluation feature's, read after its summary was rebuilt.
 *
 * Departments without a demo account get a colleague, so the history names a person: an
 * organiser of that department at eval-<department>@example.jp (the demo password).
 */

type Move = 'submit' | 'return' | 'accept';

interface DemoSheet {
  organisationKey: string;
  /** 0: this fiscal year; 1: the previous one. */
  yearsBack: 0 | 1;
  /** Text fully written (false: a draft with only 成果 begun). */
  complete: boolean;
  moves: Move[];
}

const SHEETS: readonly DemoSheet[] = [
  // The previous fiscal year, evaluated after it ended.
  {
    organisationKey: 'lifelong-learning',
    yearsBack: 1,
    complete: true,
    moves: ['submit', 'return', 'submit', 'accept'],
  },
  { organisationKey: 'children', yearsBack: 1, complete: true, moves: ['submit', 'accept'] },
  { organisationKey: 'culture', yearsBack: 1, complete: true, moves: ['submit', 'accept'] },
  { organisationKey: 'central-library', yearsBack: 1, complete: true, moves: ['submit', 'accept'] },
  {
    organisationKey: 'university-of-tsukuba',
    yearsBack: 1,
    complete: true,
    moves: ['submit', 'accept'],
  },
  { organisationKey: 'sports', yearsBack: 1, complete: true, moves: ['submit', 'return'] },
  { organisationKey: 'cultural-properties', yearsBack: 1, complete: true, moves: ['submit'] },
  { organisationKey: 'civic-activities', yearsBack: 1, complete: false, moves: [] },
  // This fiscal year, under way.
  { organisationKey: 'lifelong-learning', yearsBack: 0, complete: false, moves: [] },
  { organisationKey: 'children', yearsBack: 0, complete: true, moves: ['submit'] },
  { organisationKey: 'culture', yearsBack: 0, complete: true, moves: ['submit', 'return'] },
  { organisationKey: 'central-library', yearsBack: 0, complete: true, moves: ['submit', 'accept'] },
  { organisationKey: 'university-of-tsukuba', yearsBack: 0, complete: true, moves: ['submit'] },
  { organisationKey: 'sports', yearsBack: 0, complete: false, moves: [] },
];

/** Departments' colleagues for the history (they log in with the demo password). */
const COLLEAGUES: Record<string, [string, string]> = {
  children: ['小林', '美咲'],
  culture: ['高橋', '健太'],
  'central-library': ['中村', '由美'],
  sports: ['伊藤', '翔'],
  'cultural-properties': ['渡辺', '聡'],
  'civic-activities': ['山本', '真理'],
};

const TEXT = {
  outcomes:
    '年度内に計画どおり講座を実施し、定員充足率・出席率とも前年度並みを確保した。アンケートでは「満足」「やや満足」が8割を超え、初めて参加した方の割合も増えた。',
  issues:
    '平日昼間の開催が多く、働く世代や子育て中の方の参加が少ない。申込が一部の講座に集中し、抽選に外れた方への案内が十分でなかった。',
  improvements:
    '土曜日・夜間の回を増やし、保育付きの回を設ける。抽選に外れた方には次回の案内をメールで送る。',
  nextYearPlan:
    '重点事業「ライフステージに応じた学習機会の提供」に沿って、子育て世代向け講座を年4回に増やし、地域交流センターとの共催を進める。',
};
const RETURN_COMMENTS = [
  '成果に、参加者数と前年度との比較を数値で書き加えてください。',
  '改善策を、次年度の具体的な回数や時期が分かるように書いてください。',
];

const DAY_MS = 86_400_000;

async function colleague(
  dataSource: DataSource,
  key: string,
  now: Date,
  passwordHash: string,
): Promise<string | null> {
  const names = COLLEAGUES[key];
  if (!names) return null;
  const email = `eval-${key}@example.jp`;
  const [row] = await dataSource.query(
    `INSERT INTO users (email, email_verified_at, password_hash, family_name, given_name,
                        created_at, updated_at)
     VALUES ($1, $2, $5, $3, $4, $2, $2)
     ON CONFLICT (email) WHERE email IS NOT NULL DO UPDATE SET email = EXCLUDED.email RETURNING id`,
    [email, now, names[0], names[1], passwordHash],
  );
  await dataSource.query(
    `INSERT INTO role_assignments (user_id, role, organisation_id)
     SELECT $1, 'organiser', $2 WHERE NOT EXISTS (
       SELECT 1 FROM role_assignments WHERE user_id = $1 AND role = 'organiser' AND organisation_id = $2)`,
    [row.id, seedId('organisation', key)],
  );
  return row.id;
}

async function userId(dataSource: DataSource, email: string): Promise<string | null> {
  const [row] = await dataSource.query(`SELECT id FROM users WHERE email = $1`, [email]);
  return row?.id ?? null;
}

/** Seeds the sheets once (nothing when any sheet exists); returns how many were written. */
export async function seedDemoEvaluationSheets(
  dataSource: DataSource,
  figures: SheetFiguresSource,
  now: Date,
): Promise<number> {
  const [{ count }] = await dataSource.query(
    'SELECT count(*)::int AS count FROM evaluation_sheets',
  );
  if (count > 0) return 0;
  const repository = new EvaluationSheetsRepository(dataSource);
  const section =
    (await userId(dataSource, 'evaluator@example.jp')) ??
    (await userId(dataSource, 'admin@example.jp'));
  const current = fiscalYear(now);
  let written = 0;
  let passwordHash: string | undefined;

  for (const [index, demo] of SHEETS.entries()) {
    const organisationId = seedId('organisation', demo.organisationKey);
    const [exists] = await dataSource.query('SELECT 1 FROM organisations WHERE id = $1', [
      organisationId,
    ]);
    if (!exists || !section) continue;
    const author =
      demo.organisationKey === 'lifelong-learning'
        ? await userId(dataSource, 'organiser@example.jp')
        : demo.organisationKey === 'university-of-tsukuba'
          ? await userId(dataSource, 'univ-organiser@example.jp')
          : await colleague(
              dataSource,
              demo.organisationKey,
              now,
              (passwordHash ??= await hashPassword(DEMO_PASSWORD)),
            );
    if (!author) continue;
    const year = current - demo.yearsBack;
    // The previous year's sheets moved some seven weeks ago, this year's in the last ten days.
    let at = now.getTime() - (demo.yearsBack ? 50 : 10) * DAY_MS + index * 3_600_000;
    const text = demo.complete
      ? TEXT
      : { outcomes: TEXT.outcomes, issues: '', improvements: '', nextYearPlan: '' };
    await repository.transaction((manager) =>
      repository.insert(manager, organisationId, year, text, author, new Date(at)),
    );
    let returns = 0;
    for (const move of demo.moves) {
      at += 2 * DAY_MS;
      const snapshot =
        move === 'submit' ? await figures.organisationFigures(organisationId, year) : undefined;
      await repository.transaction(async (manager) => {
        const sheet = (await repository.lock(manager, organisationId, year))!;
        const to: SheetState =
          move === 'submit' ? 'submitted' : move === 'return' ? 'returned' : 'accepted';
        await repository.move(manager, sheet, to, {
          actorId: move === 'submit' ? author : section,
          comment: move === 'return' ? RETURN_COMMENTS[returns++ % RETURN_COMMENTS.length] : '',
          now: new Date(at),
          figures: snapshot,
        });
      });
    }
    written += 1;
  }
  return written;
}
