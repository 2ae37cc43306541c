import { Injectable } from '@nestjs/common';
import type { Principal } from '../access/principal';
import { DomainError, ValidationFailedError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { Clock } from '../common/time/clock';
import { fiscalYear, startOfJapanDay } from '../common/time/japan-time';
import { PILLAR_LABELS, type Pillar } from '../reference/reference-data';
import type {
  CityQuestionnaireReportDto,
  OrganiserQuestionDto,
  OrganiserQuestionInputDto,
  OrganiserQuestionnaireDto,
  QuestionnaireAnswerInputDto,
  QuestionnaireFormDto,
  QuestionnaireResultsDto,
  ReportRowDto,
} from './dto/questionnaire.dto';
import { questionnaireCsv, cityReportCsv } from './questionnaire-csv';
import {
  checkCustomAnswers,
  MAX_ORGANISER_QUESTIONS,
  type OrganiserQuestion,
  QUESTIONNAIRE_MIN_ANSWERS,
  STANDARD_QUESTIONS,
} from './questionnaire-questions';
import { reportRow, summarise, summariseCourses } from './questionnaire-results';
import { QuestionnairesRepository, type QuestionnaireRow } from './questionnaires.repository';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

function questionDto(question: OrganiserQuestion): OrganiserQuestionDto {
  return {
    id: question.id,
    kind: question.kind,
    text: question.text,
    options: question.options,
    required: question.required,
  };
}

/**
 * The course questionnaire: the public form of a mailed link and its single-use answer, the
 * organiser's questions and results (their own organisations only), the city's report. Every
 * figure comes from summarise / reportRow (questionnaire-results.ts), which hold the threshold.
 */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly questionnaires: QuestionnairesRepository,
    private readonly clock: Clock,
  ) {}

  // --- the mailed link ----------------------------------------------------------------------

  async form(token: string): Promise<QuestionnaireFormDto> {
    const link = await this.questionnaires.link(token);
    if (!link || !link.closesAt) throw new DomainError(ErrorCode.QuestionnaireLinkNotFound);
    const state = link.invitationAnswered
      ? 'answered'
      : new Date(link.closesAt) <= this.clock.now()
        ? 'closed'
        : 'open';
    return {
      state,
      course: {
        title: link.title,
        organiser: link.organiser,
        firstSessionAt: iso(link.firstSessionAt),
        lastSessionAt: iso(link.lastSessionEndsAt),
      },
      closesAt: iso(link.closesAt)!,
      standardQuestions: STANDARD_QUESTIONS.map((q) => ({ ...q, options: [...q.options] })),
      questions: state === 'open' ? link.questions.map(questionDto) : [],
    };
  }

  /**
   * Stores one answer for the link's booking, once: the invitation is marked answered in the
   * same transaction as the answer is inserted, only if it was not (markAnswered).
   */
  async answer(token: string, input: QuestionnaireAnswerInputDto): Promise<void> {
    const now = this.clock.now();
    await this.questionnaires.transaction(async (manager) => {
      const row = await this.questionnaires.lockForAnswer(manager, token);
      if (!row) throw new DomainError(ErrorCode.QuestionnaireLinkNotFound);
      if (row.answered) throw new DomainError(ErrorCode.QuestionnaireAlreadyAnswered);
      if (new Date(row.closesAt) <= now) throw new DomainError(ErrorCode.QuestionnaireClosed);
      const custom = checkCustomAnswers(row.questions, input.custom);
      if (custom.errors.length) throw new ValidationFailedError(custom.errors);
      if (!(await this.questionnaires.markAnswered(manager, row.invitationId))) {
        throw new DomainError(ErrorCode.QuestionnaireAlreadyAnswered);
      }
      await this.questionnaires.insertAnswer(
        manager,
        row.courseId,
        {
          satisfaction: input.satisfaction,
          usefulness: input.usefulness,
          useIn: input.useIn,
          heardFrom: input.heardFrom,
          ageBand: input.ageBand ?? null,
          comment: (input.comment ?? '').trim(),
        },
        custom.answers,
      );
    });
  }

  // --- the organiser ------------------------------------------------------------------------

  /** Another organisation's course answers 404, exactly like a course that does not exist. */
  private async ownCourse(principal: Principal, courseId: string): Promise<QuestionnaireRow> {
    const row = await this.questionnaires.forOrganiser(courseId, principal.organisationIds);
    if (!row) throw new DomainError(ErrorCode.CourseNotFound);
    return row;
  }

  private async results(row: QuestionnaireRow): Promise<QuestionnaireResultsDto> {
    const answers = row.answered > 0 ? await this.questionnaires.answers(row.courseId) : [];
    return {
      minAnswers: QUESTIONNAIRE_MIN_ANSWERS,
      invited: row.invited,
      answered: answers.length,
      responseRate: row.invited ? Math.round((answers.length / row.invited) * 1000) / 1000 : null,
      summary: summarise(answers, row.questions),
    };
  }

  async organiserView(principal: Principal, courseId: string): Promise<OrganiserQuestionnaireDto> {
    const row = await this.ownCourse(principal, courseId);
    const now = this.clock.now();
    return {
      state: !row.invitedAt ? 'not_sent' : new Date(row.closesAt!) > now ? 'open' : 'closed',
      lastSessionEndsAt: iso(row.lastSessionEndsAt),
      invitedAt: iso(row.invitedAt),
      closesAt: iso(row.closesAt),
      editable: row.answered === 0,
      maxQuestions: MAX_ORGANISER_QUESTIONS,
      standardQuestions: STANDARD_QUESTIONS.map((q) => ({ ...q, options: [...q.options] })),
      questions: row.questions.map(questionDto),
      results: await this.results(row),
    };
  }

  async saveQuestions(
    principal: Principal,
    courseId: string,
    input: OrganiserQuestionInputDto[],
  ): Promise<OrganiserQuestionnaireDto> {
    await this.ownCourse(principal, courseId);
    const errors = input.flatMap((question, index) => {
      const choice = question.kind === 'single' || question.kind === 'multiple';
      if (choice && question.options.length < 2) {
        return [
          {
            field: `questions.${index}.options`,
            ja: '選択肢を2つ以上入力してください。',
            en: 'Enter at least two choices.',
          },
        ];
      }
      return [];
    });
    if (errors.length) throw new ValidationFailedError(errors);
    const questions: OrganiserQuestion[] = input.map((question, index) => ({
      id: `o${index + 1}`,
      kind: question.kind,
      text: { ja: question.text.ja.trim(), en: question.text.en.trim() },
      options:
        question.kind === 'single' || question.kind === 'multiple'
          ? question.options.map((option) => ({ ja: option.ja.trim(), en: option.en.trim() }))
          : [],
      required: question.required,
    }));
    if (!(await this.questionnaires.saveQuestions(courseId, questions))) {
      throw new DomainError(ErrorCode.QuestionnaireQuestionsFrozen);
    }
    return this.organiserView(principal, courseId);
  }

  async organiserCsv(
    principal: Principal,
    courseId: string,
  ): Promise<{ body: string; fileName: string }> {
    const row = await this.ownCourse(principal, courseId);
    const results = await this.results(row);
    return {
      body: questionnaireCsv(row.title.ja, results),
      fileName: `questionnaire-${courseId.slice(0, 8)}.csv`,
    };
  }

  // --- the city -----------------------------------------------------------------------------

  async cityReport(year?: number): Promise<CityQuestionnaireReportDto> {
    const fiscal = year ?? fiscalYear(this.clock.now());
    const from = startOfJapanDay(`${fiscal}-04-01`);
    const to = startOfJapanDay(`${fiscal + 1}-04-01`);
    const [courses, years] = await Promise.all([
      this.questionnaires.reportCourses(from, to),
      this.questionnaires.fiscalYears(),
    ]);
    const groups = <K extends string | number>(key: (c: (typeof courses)[number]) => K) => {
      const map = new Map<K, typeof courses>();
      for (const course of courses) {
        const group = map.get(key(course));
        if (group) group.push(course);
        else map.set(key(course), [course]);
      }
      return map;
    };
    const byOrganisation: ReportRowDto[] = [...groups((c) => c.organisationId).values()].map(
      (list) => reportRow(list[0]!.organisationId, list[0]!.organisation, list),
    );
    const byPillar: ReportRowDto[] = [...groups((c) => c.pillar).entries()]
      .sort(([a], [b]) => a - b)
      .map(([pillar, list]) => ({
        ...reportRow(String(pillar), PILLAR_LABELS[pillar as Pillar], list),
        pillar,
      }));
    const byCourse: ReportRowDto[] = courses.map((course) => ({
      ...reportRow(course.courseId, course.title, [course]),
      organisation: course.organisation,
      pillar: course.pillar,
    }));
    return {
      fiscalYear: fiscal,
      fiscalYears: years.includes(fiscal) ? years : [fiscal, ...years].sort((a, b) => b - a),
      minAnswers: QUESTIONNAIRE_MIN_ANSWERS,
      total: reportRow('all', { ja: '全体', en: 'All courses' }, courses),
      summary: summariseCourses(courses),
      byOrganisation,
      byPillar,
      byCourse,
    };
  }

  async cityCsv(year?: number): Promise<{ body: string; fileName: string }> {
    const report = await this.cityReport(year);
    return {
      body: cityReportCsv(report),
      fileName: `questionnaires-fy${report.fiscalYear}.csv`,
    };
  }
}
