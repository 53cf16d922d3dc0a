import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';

/**
 * The folder of the built web interface (web/dist, made by `npm run build:web`): found by walking
 * up from this file, so it works from the sources (src/web) and from a build (dist/src/web).
 */
export function findWebRoot(start: string = __dirname): string | null {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) return null;
  }
}

/** Paths the interface never answers: the API, health, metrics, and missing build files (a 404, not index.html). */
export const WEB_EXCLUDE = ['/graphql{*rest}', '/health{*rest}', '/metrics', '/assets/{*rest}'];

const root = findWebRoot();
if (!root) new Logger('WebModule').warn('web/dist not found: run `npm run build:web`; the web interface is not served');

/**
 * Serves the web interface (a single-page app) at `/`: the built files, and index.html for every
 * other page path (SPA fallback). Hashed build files are cached for a year, index.html never.
 * The pages carry no inline scripts, so helmet's Content-Security-Policy applies unchanged.
 */
@Module({
  imports: root
    ? [
        ServeStaticModule.forRoot({
          rootPath: root,
          exclude: WEB_EXCLUDE,
          serveStaticOptions: {
            index: 'index.html',
            fallthrough: true,
            setHeaders: (res: { setHeader(name: string, value: string): void }, path: string) => {
              const hashed = /[\\/]assets[\\/]/.test(path);
              res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
            },
          },
        }),
      ]
    : [],
})
export class WebModule {}
