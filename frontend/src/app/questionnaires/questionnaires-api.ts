import { HttpClient, type HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CityQuestionnaireReport,
  OrganiserQuestionInput,
  OrganiserQuestionnaire,
  QuestionnaireAnswerInput,
  QuestionnaireForm,
} from '../api/api-types';

const link = (token: string) => `/api/questionnaire-links/${encodeURIComponent(token)}`;
const organiser = (courseId: string) =>
  `/api/organiser/courses/${encodeURIComponent(courseId)}/questionnaire`;

/** The course questionnaire: reads as resources (field initialisers), writes as promises. */
@Injectable({ providedIn: 'root' })
export class QuestionnairesApi {
  private readonly http = inject(HttpClient);

  /** The form of a mailed link (no log-in). */
  form(token: () => string | undefined): HttpResourceRef<QuestionnaireForm | undefined> {
    return httpResource<QuestionnaireForm>(() => {
      const value = token();
      return value ? link(value) : undefined;
    });
  }

  answer(token: string, answer: QuestionnaireAnswerInput): Promise<unknown> {
    return firstValueFrom(this.http.post(`${link(token)}/answers`, answer));
  }

  organiserView(
    courseId: () => string | undefined,
  ): HttpResourceRef<OrganiserQuestionnaire | undefined> {
    return httpResource<OrganiserQuestionnaire>(() => {
      const id = courseId();
      return id ? organiser(id) : undefined;
    });
  }

  saveQuestions(
    courseId: string,
    questions: OrganiserQuestionInput[],
  ): Promise<OrganiserQuestionnaire> {
    return firstValueFrom(
      this.http.put<OrganiserQuestionnaire>(`${organiser(courseId)}/questions`, { questions }),
    );
  }

  organiserCsvUrl(courseId: string): string {
    return `${organiser(courseId)}/results.csv`;
  }

  cityReport(
    fiscalYear: () => number | undefined,
  ): HttpResourceRef<CityQuestionnaireReport | undefined> {
    return httpResource<CityQuestionnaireReport>(() => {
      const year = fiscalYear();
      return year ? `/api/admin/questionnaires?fiscalYear=${year}` : '/api/admin/questionnaires';
    });
  }

  cityCsvUrl(fiscalYear: number): string {
    return `/api/admin/questionnaires/results.csv?fiscalYear=${fiscalYear}`;
  }
}
