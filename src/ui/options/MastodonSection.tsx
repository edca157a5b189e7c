import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { mastodonOrigin, originPattern } from '../../shared/mastodon-origin';
import { send } from '../../shared/messaging';
import type { Problem } from '../../shared/validation';

interface Props {
  instances: readonly string[];
  onInstances: (instances: string[]) => void;
  onProblems: (problems: Problem[]) => void;
}

/**
 * Mastodon runs on any domain: the user adds an instance, the browser asks for that origin's
 * permission (only from a click, hence here and not in the background), and the background registers
 * the content script for it. Saved at once, since the permission is granted at once.
 */
export function MastodonSection({ instances, onInstances, onProblems }: Props) {
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const fail = (message: string, received?: string) =>
    onProblems([{ path: 'mastodonInstances', message, ...(received ? { received } : {}) }]);

  const add = async () => {
    const origin = mastodonOrigin(address);
    if (!origin) return fail('optionsMastodonBadAddress');
    setBusy(true);
    try {
      // First thing in the click handler: the permission prompt needs the user's gesture.
      const granted = await chrome.permissions.request({ origins: [originPattern(origin)] });
      if (!granted) return fail('optionsMastodonDenied');
      const result = await send('mastodon.add', { origin });
      onInstances(result.instances);
      onProblems([]);
      setAddress('');
    } catch (error) {
      fail('optionsMastodonFailed', error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (origin: string) => {
    try {
      onInstances((await send('mastodon.remove', { origin })).instances);
      onProblems([]);
    } catch (error) {
      fail('optionsMastodonFailed', error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section class="section" data-section="mastodon" id="section-mastodon" aria-labelledby="mastodon-title">
      <h2 id="mastodon-title">{t('optionsMastodon')}</h2>
      <p class="muted">{t('optionsMastodonHint')}</p>
      <ul class="instances">
        {instances.map((origin) => (
          <li key={origin} data-instance={origin}>
            <code>{origin}</code>{' '}
            <button type="button" data-action="remove-instance" onClick={() => void remove(origin)}>
              {t('optionsRemoveItem', [new URL(origin).hostname])}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div class="field">
          <label for="mastodon-address">{t('optionsMastodonAddress')}</label>
          <input
            id="mastodon-address"
            name="mastodonAddress"
            placeholder="fosstodon.org"
            value={address}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
        </div>
        <div class="row__actions">
          <button type="submit" data-action="add-instance" disabled={busy}>
            {t('optionsMastodonAdd')}
          </button>
        </div>
      </form>
    </section>
  );
}
