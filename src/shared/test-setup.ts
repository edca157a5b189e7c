import en from '../../public/_locales/en/messages.json';
import { registerCatalogue } from './i18n';

// Unit tests run outside the browser: messages come from the English catalogue.
registerCatalogue(en as Record<string, { message: string }>);
