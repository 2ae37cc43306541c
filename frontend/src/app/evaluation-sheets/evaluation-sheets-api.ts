import { fiscalYearParam } from './fiscal-years';
import { HttpClient, type HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { EvaluationSheet, OwnSheetList, SheetDraftInput, SheetList } from '../api/api-types';

const own = '/api/organiser/evaluation-sheets';
const section = '/api/admin/evaluation-sheets';
const sheetPath = (base: string, organisationId: string, fiscalYear: number) =>
  `${base}/${encodeURIComponent(organisationId)}/${fiscalYear}`;

export interface SheetKey {
  organisationId: string;
  fiscalYear: number;
}

/** The sheet a page's route names (`:organisationId/:fiscalYear`), or undefined when it names none. */
export function sheetKeyOf(
  organisationId: string | undefined,
  fiscalYear: string | undefined,
): SheetKey | undefined {
  const year = fiscalYearParam(fiscalYear);
  return organisationId && year ? { organisationId, fiscalYear: year } : undefined;
}

/** The department evaluation sheets: reads as resources, writes as promises. */
@Injectable({ providedIn: 'root' })
export class EvaluationSheetsApi {
  private readonly http = inject(HttpClient);

  ownList(fiscalYear: () => number | undefined): HttpResourceRef<OwnSheetList | undefined> {
    return httpResource<OwnSheetList>(() => {
      const year = fiscalYear();
      return year ? `${own}?fiscalYear=${year}` : own;
    });
  }

  sectionList(fiscalYear: () => number | undefined): HttpResourceRef<SheetList | undefined> {
    return httpResource<SheetList>(() => {
      const year = fiscalYear();
      return year ? `${section}?fiscalYear=${year}` : section;
    });
  }

  /** One sheet, as the organisation (side 'own') or the section sees it. */
  sheet(
    side: 'own' | 'section',
    key: () => SheetKey | undefined,
  ): HttpResourceRef<EvaluationSheet | undefined> {
    return httpResource<EvaluationSheet>(() => {
      const value = key();
      return value
        ? sheetPath(side === 'own' ? own : section, value.organisationId, value.fiscalYear)
        : undefined;
    });
  }

  save(key: SheetKey, input: SheetDraftInput): Promise<EvaluationSheet> {
    return firstValueFrom(
      this.http.put<EvaluationSheet>(sheetPath(own, key.organisationId, key.fiscalYear), input),
    );
  }

  submit(key: SheetKey, version: number): Promise<EvaluationSheet> {
    return firstValueFrom(
      this.http.post<EvaluationSheet>(
        `${sheetPath(own, key.organisationId, key.fiscalYear)}/submit`,
        { version },
      ),
    );
  }

  review(
    key: SheetKey,
    action: 'return' | 'accept',
    version: number,
    comment: string,
  ): Promise<EvaluationSheet> {
    return firstValueFrom(
      this.http.post<EvaluationSheet>(
        `${sheetPath(section, key.organisationId, key.fiscalYear)}/${action}`,
        { version, comment },
      ),
    );
  }

  xlsxUrl(side: 'own' | 'section', key: SheetKey): string {
    return `${sheetPath(side === 'own' ? own : section, key.organisationId, key.fiscalYear)}/sheet.xlsx`;
  }

  workbookUrl(fiscalYear: number): string {
    return `${section}/workbook.xlsx?fiscalYear=${fiscalYear}`;
  }
}
