import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';

interface Props {
  id: string;
  done: boolean;
  title: ComponentChildren;
  children?: ComponentChildren;
}

/** One automatic item of the checklist: done when the log shows it, not by a click. */
export function CheckItem({ id, done, title, children }: Props) {
  return (
    <li class="check" data-check={id} data-done={String(done)}>
      <span class="check__mark" aria-hidden="true">
        {done ? '✓' : '○'}
      </span>
      <div class="check__body">
        <p class="check__title">
          <span class="visually-hidden">{done ? t('popupDone') : t('popupToDo')}: </span>
          {title}
        </p>
        {children}
      </div>
    </li>
  );
}
