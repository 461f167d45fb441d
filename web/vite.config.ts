/**
 * The explorer (/) and GraphiQL (/graphql from a browser), built into web/dist and served by src/api/web.ts.
 * Everything is bundled from local packages: no CDN for GraphiQL, its Monaco workers or its fonts.
 * `npm run web:build` builds it; the server also builds it on demand when web/dist is missing or stale.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));

/** Marks a complete build (web/dist/.built): the server rebuilds when any source is newer than it. */
function buildStamp(): Plugin {
  let outDir = '';
  return {
    name: 'botnia-build-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      writeFileSync(path.join(outDir, '.built'), `${new Date().toISOString()}\n`);
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  plugins: [react(), buildStamp()],
  // Monaco's workers are ES modules; GraphiQL's Vite worker setup imports them with `?worker`.
  worker: { format: 'es' },
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is large by nature; it is only loaded by the GraphiQL page.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // GraphiQL's modules start with React-compiler directives ("use no memo") that bundling drops, harmlessly.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        explorer: path.join(webRoot, 'index.html'),
        graphiql: path.join(webRoot, 'graphiql.html'),
      },
    },
  },
  // The dev server (`npx vite --config web/vite.config.ts`) is for the explorer: GraphiQL's worker setup (`?worker`
  // imports inside node_modules) cannot be pre-bundled, so only the explorer's dependencies are.
  optimizeDeps: { entries: ['index.html'] },
  server: {
    // `vite --config web/vite.config.ts` for hacking on the page against a running `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
    fs: { allow: [path.resolve(webRoot, '..')] },
  },
});
