import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/, from the top: the app, the features, the foundations.
const app = ['./src/app', './src/main.tsx', './src/hydrateApp.tsx', './src/entry-server.tsx'];
const features = ['article', 'citations', 'contents', 'language', 'share', 'offline', 'errors', 'readAloud'].map((name) => `./src/${name}`);
const foundations = ['i18n', 'routing', 'collection', 'layout', 'site', 'styles'].map((name) => `./src/${name}`);

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'node_modules', 'test-results', 'playwright-report', '.lighthouseci'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The start script each built page inlines runs in the browser as it stands.
    files: ['src/startAfterFirstPaint.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    // Imports run one way: the app composes the features, the features build on the foundations, and
    // nothing imports back up, so no folder depends on another in a circle.
    files: ['src/**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: foundations,
              from: [...features, ...app],
              message: 'A foundation (i18n, routing, collection, layout, site, styles) imports no feature and not the app.',
            },
            { target: features, from: app, message: 'A feature imports the foundations, never the app that composes it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.js', '*.config.{js,ts}', 'tests/e2e/**/*.ts', 'tests/addresses/**/*.ts', 'tests/fixtures/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain scripts the built site serves as they are.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmark hands functions to the browser it drives.
    files: ['scripts/bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
