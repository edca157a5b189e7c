import { SETTINGS_VERSION, type Settings, SettingsSchema } from './settings-schema';
import { type Parsed, type Problem, parseWith } from './validation';

/**
 * Settings from any earlier version, brought to the current one step by step. A step never changes
 * once released: a later change of shape gets a new step, so a file exported by any earlier version
 * (or a record stored by it) arrives at the same shape with everything in it.
 */

type Step = (settings: Record<string, unknown>) => Record<string, unknown>;

/** `steps[n]` turns version n into version n + 1. */
const steps: Record<number, Step> = {
  // 1 → 2: one switch for all reminders became one per reminder ("due soon", "overdue").
  1: (settings) => ({
    ...settings,
    version: 2,
    notifications:
      typeof settings.notifications === 'boolean'
        ? { dueSoon: settings.notifications, overdue: settings.notifications }
        : settings.notifications,
  }),
  // 2 → 3: everything planned became each brand's own (an agency runs several brands, each with its
  // own themes, targets, cadence, policy and calendar): every brand gets a copy of what all shared.
  // A brand's account on a network became a list; the policy's one reply template per category
  // became an answer of the answers library; new: regions, starters, enabled regions, staleness.
  2: (settings) => {
    const shared = Object.fromEntries(perBrandFields.map((field) => [field, settings[field]]));
    const policy = Array.isArray(settings.communicationPolicy) ? settings.communicationPolicy : [];
    const answers = policy
      .filter((line) => isRecord(line) && typeof line.template === 'string' && line.template.trim())
      .map((line, index) => ({
        id: `answer-${index + 1}`,
        category: (line as Record<string, unknown>).category,
        title: '',
        text: (line as Record<string, unknown>).template,
      }));
    const communicationPolicy = policy.map((line) => {
      if (!isRecord(line)) return line;
      const { template: _moved, ...rest } = line;
      return { ...rest, guidance: '' };
    });
    const brands = (Array.isArray(settings.brands) ? settings.brands : []).map((brand) => {
      if (!isRecord(brand)) return brand;
      return {
        ...brand,
        accounts: accountLists(brand.accounts),
        regions: [],
        ...structuredClone(shared),
        communicationPolicy: structuredClone(communicationPolicy),
        answers: structuredClone(answers),
        starters: {},
        enabledRegions: [],
      };
    });
    const rest = Object.fromEntries(
      Object.entries(settings).filter(([key]) => !perBrandFields.includes(key)),
    );
    return { ...rest, version: 3, brands, staleAfterDays: 30 };
  },
};

/** The version-2 settings that became each brand's own in version 3. */
const perBrandFields = [
  'weekdayThemes',
  'mix',
  'cadence',
  'linkPolicy',
  'businessHours',
  'answerDeadlineHours',
  'communicationPolicy',
  'localEvents',
  'customDays',
  'disabledRegions',
  'recurringTasks',
];

/** `{ x: '@acme', vk: '' }` → `{ x: ['@acme'] }`: an empty field named no account. */
function accountLists(accounts: unknown): unknown {
  if (!isRecord(accounts)) return accounts;
  return Object.fromEntries(
    Object.entries(accounts).flatMap(([network, handle]) => {
      if (typeof handle !== 'string') return [[network, handle]];
      return handle.trim() ? [[network, [handle.trim()]]] : [];
    }),
  );
}

export interface Migration {
  /** The version the input was written by (0 when it says none). */
  version: number;
  /** The input at the current version; unchanged when it could not be migrated. */
  value: unknown;
  /** Why it could not be migrated: a version from the future, or not a version at all. */
  problems: Problem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Runs every step from the input's version to SETTINGS_VERSION. Input without a version is
 * returned as it is, for the schema to say what is wrong with it.
 */
export function migrateSettings(input: unknown): Migration {
  if (!isRecord(input) || !('version' in input)) return { version: 0, value: input, problems: [] };
  const version = input.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      version: 0,
      value: input,
      problems: [{ path: 'version', message: 'errUnknownVersion', received: JSON.stringify(version) }],
    };
  }
  if (version > SETTINGS_VERSION) {
    return {
      version,
      value: input,
      problems: [{ path: 'version', message: 'errFutureVersion', received: String(version) }],
    };
  }
  let value: Record<string, unknown> = input;
  for (let step = version; step < SETTINGS_VERSION; step++) value = steps[step](value);
  return { version, value, problems: [] };
}

/** Migrates, then checks against the schema: the settings as they are now, or every problem. */
export function parseSettings(input: unknown): Parsed<Settings> {
  const migrated = migrateSettings(input);
  if (migrated.problems.length > 0) return { ok: false, problems: migrated.problems };
  return parseWith(SettingsSchema, migrated.value);
}

export const SETTINGS_FILE_FORMAT = 'smm-assistant-settings';

/** What "Export settings" writes. */
export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function settingsFile(settings: Settings, now: number): SettingsFile {
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
  };
}

/**
 * An imported file: our export envelope of any version, or a bare settings object. Problems are
 * located inside the settings (`brands[0].ownDomains[2]`), as the user knows them from the page.
 */
export function readSettingsFile(input: unknown): Parsed<Settings> {
  if (!isRecord(input) || !('format' in input)) return parseSettings(input);
  if (input.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: 'errNotSettingsFile' }] };
  }
  if (!isRecord(input.settings)) {
    return { ok: false, problems: [{ path: 'settings', message: 'errWrongType' }] };
  }
  // The settings carry their own version; an envelope's version stands in for one that lacks it.
  const settings =
    'version' in input.settings ? input.settings : { ...input.settings, version: input.version };
  return parseSettings(settings);
}
