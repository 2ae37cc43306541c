import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CatalogueApi } from '../core/api/catalogue-api';
import { formatDateTime, formatIsoDate } from '../core/format/date-format';
import { I18nService } from '../core/i18n/i18n.service';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { DataTable } from '../core/layout/data-table';
import { Icon } from '../core/layout/icon';
import { LoadState, LoadedContent } from '../core/load-state/load-state';
import { ReferenceService } from '../core/reference/reference.service';
import { OpendataApi } from './opendata-api';
import {
  API_DOCS,
  EVENT_LIST_CSV,
  EVENT_LIST_JSON,
  facilityCalendarPath,
  lifeStageCalendarPath,
} from './opendata-links';
import { opendataEn, opendataJa } from './opendata-messages';

interface Feed {
  key: string;
  name: string;
  path: string;
}

/**
 * The open-data page: what the dataset 「イベント一覧」 holds and where to fetch it (CSV, JSON, API
 * documentation), its columns with an example, the public calendar feeds per life stage and per
 * community centre, how to fetch with validators, and the licence (CC BY 4.0).
 */
@Component({
  selector: 'tsu-opendata-page',
  imports: [NgTemplateOutlet, MatButtonModule, Icon, LoadState, LoadedContent, DataTable],
  templateUrl: './opendata-page.html',
  styleUrl: './opendata-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpendataPage {
  private readonly i18n = inject(I18nService);
  private readonly reference = inject(ReferenceService);
  private readonly origin = inject(DOCUMENT).location.origin;
  protected readonly t = scopedTranslator(opendataJa, opendataEn);
  protected readonly pick = this.i18n.pick;

  protected readonly csvUrl = EVENT_LIST_CSV;
  protected readonly jsonUrl = EVENT_LIST_JSON;
  protected readonly docsUrl = API_DOCS;
  protected readonly licenceUrl = 'https://creativecommons.org/licenses/by/4.0/deed.ja';

  protected readonly events = inject(OpendataApi).eventList();
  protected readonly facilities = inject(CatalogueApi).facilities(() => 'community_centre');

  protected readonly list = computed(() => (this.events.hasValue() ? this.events.value() : null));
  protected readonly facts = computed(() => {
    const list = this.list();
    if (!list) return null;
    const language = this.i18n.language();
    return {
      count: this.t('events.countValue', { count: list.items.length.toLocaleString(language) }),
      from: this.t('events.fromValue', { date: formatIsoDate(list.from, language) }),
      updated: formatDateTime(list.lastModified, language),
    };
  });
  protected readonly columns = computed(() => {
    const list = this.list();
    if (!list) return [];
    const first = list.items[0] as Record<string, unknown> | undefined;
    return list.columns.map((column, index) => ({
      number: index + 1,
      ...column,
      example: first ? String(first[column.field] ?? '') : '',
    }));
  });

  protected readonly stageFeeds = computed<Feed[]>(() =>
    this.reference.list('lifeStages').map((stage) => ({
      key: stage.code,
      name: this.pick(stage.ja, stage.en),
      path: lifeStageCalendarPath(stage.code),
    })),
  );
  protected readonly centreFeeds = computed<Feed[]>(() =>
    (this.facilities.hasValue() ? this.facilities.value() : []).map((facility) => ({
      key: facility.id,
      name: this.pick(facility.nameJa, facility.nameEn),
      path: facilityCalendarPath(facility.id),
    })),
  );

  protected readonly curlExample = computed(
    () =>
      `curl -sS -o events.csv -z events.csv ${this.origin}${EVENT_LIST_CSV}\n` +
      `curl -sS ${this.origin}${EVENT_LIST_JSON} | jq '.items[0]'`,
  );
  protected readonly attribution = computed(() =>
    this.i18n.language() === 'en'
      ? 'Source: Tsukuba City lifelong-learning courses (tsumugu), CC BY 4.0'
      : '出典：つくば市 生涯学習講座（tsumugu）（CC BY 4.0）',
  );

  /** The feed whose URL was copied last (its button says so). */
  protected readonly copied = signal<string | null>(null);
  protected readonly announcement = signal('');

  protected absolute(path: string): string {
    return `${this.origin}${path}`;
  }

  protected async copy(feed: Feed): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.absolute(feed.path));
      this.copied.set(feed.key);
      this.announcement.set(this.t('calendars.copied'));
    } catch {
      // No clipboard permission: the link itself stays there to copy by hand.
      this.copied.set(null);
    }
  }
}
