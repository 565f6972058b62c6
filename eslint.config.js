import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'src/server/db/migrations/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The web bundle talks to the server over HTTP only; shared/ is the common ground.
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'web/ импортирует только shared/, не server/.' }] },
      ],
    },
  },
  {
    // SQL text lives in *.queries.ts (docs/ARCHITECTURE.md, «Где живёт SQL»): services and routes call
    // query functions. Allowed besides: table definitions, the database client, the scope predicates and
    // the indicator definitions (SQL fragments other queries embed), and tests with their support files.
    files: ['src/server/**/*.ts'],
    ignores: [
      'src/server/**/*.queries.ts',
      'src/server/**/*.tables.ts',
      'src/server/db/**',
      'src/server/auth/scope.ts',
      'src/server/modules/monitoring/indicators.sql.ts',
      'src/server/**/*.test.ts',
      'src/server/**/*.test-kit.ts',
      'src/server/test/**',
      'src/server/authz/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'drizzle-orm',
              importNames: ['sql'],
              message: 'SQL пишется только в *.queries.ts: вынесите запрос в функцию модуля (docs/ARCHITECTURE.md).',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TaggedTemplateExpression[tag.name='sql'], TaggedTemplateExpression[tag.object.name='sql']",
          message: 'SQL пишется только в *.queries.ts: вынесите запрос в функцию модуля (docs/ARCHITECTURE.md).',
        },
      ],
    },
  },
);
