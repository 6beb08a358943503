// Content script entry: one controller per document, started at most once. No error escapes to the page.
import { RecoupeController } from './controller.ts';
import { whenIdle } from './schedule.ts';

const STARTED = Symbol.for('recoupe.started');
const scope = globalThis as { [STARTED]?: boolean };

if (!scope[STARTED] && document.body) {
  scope[STARTED] = true;
  // The injection task only compiles this bundle and queues the start: listening, binding the extension
  // API and the first scan all run in the page's idle periods, out of its loading work (ADR 0012).
  whenIdle(() => {
    try {
      const controller = new RecoupeController(document);
      controller.listen();
      controller.start();
    } catch (error) {
      console.warn('Recoupe stopped on this page:', error);
    }
  });
}
