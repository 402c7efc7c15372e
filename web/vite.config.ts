import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd's shared core is ~550 kB before gzip; warn only above that.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // ECharts only ever loads with the map page; React changes rarely, so it caches on its own.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': api,
      '/docs': api,
      '/openapi.json': api,
      '/healthz': api,
    },
  },
});
