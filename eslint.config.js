import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import vueA11y from 'eslint-plugin-vuejs-accessibility'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  ...vueA11y.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/html-self-closing': ['error', { html: { void: 'any', normal: 'always', component: 'always' } }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      'vuejs-accessibility/label-has-for': ['error', { required: { some: ['nesting', 'id'] } }],
      // FormField renders the <label> around the control it is given (components/forms/FormField.vue).
      'vuejs-accessibility/form-control-has-label': ['error', { labelComponents: ['FormField'] }],
      // The tree, content and rules stay free of Vue: pure data and functions.
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['src/tree/**/*.ts', 'src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'vue-*', 'pinia', '@/views/*', '@/components/*', '@/stores/*', '@/composables/*'] }],
    },
  },
  {
    files: ['src/components/**/*.vue', 'src/composables/**/*.ts', 'src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/views/*'] }],
    },
  },
)
