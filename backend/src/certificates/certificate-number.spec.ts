import {
  CERTIFICATE_NUMBER_PATTERN,
  newCertificateNumber,
  normaliseCertificateNumber,
} from './certificate-number';

describe('certificate numbers', () => {
  it('are TSU-<year>-XXXX-XXXX from the unambiguous alphabet, and differ', () => {
    const numbers = Array.from({ length: 500 }, () => newCertificateNumber(2026));
    for (const number of numbers) {
      expect(number).toMatch(CERTIFICATE_NUMBER_PATTERN);
      expect(number.slice('TSU-2026-'.length)).not.toMatch(/[01ILO]/);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('reads a typed number: full width, lower case, spaces, long dashes', () => {
    expect(normaliseCertificateNumber(' tsu-2026-7kqm-3xpa ')).toBe('TSU-2026-7KQM-3XPA');
    expect(normaliseCertificateNumber('ＴＳＵ－２０２６－７ＫＱＭ－３ＸＰＡ')).toBe(
      'TSU-2026-7KQM-3XPA',
    );
    expect(normaliseCertificateNumber('TSU-2026-7KQM-3XP0')).toBeNull();
    expect(normaliseCertificateNumber('TSU-2026-7KQM')).toBeNull();
    expect(normaliseCertificateNumber('')).toBeNull();
  });
});
