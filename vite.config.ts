import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies beside each script and style (name.js.br, name.js.gz), made once at
    // build time at the highest levels; the server sends the one the browser accepts (app.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.vite\//, /index\.html$/], logLevel: 'silent' }),
  ],
  // The manifest lists the entry script and what it imports: entry-size.unit.test.ts checks its size.
  build: { outDir: 'dist/web', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
