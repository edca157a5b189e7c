import { resolve } from 'node:path';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * webextension-polyfill is a UMD file. Imported as CommonJS, the bundler's interop copies every
 * property of what it exports, and in Chromium, where that is the browser's own `browser`, reading
 * each property's descriptor instantiates every extension API: 15-30 ms of each cold start of the
 * worker (measured in the built worker, docs/ARCHITECTURE.md budget 400 ms). Given the `module`
 * and `exports` its wrapper looks for, the same file is an ES module with one default export, and
 * nothing is copied.
 */
function polyfillAsEsModule(): Plugin {
  return {
    name: 'smm:polyfill-as-es-module',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/.test(id)) return null;
      return {
        code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}

/**
 * One source manifest; the Firefox build (`--mode firefox`) gets a background script instead of
 * a worker and the gecko settings AMO requires.
 */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest: ManifestV3Export = firefox
    ? {
        ...baseManifest,
        // Firefox runs the background as an event page (scripts), not a service worker.
        background: { scripts: [baseManifest.background.service_worker], type: 'module' },
        // Firefox's background page loads date-holidays itself; offscreen documents are Chrome's.
        permissions: baseManifest.permissions.filter((permission) => permission !== 'offscreen'),
        browser_specific_settings: {
          gecko: {
            id: 'smm-assistant@smm-assistant.app',
            strict_min_version: '142.0',
            data_collection_permissions: { required: ['none' as const] },
          },
        },
      }
    : baseManifest;
  return {
    plugins: [
      polyfillAsEsModule(),
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // One self-contained classic script: no loader, no chunks, nothing web-accessible.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Vite's preload helper adds <link rel="modulepreload"> to the document: in a content script
      // that is the host page's DOM, which the extension must leave alone.
      modulePreload: false,
      // Chrome's offscreen document computes holidays for the worker; the manifest doesn't name it.
      ...(firefox ? {} : { rollupOptions: { input: { offscreen: 'src/offscreen/index.html' } } }),
    },
    worker: { format: 'es' },
    resolve: {
      alias: [
        // twitter-text's Babel output imports core-js 2 polyfills for ES2015 features every browser
        // we support has natively; they would replace native String and RegExp methods in the
        // worker and cost it startup time, for nothing.
        {
          find: /^core-js\/modules\/.*$/,
          replacement: resolve(import.meta.dirname, 'src/background/no-polyfill.ts'),
        },
      ],
    },
    legacy: { skipWebSocketTokenCheck: true },
  };
});
