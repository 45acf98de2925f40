// ESLint flat config. The import zones keep the layers honest: src/model and src/url
// are pure TypeScript (no React, Zustand, Recharts, TanStack or DOM), ui and i18n know
// nothing of the store or model, features never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
// Each feature may not import any other feature (bulletproof-react's zones, generated).
const FEATURE_ZONES = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'Features never import each other; move shared code to ui/, hooks/ or model/.',
}));

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react/*',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'recharts',
  '@tanstack/*',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'artifacts', 'coverage', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/model',
              from: './src',
              except: ['./model'],
              message: 'src/model is pure: import only from src/model.',
            },
            {
              target: './src/url',
              from: './src',
              except: ['./url', './model'],
              message: 'src/url imports only the model.',
            },
            {
              target: './src/ui',
              from: './src',
              except: ['./ui'],
              message: 'ui primitives receive strings as props.',
            },
            {
              target: './src/i18n',
              from: './src',
              except: ['./i18n'],
              message: 'i18n knows nothing of the store or model.',
            },
            {
              target: './src/data',
              from: './src',
              except: ['./data', './model'],
              message: 'data imports only the model.',
            },
            {
              target: './src/store',
              from: './src',
              except: ['./store', './model', './url', './testing'],
              message: 'the store imports only model and url.',
            },
            { target: './src/features', from: './src/app', message: 'features never import the app shell.' },
            ...FEATURE_ZONES,
          ],
        },
      ],
    },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
  },
  {
    // Pure layers: no UI libraries and no DOM globals.
    files: ['src/model/**/*.ts', 'src/url/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: UI_LIBRARIES, message: 'Keep the model and codec free of UI libraries.' }] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'location',
        'history',
        'fetch',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Use a seeded generator passed in.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['e2e/**/*.{js,mjs}', 'bench/**/*.{js,mjs}', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
