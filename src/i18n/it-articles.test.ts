import { agreeItalianArticles } from './it-articles';

describe('agreeItalianArticles', () => {
  it.each([
    ['il 70% del budget', 'il 70% del budget'],
    ['il 8% del budget', 'l’8% del budget'],
    ['il 80% del budget', 'l’80% del budget'],
    ['il 11% dei ricavi', 'l’11% dei ricavi'],
    ['il 1,5% dei ricavi', 'l’1,5% dei ricavi'],
    ['il 18% dei ricavi', 'il 18% dei ricavi'],
    ['il 100% della capacità', 'il 100% della capacità'],
    ['il 0% a Nvidia', 'lo 0% a Nvidia'],
    ['Nvidia al 80%.', 'Nvidia all’80%.'],
    ['sommava al 0,5%', 'sommava allo 0,5%'],
    ['nel 2028 il 8%', 'nel 2028 l’8%'],
    ['il 1.500%', 'il 1.500%'],
  ])('%s → %s', (input, expected) => {
    expect(agreeItalianArticles(input)).toBe(expected);
  });
});
