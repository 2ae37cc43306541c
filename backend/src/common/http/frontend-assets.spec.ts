import { createHash } from 'node:crypto';
import { inlineScriptHashes, withPreloads } from './frontend-assets';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of inline scripts and ignores external ones', () => {
    const inline = "document.querySelectorAll('link[data-beasties-media]').forEach(function(l){})";
    const html = `<head><script src="main-ABCDEFGH.js" type="module"></script></head>
      <body><script>${inline}</script><script type="module">
</script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(inline)]);
  });

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes('<script src="a.js"></script>')).toEqual([]);
  });
});

describe('withPreloads', () => {
  const html = '<html><head><title>t</title></head><body></body></html>';

  it('adds the links before </head>, and nothing for a page without a list', () => {
    expect(
      withPreloads(html, { scripts: ['/chunk-A1b2C3d4.js'], fetches: ['/api/reference'] }),
    ).toBe(
      '<html><head><title>t</title><link rel="modulepreload" href="/chunk-A1b2C3d4.js">' +
        '<link rel="preload" as="fetch" href="/api/reference" crossorigin></head><body></body></html>',
    );
    expect(withPreloads(html, undefined)).toBe(html);
  });

  it('leaves out anything but a path on this site', () => {
    const page = withPreloads(html, {
      scripts: ['https://elsewhere.example/x.js', '/a.js"><script>alert(1)</script>'],
      fetches: ['//elsewhere.example/api'],
    });
    expect(page).toBe(html);
  });
});
