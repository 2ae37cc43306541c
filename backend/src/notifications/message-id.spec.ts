import { notificationMessageId } from './message-id';

describe('notificationMessageId', () => {
  const uuid = '0b7c1f3e-8f0a-4d8e-9a43-6f1c2b9d4e55';

  it('is <uuid@domain of the sender>', () => {
    expect(notificationMessageId(uuid, 'tsumugu <no-reply@tsumugu.city.tsukuba.example>')).toBe(
      `<${uuid}@tsumugu.city.tsukuba.example>`,
    );
    expect(notificationMessageId(uuid, 'mail@city.tsukuba.lg.jp')).toBe(
      `<${uuid}@city.tsukuba.lg.jp>`,
    );
  });

  it('never comes out without a host', () => {
    expect(notificationMessageId(uuid, 'tsumugu')).toBe(`<${uuid}@tsumugu>`);
    expect(notificationMessageId(uuid, '')).toBe(`<${uuid}@localhost>`);
  });
});
