// The message contract as a security boundary: who may call what (senderMayCall), which payloads get
// through (isValidRequest), what a tab's content script obeys (isContentCommand), and the router that
// puts the checks in front of every handler.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MESSAGE_ORIGINS,
  isContentCommand,
  isValidRequest,
  senderMayCall,
  type BackgroundMessageName,
  type SenderInfo,
} from '../../../src/shared/messages.ts';
import { createRouter, type Handlers } from '../../../src/background/router.ts';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${OWN_ID}/`;
const NAMES = Object.keys(MESSAGE_ORIGINS) as BackgroundMessageName[];
const EXTENSION_ONLY = NAMES.filter((n) => MESSAGE_ORIGINS[n] === 'extension');
const CONTENT_ONLY = NAMES.filter((n) => MESSAGE_ORIGINS[n] === 'content');

const contentScript: SenderInfo = { id: OWN_ID, url: 'https://news.example/article', tab: { id: 7 } };
const popup: SenderInfo = { id: OWN_ID, url: `${BASE}popup.html` };
const optionsTab: SenderInfo = { id: OWN_ID, url: `${BASE}options.html`, tab: { id: 9 } };

/** A valid payload for each message this test knows; messages added later are still covered by the sender rules. */
const VALID: Record<string, unknown> = {
  'page/match': { url: 'https://news.example/a', lang: 'fr', published: '2015-10-18', blocks: ['Un texte.'] },
  'page/report': { url: 'https://news.example/a', blockCount: 3, found: [{ claimId: 'c1', status: 'unverified', occurrences: 1 }] },
  'ui/set-paused': { tabId: 3, paused: true },
  'ui/claims': { ids: ['c1'] },
  'ui/search': { query: 'camps', lang: 'fr' },
  'ui/db-info': {},
  'ui/tab-state': { tabId: 3 },
  'options/list-packs': {},
  'options/import': { fileName: 'pack.json', text: '{}', replace: false },
  'options/set-enabled': { id: 'my-pack', enabled: true },
  'options/remove': { id: 'my-pack' },
  'options/export': { id: 'my-pack' },
  'page/ask': { url: 'https://news.example/a', lang: 'en', published: '2015-10-18', text: 'Russian aircraft struck 94 targets.' },
  'page/feedback': { url: 'https://news.example/a', lang: null, sentence: 'A sentence.', claimId: 'c1' },
  'ui/ask-selection': { tabId: 3 },
  'options/list-reports': {},
  'options/export-reports': {},
  'options/clear-reports': {},
  'options/remove-report': { report: { kind: 'missed-claim', sentence: 'A sentence.', url: 'https://news.example/a', date: '2026-12-03T12:00:00.000Z', lang: null } },
  'options/list-subscriptions': {},
  'options/subscribe': { url: 'https://packs.example.org/a.json', publicKey: null, periodMinutes: 1440, requestedOrigin: false },
  'options/update-subscription': { id: 'sub-0123456789abcdef' },
  'options/set-subscription-period': { id: 'sub-0123456789abcdef', periodMinutes: 60 },
  'options/unsubscribe': { id: 'sub-0123456789abcdef' },
};
const known = NAMES.filter((n) => Object.hasOwn(VALID, n));
const envelope = (type: string, payload: unknown): unknown => ({ type, payload });

describe('subscription payloads', () => {
  it('refuse schedules Recoupe does not offer, ids that are not subscription ids, and oversized fields', () => {
    const refused: [string, unknown][] = [
      ['options/subscribe', { ...(VALID['options/subscribe'] as object), periodMinutes: 1 }],
      ['options/subscribe', { ...(VALID['options/subscribe'] as object), url: `https://x.example/${'a'.repeat(3000)}` }],
      ['options/subscribe', { ...(VALID['options/subscribe'] as object), publicKey: 'k'.repeat(101) }],
      ['options/subscribe', { url: 'https://packs.example.org/a.json', periodMinutes: 1440 }],
      ['options/update-subscription', { id: '../my-pack' }],
      ['options/set-subscription-period', { id: 'sub-0123456789abcdef', periodMinutes: 0.5 }],
      ['options/unsubscribe', { id: 'syria-2015' }],
    ];
    for (const [type, payload] of refused) assert.equal(isValidRequest(envelope(type, payload)), false, JSON.stringify(payload).slice(0, 80));
  });
});

describe('who may send which message (senderMayCall)', () => {
  it('knows both kinds of message: content-script ones and extension-page ones ("ui/*", "options/*")', () => {
    assert.ok(CONTENT_ONLY.includes('page/match') && CONTENT_ONLY.includes('page/report'));
    assert.ok(EXTENSION_ONLY.length >= 5);
    for (const name of NAMES) {
      if (name.startsWith('ui/') || name.startsWith('options/')) assert.equal(MESSAGE_ORIGINS[name], 'extension', `${name} must be extension-only`);
    }
  });

  it('refuses every extension-only message from a content script in a web page', () => {
    for (const name of EXTENSION_ONLY) assert.equal(senderMayCall(name, contentScript, OWN_ID, BASE), false, name);
  });

  it('lets the popup and the options page (even open in a tab) call extension-only messages', () => {
    for (const name of EXTENSION_ONLY) {
      assert.equal(senderMayCall(name, popup, OWN_ID, BASE), true, name);
      assert.equal(senderMayCall(name, optionsTab, OWN_ID, BASE), true, name);
    }
  });

  it('takes page messages only from a content script in a tab, not from an extension page or a tabless sender', () => {
    for (const name of CONTENT_ONLY) {
      assert.equal(senderMayCall(name, contentScript, OWN_ID, BASE), true, name);
      assert.equal(senderMayCall(name, popup, OWN_ID, BASE), false, name);
      assert.equal(senderMayCall(name, optionsTab, OWN_ID, BASE), false, name);
      assert.equal(senderMayCall(name, { id: OWN_ID, url: 'https://news.example/' }, OWN_ID, BASE), false, name);
      assert.equal(senderMayCall(name, { id: OWN_ID, url: 'https://news.example/', tab: {} }, OWN_ID, BASE), false, name);
    }
  });

  it('refuses every message from another extension, even one that copies our page paths', () => {
    const others: SenderInfo[] = [
      { id: 'otherextensionidotherextensionid', url: `chrome-extension://otherextensionidotherextensionid/popup.html` },
      { id: 'otherextensionidotherextensionid', url: `${BASE}popup.html` },
      { id: 'otherextensionidotherextensionid', url: 'https://news.example/', tab: { id: 7 } },
      { url: `${BASE}popup.html` },
      { id: '', url: `${BASE}popup.html` },
      { id: OWN_ID.toUpperCase(), url: `${BASE}popup.html` },
    ];
    for (const name of NAMES) for (const sender of others) assert.equal(senderMayCall(name, sender, OWN_ID, BASE), false, `${name} from ${JSON.stringify(sender)}`);
  });

  it('never takes a web page URL for one of our pages', () => {
    const disguised = [
      `https://evil.example/${BASE}popup.html`,
      `https://evil.example/?u=${BASE}`,
      `chrome-extension://${OWN_ID}.evil.example/popup.html`,
      `chrome-extension://${OWN_ID}evil/popup.html`,
      `CHROME-EXTENSION://${OWN_ID}/popup.html`.replace(OWN_ID, 'x'),
      `moz-extension://${OWN_ID}/popup.html`,
      `blob:${BASE}popup.html`,
      `about:blank`,
      `data:text/html,${BASE}`,
      ` ${BASE}popup.html`,
      '',
    ];
    for (const url of disguised) {
      for (const name of EXTENSION_ONLY) {
        assert.equal(senderMayCall(name, { id: OWN_ID, url, tab: { id: 7 } }, OWN_ID, BASE), false, `${name} from ${url}`);
        assert.equal(senderMayCall(name, { id: OWN_ID, url }, OWN_ID, BASE), false, `${name} from ${url} without a tab`);
      }
    }
  });

  it('refuses any sender whose id is not ours, whatever else it claims (property)', () => {
    const sender = fc.record({ id: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.oneof(fc.constantFrom('https://news.example/', 'about:blank', ''), fc.string(), fc.constant(`${BASE}popup.html`)), { nil: undefined }), tab: fc.option(fc.record({ id: fc.integer() }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), sender, (name, s) => {
        fc.pre(s.id !== OWN_ID);
        assert.equal(senderMayCall(name, s as SenderInfo, OWN_ID, BASE), false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('which payloads get through (isValidRequest)', () => {
  it('refuses feedback a content script could use to flood or corrupt the store', () => {
    const base = VALID['page/feedback'] as Record<string, unknown>;
    for (const bad of [{ sentence: '' }, { sentence: '   ' }, { sentence: 'x'.repeat(1001) }, { claimId: '' }, { claimId: 3 }, { url: 'x'.repeat(3000) }, { lang: 'x'.repeat(40) }]) {
      assert.equal(isValidRequest(envelope('page/feedback', { ...base, ...bad })), false, JSON.stringify(bad).slice(0, 60));
    }
    assert.equal(isValidRequest(envelope('page/feedback', { ...base, claimId: null })), true, 'a missed claim has no claim id');
    assert.equal(isValidRequest(envelope('page/ask', { ...(VALID['page/ask'] as object), text: 'x'.repeat(2001) })), false);
    assert.equal(isValidRequest(envelope('page/ask', { ...(VALID['page/ask'] as object), published: 'yesterday' })), false);
    assert.equal(isValidRequest(envelope('page/ask', { ...(VALID['page/ask'] as object), published: null })), true);
  });

  it('accepts a well-formed request of each known message', () => {
    assert.ok(known.length >= 7);
    for (const name of known) assert.equal(isValidRequest(envelope(name, VALID[name])), true, name);
  });

  it('refuses envelopes that are not objects, name no message, or name an inherited property', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'page/match',
      42,
      [],
      ['page/match', VALID['page/match']],
      {},
      { type: 'page/match' },
      { payload: VALID['page/match'] },
      envelope('page/nope', {}),
      envelope('PAGE/MATCH', VALID['page/match']),
      envelope(' ui/search', VALID['ui/search']),
      ...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'].map((type) => envelope(type, {})),
      JSON.parse('{"type":"__proto__","payload":{}}') as unknown,
      { type: { toString: () => 'ui/search' }, payload: VALID['ui/search'] },
    ];
    for (const message of bad) assert.equal(isValidRequest(message), false, JSON.stringify(message) ?? String(message));
  });

  it('refuses payloads that are missing, not plain objects, or have fields of the wrong type', () => {
    for (const name of known) {
      for (const payload of [undefined, null, 'x', 1, [], [VALID[name]]]) assert.equal(isValidRequest(envelope(name, payload)), false, `${name} with ${JSON.stringify(payload)}`);
    }
    const wrong: [string, unknown][] = [
      ['page/match', { url: 1, lang: 'fr', blocks: [] }],
      ['page/match', { url: 'u', lang: 3, blocks: [] }],
      ['page/match', { url: 'u', lang: 'fr', blocks: 'Un texte.' }],
      ['page/match', { url: 'u', lang: 'fr', blocks: ['ok', 3] }],
      ['page/match', { url: 'u', lang: 'fr', blocks: [['nested']] }],
      ['page/match', { url: 'u', blocks: [] }],
      ['page/match', { url: 'u', lang: 'fr', published: '18 octobre', blocks: [] }],
      ['page/match', { url: 'u', lang: 'fr', published: 20151018, blocks: [] }],
      ['page/match', { url: 'u', lang: 'fr', published: '---10-18', blocks: [] }],
      ['page/report', { url: 'u', blockCount: -1, found: [] }],
      ['page/report', { url: 'u', blockCount: 1.5, found: [] }],
      ['page/report', { url: 'u', blockCount: Number.NaN, found: [] }],
      ['page/report', { url: 'u', blockCount: 2 ** 60, found: [] }],
      ['page/report', { url: 'u', blockCount: '3', found: [] }],
      ['page/report', { url: 'u', blockCount: 1, found: [{ claimId: 'c', status: 'true', occurrences: 1 }] }],
      ['page/report', { url: 'u', blockCount: 1, found: [{ claimId: 'c', status: 'unverified', occurrences: -1 }] }],
      ['page/report', { url: 'u', blockCount: 1, found: [{ claimId: 7, status: 'unverified', occurrences: 1 }] }],
      ['page/report', { url: 'u', blockCount: 1, found: [null] }],
      ['ui/set-paused', { tabId: '3', paused: true }],
      ['ui/set-paused', { tabId: 3, paused: 'true' }],
      ['ui/set-paused', { tabId: -3, paused: true }],
      ['ui/claims', { ids: 'c1' }],
      ['ui/claims', { ids: [1] }],
      ['ui/search', { query: ['camps'], lang: 'fr' }],
      ['ui/search', { query: 'camps' }],
      ['ui/tab-state', { tabId: Infinity }],
      ['ui/tab-state', {}],
    ];
    for (const [name, payload] of wrong) assert.equal(isValidRequest(envelope(name, payload)), false, `${name} with ${JSON.stringify(payload)}`);
  });

  it('refuses too many blocks and huge strings', () => {
    const block = 'Un texte. ';
    assert.equal(isValidRequest(envelope('page/match', { url: 'u', lang: null, published: null, blocks: Array.from({ length: 20_000 }, () => block) })), true);
    assert.equal(isValidRequest(envelope('page/match', { url: 'u', lang: null, published: '--10-18', blocks: ['x'] })), true);
    assert.equal(isValidRequest(envelope('page/match', { url: 'u', lang: null, published: null, blocks: Array.from({ length: 20_001 }, () => block) })), false);
    assert.equal(isValidRequest(envelope('page/match', { url: 'u', lang: null, published: null, blocks: ['x'.repeat(100_001)] })), false);
    assert.equal(isValidRequest(envelope('page/report', { url: 'u', blockCount: 1, found: Array.from({ length: 20_001 }, () => ({ claimId: 'c', status: 'unverified', occurrences: 1 })) })), false);
    assert.equal(isValidRequest(envelope('ui/claims', { ids: Array.from({ length: 20_001 }, () => 'c') })), false);
    assert.equal(isValidRequest(envelope('ui/search', { query: 'x'.repeat(501), lang: 'fr' })), false);
    if (known.includes('options/import' as BackgroundMessageName)) {
      assert.equal(isValidRequest(envelope('options/import', { fileName: 'x'.repeat(1001), text: '{}', replace: false })), false);
      assert.equal(isValidRequest(envelope('options/import', { fileName: 'p.json', text: 'x'.repeat(33 * 1024 * 1024), replace: false })), false);
    }
    if (known.includes('options/remove' as BackgroundMessageName)) {
      // Up to 1000: a broken record's key (see background/stored-records.ts) may be longer than a pack id.
      assert.equal(isValidRequest(envelope('options/remove', { id: 'x'.repeat(1000) })), true);
      assert.equal(isValidRequest(envelope('options/remove', { id: 'x'.repeat(1001) })), false);
      assert.equal(isValidRequest(envelope('options/remove', { id: '' })), false);
    }
  });

  it('does not read fields through the prototype: "__proto__" in a payload carries nothing', () => {
    const viaProto = JSON.parse('{"type":"ui/search","payload":{"__proto__":{"query":"camps","lang":"fr"}}}') as unknown;
    assert.equal(isValidRequest(viaProto), false);
    const tabViaProto = JSON.parse('{"type":"ui/tab-state","payload":{"__proto__":{"tabId":3}}}') as unknown;
    assert.equal(isValidRequest(tabViaProto), false);
    const payloadViaProto = JSON.parse('{"type":"ui/db-info","__proto__":{"payload":{}}}') as unknown;
    assert.equal(isValidRequest(payloadViaProto), false);
    // A polluting key alongside valid fields is only data: nothing is merged into any prototype.
    const withPollution = JSON.parse('{"type":"ui/search","payload":{"query":"camps","lang":"fr","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}') as unknown;
    isValidRequest(withPollution);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws, whatever arrives (property)', () => {
    const message = fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...NAMES, '__proto__', 'x'), payload: fc.anything() }), fc.record({ type: fc.constantFrom(...NAMES), payload: fc.dictionary(fc.constantFrom('url', 'lang', 'blocks', 'found', 'blockCount', 'tabId', 'paused', 'ids', 'query', 'id', 'text', 'fileName', 'replace', 'enabled', '__proto__'), fc.anything()) }));
    fc.assert(
      fc.property(message, (m) => {
        const ok = isValidRequest(m);
        if (ok) assert.ok(NAMES.includes((m as { type: BackgroundMessageName }).type));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the router in front of the handlers', () => {
  function spyRouter() {
    const calls: string[] = [];
    const handlers = Object.fromEntries(NAMES.map((name) => [name, async () => void calls.push(name)])) as unknown as Handlers;
    return { calls, route: createRouter(handlers, OWN_ID, BASE) };
  }

  it('runs no handler for a malformed message or an unexpected sender, and sends no answer', () => {
    const { calls, route } = spyRouter();
    const warn = console.warn;
    console.warn = () => {};
    try {
      assert.equal(route({ type: 'ui/search', payload: { query: 7 } }, popup as never), undefined);
      assert.equal(route(envelope('ui/search', VALID['ui/search']), contentScript as never), undefined);
      assert.equal(route(envelope('ui/tab-state', VALID['ui/tab-state']), { ...popup, id: 'someone-else' } as never), undefined);
      assert.equal(route(envelope('page/match', VALID['page/match']), popup as never), undefined);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(calls, []);
  });

  it('runs the handler for a well-formed message from the right sender', async () => {
    const { calls, route } = spyRouter();
    await route(envelope('ui/search', VALID['ui/search']), popup as never);
    await route(envelope('page/match', VALID['page/match']), contentScript as never);
    assert.deepEqual(calls, ['ui/search', 'page/match']);
  });
});

describe('commands a content script obeys (isContentCommand)', () => {
  it('accepts the three commands', () => {
    assert.equal(isContentCommand({ type: 'content/show-claim', claimId: 'c1' }), true);
    assert.equal(isContentCommand({ type: 'content/set-paused', paused: false }), true);
    assert.equal(isContentCommand({ type: 'content/ask-selection' }), true);
  });

  it('takes no text with the ask command: the content script reads the selection itself', () => {
    assert.equal(isContentCommand({ type: 'content/ask-selection', text: 'forged' }), false);
  });

  it('refuses junk', () => {
    const junk: unknown[] = [
      null,
      undefined,
      'content/set-paused',
      [],
      [{ type: 'content/set-paused', paused: true }],
      {},
      { type: 'content/show-claim' },
      { type: 'content/show-claim', claimId: 7 },
      { type: 'content/show-claim', claimId: null },
      { type: 'content/set-paused' },
      { type: 'content/set-paused', paused: 'true' },
      { type: 'content/set-paused', paused: 1 },
      { type: 'content/reload', paused: true },
      { type: 'page/match', payload: {} },
      JSON.parse('{"__proto__":{"type":"content/set-paused","paused":true}}') as unknown,
      JSON.parse('{"type":"content/show-claim","__proto__":{"claimId":"c1"}}') as unknown,
    ];
    for (const x of junk) assert.equal(isContentCommand(x), false, JSON.stringify(x) ?? String(x));
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const ok = isContentCommand(x);
        if (ok) assert.ok(['content/show-claim', 'content/set-paused'].includes((x as { type: string }).type));
      }),
      { numRuns: 300 },
    );
  });
});
