// Typed wrapper around runtime.sendMessage for the background contract in messages.ts.
import { browser, t } from './browser.ts';
import type { BackgroundMessageName, Envelope, RequestOf, ResponseOf } from './messages.ts';

/**
 * The background gave no answer: it was stopped mid-request (a service worker killed or restarted), or it
 * dropped a request that failed its checks. Its message is in plain words, ready to show.
 */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
}

export async function request<K extends BackgroundMessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(envelope);
  } catch (cause) {
    throw new NoAnswerError(t('errorNoAnswer'), { cause });
  }
  // Every response in the contract is an object: anything else means nobody answered.
  if (typeof reply !== 'object' || reply === null) throw new NoAnswerError(t('errorNoAnswer'));
  return reply as ResponseOf<K>;
}
