import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { preloadCatalogue } from './app/core/i18n/i18n.service';
import { en } from './app/core/i18n/messages-en';
import { ja } from './app/core/i18n/messages-ja';
import { jaPages } from './app/core/i18n/messages-ja-pages';
import { preloadPageIcons } from './app/core/layout/icon';
import { PAGE_ICON_PATHS } from './app/core/layout/page-icons';

setupZonelessTestEnv();

// Specs switch language synchronously (setUpPage('en')): English is there from the start, as it
// is in the app once its chunk has arrived.
preloadCatalogue('en', en);
// Page specs render a page without its route, which would fetch the pages' Japanese messages.
preloadCatalogue('ja', { ...ja, ...jaPages });
preloadPageIcons(PAGE_ICON_PATHS);
