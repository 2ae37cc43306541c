/**
 * The SHA-256 of every committed migration (see migration-history.spec.ts). Add a line when you
 * add a migration; never change one. The SQL files migrations read are listed below.
 */
export const MIGRATION_CHECKSUMS: Readonly<Record<string, string>> = {
  '1764061200000-catalogue-schema.ts':
    'e5c1abd08396f217e9a06b88dc91a80b9dc065e0535b00caee43efdb90c2ab29',
  '1795642400000-faster-search-grams.ts':
    'f8cbff53416e4c1f1a794339139d43a51351e3fdc1ce63be723866da34c467ed',
  '1795643400000-typeorm-metadata.ts':
    '87c1c5b5a786bbdc5afb82a29a3e5ba7ffdd47ba9557ac4d35d44ab9692bb986',
  '1795651200000-identity-schema.ts':
    '3d18c4cdd39980163b7700b3489b6e72eba24e36d3767ae44aee179026537f3a',
  '1795660000000-room-reservations.ts':
    '3c0ab3e4540a0f0cc41721c034004caacb865095e751e6b2ee3b71eed9d3f392',
  '1795670000000-organiser-course-editing.ts':
    '7530089719fc7b9a9181f7b8fcc53e77825b7ff1eb87153cadfdd24ac00bdd8b',
  '1795680000000-bookings.ts': 'b588c19957ac71d48fa12d805ab3db482296e36c63ae3ca8f366cea062420105',
  '1795690000000-job-runner.ts': '44a5b7d9d61691edaa18984f6cc66e21bed1604a7826384f917daddf00f8ea7a',
  '1795700000000-lottery-draws.ts':
    '89e3c75ceabeb9c64e591b9f5e2d37ca9a53742c9c8156394b2725ef7d4611a1',
  '1795710000000-attendance.ts': 'c0bfd831d34409d0468b757038738bfea5428be4f6ebb6a2a0353ece01eafc98',
  '1795720000000-search-grams-by-trigger.ts':
    '26d0e95e165ec14f1880547c0a557e88b06f00f7e6c97590b8330cd10706df6c',
  '1795730000000-seat-batches.ts':
    '449c615651077280cef26b9498329f7520aa1b4c55e578ac36b12d5bfc861b8d',
  '1795731000000-take-seats-by-clock.ts':
    'a6c655a88ff57bcc4a921dd871ec144d63c61953adb7bfd42577593f984d726d',
  '1795740000000-outbox-at-most-once.ts':
    '313e228db895aafe7feb45f49e1ee2fec52b0595726f3af2415b55f10c923485',
  '1795750000000-booking-ledger.ts':
    '98567458e3b22a42dabc706afdff19fe91912ff81634c4e4897ec77e2071a88d',
  '1795800000000-instructor-bank.ts':
    'c28e426faadc63b1f3ea6d622f134683ced69fa988699646b26139e5fea97074',
  '1795900000000-completion-and-certificates.ts':
    'b598fd3b9a8134e109a60fb9f1f09e45bcc2aa200544a379542609a780bd1c5a',
  '1795901000000-certificate-issued-mail.ts':
    'cf06938d949b6c3aee37f3ee6a39cbb2fa109354c9f11628363fa04f490bc766',
  '1795920000000-questionnaires.ts':
    'f9a850d75844fce52b6780aaa5224291f56e4f842880d18ffd578ddc95c3bb30',
  '1795930000000-catalogue-listing.ts':
    '268d7f69e0fb8ed1d2d3f52fb35e9370e733c11f4298e099520b70147d22f90a',
  '1795940000000-booking-context-revision.ts':
    '8c1e9702946959b7c7bf9a1e6fada43d58675afa9b17d5482b9920774293c487',
  '1795950000000-booking-attendees.ts':
    '766c6118ba40e2b72933a89bc752afc18a422e4867535b9cd13a886781db049b',
  '1795951000000-promotion-answers.ts':
    'e4b9b7e86a3ebc8efb03a04d7624aafe1a046e11e772b233f9ea2a9177b672ed',
  '1795960000000-audit-log-filters.ts':
    '34c8f014ee297c96dd611e3525dc346cc06928d380fe4dad391444e6fb01451e',
  '1795970000000-weekly-closures.ts':
    'c171d37b2850e1204bb495b0052123b2692c67b2a9a5978ab329301c6bc7ab7c',
  '1796000000000-evaluation.ts': 'd4663082ee7df6f383bba50516533b6d8216faa85b1f165d70496dd20225d8ec',
  '1796010000000-evaluation-people-counts.ts':
    '56de080744d97577b40194ad421d6ff4cea0c7c713dfc21bedd45c08d1dd49c2',
  '1796100000000-course-priority-projects.ts':
    '9dd462a7cfb244f9bbf3e627420c9aa98eca13755ad22ca96fa6bdf89cb523d9',
  '1796110000000-evaluation-sheets.ts':
    '588bcf0036045fc45b2ecd2fdbad8f804c34d40c4067914ed2c8160af88744b5',
  '1796200000000-course-title-kana.ts':
    'f41012920f9643fd57eab4e62cf45c88ef2bec95d32992a926a52c75d92d2123',
  '1796300000000-instructor-course-unlinked.ts':
    'a8a7bbd36d00a8d617a0b87c55eacaf423f8961a8ffb3dfbb65e621dccbacee6',
  '1796310000000-course-image-alt-text.ts':
    '8c1bf897f9bb14db81582f583dac71949648dcf8a1edfc3f3813521aaadaf870',
  '1796500000000-catalogue-counts.ts':
    'fced565aecd6b956a18e8490dc5696b74f5811c9b8fe0f15b0270b444e531a05',
  '1796700000000-evaluation-people-pairs.ts':
    '2c6ae9a0371d7fa6e9372c42edf5d0a29c8ea2d29bbf383ffe145409b2678371',
  '1796800000000-course-search-grams.ts':
    '0b11e5a4e3b243143b4a5d4d7758ce4248e99a3a81da97bf8c02a3e1c5b9ba1f',
};

/**
 * The SHA-256 of every versioned SQL file a migration applies (`<name>.v<N>.sql` anywhere under
 * backend/src, keyed by its path from there; see database/sql-files.ts). They are history like
 * the migrations that read them: a change is a new `.v<N+1>.sql` file, a new migration that
 * applies it, and a new line here; never an edit.
 */
export const SQL_FILE_CHECKSUMS: Readonly<Record<string, string>> = {
  'bookings/ledger/sql/course-revision.v1.sql':
    '81a70da89befd75897679d93668143e9707995493fe85e31a3e94510849cc534',
  'bookings/ledger/sql/promote-waiting.v1.sql':
    'fa8432c101c79fcc3bf4b540efd3a83769ea5d8c6e0e843be1594250bc2de0e8',
  'bookings/ledger/sql/promote-waiting.v2.sql':
    'eeec0222eb7cb9712123849f1aad15b14dc48e5eeb76398dc013537068fcadbd',
  'bookings/ledger/sql/take-seats-checked.v1.sql':
    'a2338fb3d2390359dd6296e5750a3de278c6ab2f9c925fcc16719d31ad1a6fb7',
  'bookings/ledger/sql/take-seats.v1.sql':
    '85a8467268e683107bd996e12d968bac528266c3a70a0e4fab7b6aff87648630',
  'bookings/ledger/sql/take-seats.v2.sql':
    '77733438e1841ad68171e443315a0e0f2eb49d14dfb6f7dd7280e1d8c4f9e3fe',
};
