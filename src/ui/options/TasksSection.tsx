import { t } from '../../shared/i18n';
import type { RecurringTask } from '../../shared/settings-schema';
import { Field } from './Field';
import { type BrandSectionProps, newId } from './section';

/** The brand's own daily tasks ("check mentions", "reply in groups"), ticked by hand in the popup. */
export function TasksSection({ settings, onChange, problems }: BrandSectionProps) {
  const tasks = settings.recurringTasks;
  const setTasks = (recurringTasks: RecurringTask[]) => onChange({ ...settings, recurringTasks });
  return (
    <fieldset class="section" data-section="tasks" id="section-tasks">
      <legend>{t('optionsTasks')}</legend>
      <p class="muted">{t('optionsTasksHint')}</p>
      {tasks.map((task, index) => (
        <div class="row" key={task.id} data-task={task.id}>
          <Field
            label={t('optionsTaskN', [index + 1])}
            path={`recurringTasks[${index}].label`}
            problems={problems}
          >
            {(a11y) => (
              <input
                {...a11y}
                value={task.label}
                onInput={(e) =>
                  setTasks(
                    tasks.map((item, i) => (i === index ? { ...item, label: e.currentTarget.value } : item)),
                  )
                }
              />
            )}
          </Field>
          <div class="row__actions">
            <button type="button" onClick={() => setTasks(tasks.filter((_, i) => i !== index))}>
              {t('optionsRemoveItem', [task.label || t('optionsTaskN', [index + 1])])}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        data-action="add-task"
        onClick={() => setTasks([...tasks, { id: newId('task'), label: '' }])}
      >
        {t('optionsAddTask')}
      </button>
    </fieldset>
  );
}
