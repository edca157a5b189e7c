import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { activeBrand } from '../../shared/settings-defaults';
import type { PopupToday } from '../../shared/today';

/**
 * The brand's own recurring tasks ("check mentions"), ticked by hand. Ticks are stored under the
 * day's key, so tomorrow starts with none ticked.
 */
export function RecurringTasks({ today }: { today: PopupToday }) {
  const [ticks, setTicks] = useState(today.ticks);
  const [error, setError] = useState('');
  const tasks = activeBrand(today.settings).recurringTasks;
  if (tasks.length === 0) return null;
  const tick = async (id: string, done: boolean) => {
    setTicks((current) => ({ ...current, [id]: done }));
    try {
      setTicks((await send('checklist.tick', { day: today.day, id, done })).ticks);
      setError('');
    } catch (failure) {
      setTicks((current) => ({ ...current, [id]: !done }));
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <>
      <h3 class="checks__subtitle">{t('popupTasks')}</h3>
      <ul class="checks">
        {tasks.map((task) => {
          const id = `task:${task.id}`;
          const done = Boolean(ticks[id]);
          return (
            <li class="check check--task" key={id} data-check={id} data-done={String(done)}>
              <label>
                <input
                  type="checkbox"
                  checked={done}
                  onChange={(event) => void tick(id, event.currentTarget.checked)}
                />{' '}
                {task.label}
              </label>
            </li>
          );
        })}
      </ul>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
