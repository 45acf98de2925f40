// Initial download: the JS and CSS files dist/index.html references, gzipped with
// node:zlib at its default level (as Vite's build report does).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Paths (relative to dist) of the scripts, module preloads and stylesheets in index.html. */
export function initialAssets(html) {
  const js = new Set();
  const css = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^(https?:)?\/\//.test(url)) continue;
    const path = url.replace(/^\.?\//, '');
    if (tag.startsWith('<script') || /rel="modulepreload"/.test(tag)) js.add(path);
    else if (/rel="stylesheet"/.test(tag)) css.add(path);
  }
  return { js: [...js], css: [...css] };
}

async function sizeOf(dist, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, rawBytes: raw, gzipBytes: gzip };
}

/** Raw and gzip bytes of the initial JS and CSS of the build in `dist`. */
export async function measureBundle(dist) {
  const { js, css } = initialAssets(await readFile(join(dist, 'index.html'), 'utf8'));
  if (js.length === 0) throw new Error(`${dist}/index.html references no scripts`);
  return { js: await sizeOf(dist, js), css: await sizeOf(dist, css) };
}
