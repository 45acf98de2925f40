// The benchmark's floor: bench/floor/index.html, a page with the dashboard's three slider
// names and eight one-path charts and almost no app work, served on 127.0.0.1 and driven
// by the same harness as the dashboard. Its figures are what this browser, machine and
// harness cost on their own; the dashboard's figures can only be read against them.
import { readFile } from 'node:fs/promises';
import http from 'node:http';

const PAGE = new URL('./floor/index.html', import.meta.url);

/** The two designs the floor page can time: charts after the slider's frame, or in it. */
export const FLOOR_MODES = {
  next: 'charts after the slider\u2019s frame (the dashboard\u2019s design)',
  same: 'charts in the slider\u2019s own frame',
};

/** Serves the floor page on 127.0.0.1:`port`; resolves to its base URL and a close function. */
export async function serveFloor(port) {
  const html = await readFile(PAGE);
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith('/?') || request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(html);
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: (mode) => `http://127.0.0.1:${port}/?mode=${mode}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
