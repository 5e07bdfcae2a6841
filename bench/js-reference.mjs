// Runs ESLint's `complexity` rule and eslint-plugin-sonarjs' `cognitive-complexity` with a threshold of 0, so
// that every function is reported, over the .js/.mjs/.cjs/.jsx/.ts/.mts/.cts/.tsx files under a folder.
// Prints one line per report: path, line, column, rule (complexity | cognitive), value.
// Usage: node bench/js-reference.mjs DIR   (run where eslint, @typescript-eslint/parser and
// eslint-plugin-sonarjs are installed: see bench/js-agreement.sh)
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import sonarjs from 'eslint-plugin-sonarjs';
import path from 'node:path';

const root = path.resolve(process.argv[2]);
const rules = { complexity: ['error', 0], 'sonarjs/cognitive-complexity': ['error', 0] };
const options = { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } };
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  errorOnUnmatchedPattern: false,
  overrideConfig: [
    { files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx'], languageOptions: { parserOptions: options }, plugins: { sonarjs }, rules },
    { files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: options }, plugins: { sonarjs }, rules },
  ],
});
const results = await eslint.lintFiles(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);
const out = [];
for (const result of results) {
  const file = path.relative(root, result.filePath).split(path.sep).join('/');
  for (const m of result.messages) {
    if (m.fatal) {
      out.push([file, m.line, m.column, 'parse-error', 0].join('\t'));
    } else if (m.ruleId === 'complexity') {
      // a class field's initializer is a code path of its own to ESLint, but no function to Perfscope
      const rule = m.message.startsWith('Class field initializer') ? 'complexity-field' : 'complexity';
      out.push([file, m.line, m.column, rule, /complexity of (\d+)/.exec(m.message)[1]].join('\t'));
    } else if (m.ruleId === 'sonarjs/cognitive-complexity') {
      out.push([file, m.line, m.column, 'cognitive', /from (\d+) to/.exec(m.message)[1]].join('\t'));
    }
  }
}
process.stdout.write(out.join('\n') + '\n');
