import QRCode from 'qrcode';

/**
 * The booking code as a QR code in SVG. The text is exactly the 8-character code (no hyphen,
 * no URL): the check-in page's scanner reads it and looks the booking up. Error correction M
 * survives a scratched phone screen or a creased printout; a margin of four modules is the
 * quiet zone scanners need.
 */
export function bookingQrSvg(code: string): Promise<string> {
  return QRCode.toString(code, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
