import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadTestReferenceData } from '../testing/reference-data';
import { renderWithStore } from '../testing/render';
import { EmbedView, fullScenarioHref } from './embed-view';

describe(fullScenarioHref, () => {
  it('drops only the embed parameter', () => {
    expect(fullScenarioHref('https://x.test/app/?v=1&spend=90&embed=cost&nvidia=40')).toBe(
      'https://x.test/app/?v=1&spend=90&nvidia=40',
    );
  });
});

describe(EmbedView, () => {
  it('renders one panel and a link to the full scenario', () => {
    renderWithStore(<EmbedView data={loadTestReferenceData()} panelId="cost" />);
    expect(
      screen.getByRole('heading', { name: 'What does a million tokens cost at scale?' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: 'How concentrated is the supply?' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('slider')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the full scenario' })).toHaveAttribute('href');
  });

  it('names the valid panels for an unknown one', () => {
    renderWithStore(<EmbedView data={loadTestReferenceData()} panelId="<script>" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no panel with that name. Panels: concentration, cost, budget, predictability, vendor, upstream, energy, sensitivity.',
    );
  });
});
