// Stands in for the core-js polyfills twitter-text imports (see vite.config.ts): nothing to add.
export {};
