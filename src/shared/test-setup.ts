import { vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { registerCatalogue } from './i18n';

// Unit tests run outside the browser: messages come from the English catalogue.
registerCatalogue(en as Record<string, { message: string }>);

// The polyfill refuses to load outside an extension. Unit tests never reach the browser's APIs:
// modules that import it for their browser half load, and their pure half is what is tested.
vi.mock('webextension-polyfill', () => ({ default: {} }));
