// Content script entry: one controller per document, started at most once. No error escapes to the page.
import { RecoupeController } from './controller.ts';

const STARTED = Symbol.for('recoupe.started');
const scope = globalThis as { [STARTED]?: boolean };

if (!scope[STARTED] && document.body) {
  scope[STARTED] = true;
  try {
    const controller = new RecoupeController(document);
    controller.listen();
    // The first scan starts in a task of its own: the injection task (compiling and evaluating this
    // bundle) stays short, and the page's own work can run in between.
    setTimeout(() => {
      try {
        controller.start();
      } catch (error) {
        console.warn('Recoupe stopped on this page:', error);
      }
    }, 0);
  } catch (error) {
    console.warn('Recoupe stopped on this page:', error);
  }
}
