import { createHash } from 'node:crypto';
import { inlineScriptHashes } from './frontend-assets';

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
