// Typed wrapper around runtime.sendMessage for the background contract in messages.ts.
import { browser } from './browser.ts';
import type { BackgroundMessageName, Envelope, RequestOf, ResponseOf } from './messages.ts';

export async function request<K extends BackgroundMessageName>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, payload };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<K>;
}
