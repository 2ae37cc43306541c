import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { preloadCatalogue } from './app/core/i18n/i18n.service';
import { en } from './app/core/i18n/messages-en';

setupZonelessTestEnv();

// Specs switch language synchronously (setUpPage('en')): English is there from the start, as it
// is in the app once its chunk has arrived.
preloadCatalogue('en', en);
