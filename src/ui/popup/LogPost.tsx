import { useState } from 'preact/hooks';
import { categories, formats } from '../../shared/content-types';
import { isHashtag } from '../../shared/hashtag';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { networkNames, networks } from '../../shared/networks';
import type { PostRecord } from '../../shared/post';
import { activeBrand } from '../../shared/settings-defaults';
import type { Settings } from '../../shared/settings-schema';
import { contentCategoryLabel, formatLabel } from '../components/labels';

interface Props {
  settings: Settings;
  now: number;
  onLogged: () => void;
}

/** `YYYY-MM-DDTHH:MM` in the browser's zone, the value a datetime-local field reads and writes. */
function localInputValue(epoch: number): string {
  const date = new Date(epoch - new Date(epoch).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

/** "Log a post" made elsewhere, so the cadence, the mix and the theme check count it. */
export function LogPost({ settings, now, onLogged }: Props) {
  const [time, setTime] = useState(() => localInputValue(now));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const publishedAt = new Date(time).getTime();
    if (!Number.isFinite(publishedAt)) {
      setMessage({ ok: false, text: t('popupInvalidTime') });
      return;
    }
    const category = String(form.get('category') ?? '');
    const hashtags = String(form.get('hashtags') ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((tag) => (tag.startsWith('#') ? tag : `#${tag}`))
      .filter(isHashtag);
    const post: PostRecord = {
      id: `manual:${crypto.randomUUID()}`,
      network: form.get('network') as PostRecord['network'],
      brandId: activeBrand(settings).id,
      publishedAt,
      format: form.get('format') as PostRecord['format'],
      ...(category ? { category: category as NonNullable<PostRecord['category']> } : {}),
      hashtags,
      links: [],
      excerpt: '',
      source: 'manual',
    };
    try {
      await send('posts.log', { post });
      setMessage({ ok: true, text: t('popupLogged') });
      onLogged();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <details class="popup__log" data-section="log-post">
      <summary>{t('popupLogPost')}</summary>
      <p class="muted">{t('popupLogPostHint')}</p>
      <form class="log-form" onSubmit={submit}>
        <div class="log-form__field">
          <label for="log-network">{t('popupNetwork')}</label>
          <select id="log-network" name="network">
            {networks.map((network) => (
              <option key={network} value={network}>
                {networkNames[network]}
              </option>
            ))}
          </select>
        </div>
        <div class="log-form__field">
          <label for="log-format">{t('popupFormat')}</label>
          <select id="log-format" name="format">
            {formats.map((format) => (
              <option key={format} value={format}>
                {formatLabel(format)}
              </option>
            ))}
          </select>
        </div>
        <div class="log-form__field log-form__wide">
          <label for="log-time">{t('popupTime')}</label>
          <input
            type="datetime-local"
            id="log-time"
            name="time"
            required
            value={time}
            onInput={(event) => setTime(event.currentTarget.value)}
          />
        </div>
        <div class="log-form__field log-form__wide">
          <label for="log-category">{t('popupCategory')}</label>
          <select id="log-category" name="category">
            <option value="">{t('popupCategoryNone')}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {contentCategoryLabel(category)}
              </option>
            ))}
          </select>
        </div>
        <div class="log-form__field log-form__wide">
          <label for="log-hashtags">{t('popupHashtags')}</label>
          <input id="log-hashtags" name="hashtags" placeholder="#Tag" />
        </div>
        <button type="submit" class="primary">
          {t('popupLogSubmit')}
        </button>
      </form>
      {message?.ok && <p role="status">{message.text}</p>}
      {message && !message.ok && <p role="alert">{message.text}</p>}
    </details>
  );
}
