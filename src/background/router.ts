// Routes runtime messages to typed handlers after checking who sent them and what they carry.
// Anything that fails a check is dropped with a console warning; the sender gets no answer.
import type { Runtime } from '../shared/browser.ts';
import {
  isValidRequest,
  senderMayCall,
  type BackgroundMessageName,
  type RequestOf,
  type ResponseOf,
} from '../shared/messages.ts';

export type Handlers = {
  readonly [K in BackgroundMessageName]: (payload: RequestOf<K>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>>;
};

export function createRouter(handlers: Handlers, ownId: string, ownBaseUrl: string) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isValidRequest(message)) {
      console.warn('Recoupe: ignored a malformed message');
      return undefined;
    }
    if (!senderMayCall(message.type, sender, ownId, ownBaseUrl)) {
      console.warn(`Recoupe: refused ${message.type} from an unexpected sender`);
      return undefined;
    }
    const handler = handlers[message.type] as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
    return handler(message.payload, sender);
  };
}
