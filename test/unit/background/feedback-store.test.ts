// The local feedback store: bounded, corrupt entries dropped safely, dismissals looked up by page and
// sentence, and the export file read back by `recoupe scan --replay`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dismissalKey, FeedbackStore, type StorageArea } from '../../../src/background/feedback-store.ts';
import { feedbackFile, MAX_REPORTS, pageKey, readFeedbackFile, sentenceKey, type FeedbackReport } from '../../../src/shared/feedback.ts';

function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (key) => (Object.hasOwn(data, key) ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

const notThis = (n: number, url = 'http://news.test/a'): FeedbackReport => ({
  kind: 'not-this-claim',
  sentence: `Sentence number ${n}.`,
  url,
  claimId: 'targets-60',
  date: new Date(Date.UTC(2026, 11, 3, 12, 0, n % 60)).toISOString(),
  lang: 'en',
});

describe('feedback store', () => {
  it('keeps what it is given, and finds the dismissals of one page by claim and sentence', async () => {
    const store = new FeedbackStore(memoryArea());
    await store.add(notThis(1));
    await store.add({ kind: 'missed-claim', sentence: 'Nobody recorded this.', url: 'http://news.test/a', date: '2026-12-03T12:00:00.000Z', lang: null });
    await store.add(notThis(2, 'http://news.test/b'));
    assert.equal((await store.list()).length, 3);
    assert.deepEqual([...(await store.dismissedOn('http://news.test/a#comments'))], [dismissalKey('targets-60', 'Sentence number 1.')]);
    // Whitespace in the page's text does not matter: the key is the collapsed sentence.
    assert.ok((await store.dismissedOn('http://news.test/a')).has(dismissalKey('targets-60', ' Sentence\n number  1. ')));
  });

  it('an overlong sentence or URL is cut the same way when stored and when looked up', async () => {
    const store = new FeedbackStore(memoryArea());
    const long = `${'word '.repeat(400)}end.`;
    const url = `http://news.test/${'a'.repeat(3000)}`;
    await store.add({ ...notThis(1), sentence: sentenceKey(long), url: pageKey(url) });
    assert.equal((await store.list()).length, 1);
    assert.ok((await store.dismissedOn(url)).has(dismissalKey('targets-60', long)));
  });

  it('is bounded: past MAX_REPORTS the oldest reports go first', async () => {
    const area = memoryArea();
    const store = new FeedbackStore(area);
    for (let n = 0; n < MAX_REPORTS + 25; n++) await store.add(notThis(n));
    const kept = await store.list();
    assert.equal(kept.length, MAX_REPORTS);
    assert.equal(kept[0]!.sentence, 'Sentence number 25.');
    assert.equal((area.data.feedbackReports as unknown[]).length, MAX_REPORTS);
  });

  it('the same report made twice is kept once', async () => {
    const store = new FeedbackStore(memoryArea());
    await store.add(notThis(1));
    await store.add({ ...notThis(1), date: '2026-12-04T00:00:00.000Z' });
    const kept = await store.list();
    assert.equal(kept.length, 1);
    assert.equal(kept[0]!.date, '2026-12-04T00:00:00.000Z');
  });

  it('reports made at the same moment are all kept (writes are queued)', async () => {
    const store = new FeedbackStore(memoryArea());
    await Promise.all([1, 2, 3, 4].map((n) => store.add(notThis(n))));
    assert.equal((await store.list()).length, 4);
  });

  it('ignores corrupt stored data safely: a non-list, and bad entries among good ones', async () => {
    assert.deepEqual(await new FeedbackStore(memoryArea({ feedbackReports: 'garbage' })).list(), []);
    assert.deepEqual(await new FeedbackStore(memoryArea({ feedbackReports: { 0: notThis(1) } })).list(), []);
    const mixed = [
      notThis(1),
      null,
      42,
      { ...notThis(2), kind: 'something-else' },
      { ...notThis(3), claimId: '' },
      { ...notThis(4), date: 'yesterday' },
      { ...notThis(5), sentence: 'x'.repeat(5000) },
      { ...notThis(6), extra: '<script>' },
      { kind: 'missed-claim', sentence: 'ok', url: 'http://news.test/', date: '2026-12-03T00:00:00Z' },
      notThis(7),
    ];
    const store = new FeedbackStore(memoryArea({ feedbackReports: mixed }));
    assert.deepEqual((await store.list()).map((r) => r.sentence), ['Sentence number 1.', 'Sentence number 7.']);
    // Adding to a corrupt store rewrites it with the good entries only.
    await store.add(notThis(8));
    assert.equal((await store.list()).length, 3);
  });

  it('a storage that fails to read gives an empty list instead of an error', async () => {
    const broken: StorageArea = { get: () => Promise.reject(new Error('disk')), set: async () => undefined };
    assert.deepEqual(await new FeedbackStore(broken).list(), []);
  });

  it('remove() deletes one report, and with it that dismissal', async () => {
    const store = new FeedbackStore(memoryArea());
    await store.add(notThis(1));
    await store.add(notThis(2));
    assert.equal(await store.remove({ ...notThis(1), date: '2030-01-01T00:00:00.000Z' }), true, 'the date does not identify a report');
    assert.equal(await store.remove(notThis(1)), false);
    assert.deepEqual((await store.list()).map((r) => r.sentence), ['Sentence number 2.']);
    assert.equal((await store.dismissedOn('http://news.test/a')).has(dismissalKey('targets-60', 'Sentence number 1.')), false);
  });

  it('clear() removes every report and every dismissal', async () => {
    const store = new FeedbackStore(memoryArea());
    await store.add(notThis(1));
    await store.clear();
    assert.deepEqual(await store.list(), []);
    assert.equal((await store.dismissedOn('http://news.test/a')).size, 0);
  });
});

describe('feedback export file', () => {
  it('round-trips through readFeedbackFile, skipping entries that are not reports', () => {
    const file = feedbackFile([notThis(1)], new Date('2026-12-03T12:00:00Z'));
    const text = JSON.stringify({ ...file, reports: [...file.reports, { kind: 'nope' }] });
    const read = readFeedbackFile(text);
    assert.ok(read.ok);
    assert.deepEqual(read.reports, [notThis(1)]);
    assert.equal(read.skipped, 1);
  });

  it('refuses files that are not feedback exports, with a reason', () => {
    for (const text of ['{', '[]', '{"format":"recoupe-feedback","version":2,"reports":[]}', '{"format":"recoupe-feedback","version":1,"reports":{}}']) {
      const read = readFeedbackFile(text);
      assert.equal(read.ok, false, text);
    }
  });
});
