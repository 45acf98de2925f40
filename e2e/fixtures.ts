// Shared fixtures: every test fails on an unexpected console error or page error, and
// gets helpers that read the dashboard the way the tests compare it.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

/** The three headline sliders, by accessible name. */
export const HEADLINE_SLIDERS = ['Compute spend', 'Nvidia share', 'Inference load'] as const;
export type HeadlineSlider = (typeof HEADLINE_SLIDERS)[number];

/** How many lines each chart draws. */
export const CHART_LINES = { 'concentration-panel': 1, 'cost-panel': 3 } as const;
export type ChartId = keyof typeof CHART_LINES;
export const CHART_IDS: readonly ChartId[] = ['concentration-panel', 'cost-panel'];

interface Options {
  /** Console errors a test expects (e.g. the 500 it provoked); anything else fails it. */
  allowedConsoleErrors: RegExp[];
}

interface Fixtures {
  consoleErrors: string[];
  dashboard: Dashboard;
}

// Fixture callbacks name their second parameter `provide` (Playwright's docs say `use`)
// so the React hooks lint rule does not mistake it for React's use().
export const test = base.extend<Options & Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, provide) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
      await provide(errors);
      expect(errors, 'console errors or uncaught exceptions during the test').toEqual([]);
    },
    { auto: true },
  ],
  dashboard: async ({ page }, provide) => {
    await provide(new Dashboard(page));
  },
});

/** Reads the explore view: slider, KPI text, chart summaries and the SVG the charts drew. */
export class Dashboard {
  constructor(readonly page: Page) {}

  /** Opens the dashboard and waits until every chart has drawn all its lines. */
  async open(path = './'): Promise<void> {
    await this.page.goto(path);
    await this.expectChartsDrawn();
  }

  async expectChartsDrawn(): Promise<void> {
    for (const id of CHART_IDS) {
      const lines = this.lines(id);
      await expect(lines, `${id} draws ${CHART_LINES[id]} line(s)`).toHaveCount(CHART_LINES[id]);
      for (const line of await lines.all()) {
        // A drawn line starts with a move-to and has at least one more segment.
        await expect(line, `${id} line has a path`).toHaveAttribute('d', /^M[^A-Za-z]+[LCHVZ]/);
      }
    }
  }

  slider(name: HeadlineSlider): Locator {
    return this.page.getByRole('slider', { name, exact: true });
  }

  kpis(): Locator {
    return this.page.getByTestId('kpis');
  }

  summary(id: ChartId): Locator {
    return this.page.getByTestId(`${id}-summary`);
  }

  lines(id: ChartId): Locator {
    return this.page.getByTestId(id).locator('path.recharts-line-curve');
  }

  /** Everything a slider step can change, as plain strings, so states compare with toEqual. */
  async state(): Promise<DashboardState> {
    return {
      kpis: await this.kpis().innerText(),
      'concentration-panel-summary': await this.summary('concentration-panel').innerText(),
      'cost-panel-summary': await this.summary('cost-panel').innerText(),
      'concentration-panel-lines': await this.pathData('concentration-panel'),
      'cost-panel-lines': await this.pathData('cost-panel'),
      'concentration-panel-marker': await this.marker('concentration-panel'),
      'cost-panel-marker': await this.marker('cost-panel'),
    };
  }

  private async pathData(id: ChartId): Promise<string> {
    const d = await this.lines(id).evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
    return d.join('\n');
  }

  /** Position of the current-scenario dot: it moves even when the curve itself does not. */
  private async marker(id: ChartId): Promise<string> {
    const dots = this.page.getByTestId(id).locator('.recharts-reference-dot circle');
    const xy = await dots.evaluateAll((circles) =>
      circles.map((c) => `${c.getAttribute('cx') ?? ''},${c.getAttribute('cy') ?? ''}`),
    );
    return xy.join(' ');
  }
}

export interface DashboardState {
  kpis: string;
  'concentration-panel-summary': string;
  'cost-panel-summary': string;
  'concentration-panel-lines': string;
  'cost-panel-lines': string;
  'concentration-panel-marker': string;
  'cost-panel-marker': string;
}
export type StateKey = keyof DashboardState;
