// The dialog shell both cards share (the claim card and the selection card): themed by the page under it,
// labelled by its heading, closed by Escape (kept from the page) or by its × button.
import type { ComponentChildren, Ref } from 'preact';
import { t } from '../../shared/browser.ts';

interface Props {
  /** Extra class of this card ("ask"), besides `card`. */
  readonly kind?: string;
  readonly theme: 'light' | 'dark' | undefined;
  readonly testId?: string;
  /** Id of the element that names the dialog. */
  readonly labelledBy: string;
  readonly heading: ComponentChildren;
  readonly dialog: Ref<HTMLDivElement>;
  readonly onClose: () => void;
  readonly children: ComponentChildren;
}

export function CardFrame({ kind, theme, testId, labelledBy, heading, dialog, onClose, children }: Props) {
  return (
    <div
      class={`card${kind ? ` ${kind}` : ''} rc-theme${theme ? ` rc-${theme}` : ''}`}
      data-theme={theme}
      {...(testId ? { 'data-testid': testId } : {})}
      role="dialog"
      aria-modal="false"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      ref={dialog}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="top">
        {heading}
        <button class="close" type="button" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
