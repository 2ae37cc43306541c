import { DataSource } from 'typeorm';
import { makeTemplate, templateNote, testServerUrl } from './test-database';

/**
 * A run's template is made once between all its Jest workers: whoever asks first fills it under
 * an advisory lock, the others wait and copy it. Two makers here stand for two workers (each
 * worker is its own process with its own cache, so the lock is all that keeps them apart).
 */
describe('a test run template', () => {
  const serverUrl = testServerUrl();

  async function drop(name: string) {
    const server = new DataSource({ type: 'postgres', url: serverUrl, extra: { max: 1 } });
    await server.initialize();
    await server.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`).catch(() => undefined);
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.destroy();
  }

  it('is filled once when two workers ask at once, even when filling outlasts the pool’s idle time', async () => {
    const fills: string[] = [];
    // Longer than pg's idle timeout (10 s): a lock held on a pooled connection would be lost.
    const fill = async (_url: string, name: string) => {
      fills.push(name);
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      return `filled ${fills.length}`;
    };
    const names = await Promise.all([
      makeTemplate(serverUrl, 'locktest', 'template0', fill),
      makeTemplate(serverUrl, 'locktest', 'template0', fill),
    ]);
    try {
      expect(fills).toHaveLength(1);
      expect(names[0]).toBe(names[1]);
      expect(await templateNote(serverUrl, names[0]!)).toBe('filled 1');
    } finally {
      await drop(names[0]!);
    }
  }, 60_000);
});
