import { requestLanguage } from './request-language';

describe('requestLanguage', () => {
  it.each([
    [undefined, 'ja'],
    ['', 'ja'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ja,en;q=0.8', 'ja'],
    ['fr-FR,en;q=0.5,ja;q=0.9', 'ja'],
    ['fr-FR,en;q=0.5', 'en'],
    ['de', 'ja'],
  ])('%s → %s', (header, expected) => {
    expect(requestLanguage(header)).toBe(expected);
  });
});
