import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { get, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { API_COMPRESSION_THRESHOLD_BYTES } from './api-compression';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A GET over real HTTP, its bytes as sent (supertest would decode a gzip body itself). */
async function rawGet(
  server: Server,
  path: string,
  headers: Record<string, string>,
): Promise<RawResponse> {
  const address = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: address.port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    }).on('error', reject);
  });
}

function decode(encoding: string | undefined, body: Buffer): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  return body;
}

describe('compression', () => {
  let t: TestApp;
  let build: string;
  let dist: string;
  let server: Server;
  // A hashed script such as Angular writes, large and repetitive enough to be worth compressing.
  const script = Buffer.from(
    Array.from({ length: 400 }, (_, i) => `export const label${i} = "講座 ${i}";\n`).join(''),
  );
  const smallScript = Buffer.from('console.log("tsumugu");\n');

  beforeAll(async () => {
    // As the build lays it out: the served folder, and the page list beside it.
    build = await mkdtemp(join(tmpdir(), 'tsumugu-compress-'));
    dist = join(build, 'browser');
    await mkdir(join(dist, 'media'), { recursive: true });
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body>tsumugu</body></html>',
    );
    await writeFile(
      join(build, 'page-preloads.json'),
      JSON.stringify({
        '/courses': {
          scripts: ['/chunk-ABCD1234.js'],
          fetches: ['/api/courses', '/api/facilities?kind=community_centre&x=1'],
        },
      }),
    );
    await writeFile(join(dist, 'main-ABCD1234.js'), script);
    await writeFile(join(dist, 'small-ABCD1234.js'), smallScript);
    await writeFile(join(dist, 'media', 'data.json'), JSON.stringify({ words: script.toString() }));
    // The build's own step, on this folder.
    execFileSync(process.execPath, ['frontend/scripts/precompress-assets.mjs', dist]);
    t = await createTestApp({ frontendDist: dist });
    server = (t.http as Server).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
    await rm(build, { recursive: true, force: true });
  });

  it('writes .br and .gz copies at build time beside assets over 1 kB only', async () => {
    expect((await readdir(dist)).sort()).toEqual([
      'index.html',
      'main-ABCD1234.js',
      'main-ABCD1234.js.br',
      'main-ABCD1234.js.gz',
      'media',
      'small-ABCD1234.js',
    ]);
    expect((await readdir(join(dist, 'media'))).sort()).toEqual([
      'data.json',
      'data.json.br',
      'data.json.gz',
    ]);
  });

  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'br'],
    ['gzip', 'gzip'],
    ['gzip, br;q=0', 'gzip'],
    ['identity', undefined],
    ['', undefined],
  ])(
    'answers a hashed script asked with Accept-Encoding "%s" as %s, with the same bytes decoded',
    async (acceptEncoding, expected) => {
      const response = await rawGet(server, '/main-ABCD1234.js', {
        'Accept-Encoding': acceptEncoding,
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.headers['vary']).toMatch(/Accept-Encoding/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const body = response.body;
      if (expected) expect(body.length).toBeLessThan(script.length / 3);
      expect(Number(response.headers['content-length'])).toBe(body.length);
      expect(decode(expected, body).equals(script)).toBe(true);
    },
  );

  it('serves an unhashed asset in a folder compressed with its own type and short cache', async () => {
    const response = await rawGet(server, '/media/data.json', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(JSON.parse(decode('gzip', response.body).toString())).toEqual({
      words: script.toString(),
    });
  });

  it('answers a small asset (no copies) as it is, and index.html as before', async () => {
    const small = await rawGet(server, '/small-ABCD1234.js', { 'Accept-Encoding': 'br, gzip' });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.equals(smallScript)).toBe(true);
    const page = await request(t.http)
      .get('/courses')
      .set('Accept', 'text/html')
      .set('Accept-Encoding', 'br, gzip')
      .expect(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('tsumugu');
  });

  it("names a page's route scripts and first API requests in its index.html, only for the plain address", async () => {
    const page = async (path: string) =>
      (await request(t.http).get(path).set('Accept', 'text/html').expect(200)).text;
    const courses = await page('/courses');
    expect(courses).toContain(
      '<link rel="modulepreload" href="/chunk-ABCD1234.js">' +
        '<link rel="preload" as="fetch" href="/api/courses" crossorigin>' +
        '<link rel="preload" as="fetch" href="/api/facilities?kind=community_centre&amp;x=1" crossorigin>' +
        '</head>',
    );
    // A filtered catalogue asks for other data; other pages have no list.
    for (const path of ['/courses?q=%E3%83%A8%E3%82%AC', '/facilities', '/']) {
      const html = await page(path);
      expect(html).toContain('tsumugu');
      expect(html).not.toContain('preload');
    }
  });

  it('compresses an API answer above 1 kB (brotli, else gzip), keeping its Cache-Control', async () => {
    const plain = await request(t.http).get('/api/reference').set('Accept-Encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Buffer.byteLength(plain.text)).toBeGreaterThan(API_COMPRESSION_THRESHOLD_BYTES);
    for (const [acceptEncoding, expected] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const response = await rawGet(server, '/api/reference', {
        'Accept-Encoding': acceptEncoding,
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe(expected);
      expect(response.headers['vary']).toMatch(/Accept-Encoding/);
      expect(response.headers['cache-control']).toBe(plain.headers['cache-control']);
      expect(response.headers['content-type']).toBe(plain.headers['content-type']);
      const body = response.body;
      expect(body.length).toBeLessThan(Buffer.byteLength(plain.text));
      expect(JSON.parse(decode(expected, body).toString())).toEqual(plain.body);
    }
  });

  it('leaves an API answer below 1 kB uncompressed', async () => {
    const response = await rawGet(
      server,
      `/api/courses?q=${encodeURIComponent('存在しない講座名')}`,
      {
        'Accept-Encoding': 'br, gzip',
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.length).toBeLessThan(API_COMPRESSION_THRESHOLD_BYTES);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString())).toMatchObject({ items: [] });
  });
});
