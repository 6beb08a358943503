// Content script entry: one controller per document, started at most once. No error escapes to the page.
import { RecoupeController } from './controller.ts';

const STARTED = Symbol.for('recoupe.started');
const scope = globalThis as { [STARTED]?: boolean };

if (!scope[STARTED] && document.body) {
  scope[STARTED] = true;
  try {
    const controller = new RecoupeController(document);
    controller.listen();
    controller.start();
  } catch (error) {
    console.warn('Recoupe stopped on this page:', error);
  }
}
