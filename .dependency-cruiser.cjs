// The layering DESIGN.md states, enforced (`pnpm layers`; part of `npm test`). Paths are matched with an optional
// prefix, so the same rules run on the deliberately wrong fixtures in scripts/fixtures/layers/ (outside every build).
// A sibling is caught by its resolved path and by its package name (which does not resolve where it is not a dependency).
// data, core, ui, the pipeline and the app may all import @dtr/csv; @dtr/csv imports none of them.
const pkg = (name) => `((^|/)packages/${name}/|^@dtr/${name}($|/))`;
const app = '((^|/)apps/|^@dtr/report($|/))';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'csv-imports-no-workspace-package',
      comment: '@dtr/csv (the one CSV reader and writer) is a leaf: it imports no other workspace package or the app',
      severity: 'error',
      from: { path: pkg('csv') },
      to: { path: [pkg('data'), pkg('core'), pkg('ui'), pkg('pipeline'), app] }
    },
    {
      name: 'csv-by-its-entry',
      comment: 'everyone imports @dtr/csv by name, through its entry (src/index.ts), never a file inside it',
      severity: 'error',
      from: { pathNot: '(^|/)packages/csv/' },
      to: { path: '(^|/)packages/csv/src/(?!index\\.ts$)' }
    },
    {
      name: 'data-imports-no-sibling',
      comment: '@dtr/data never imports core, ui, the pipeline or the app',
      severity: 'error',
      from: { path: pkg('data') },
      to: { path: [pkg('core'), pkg('ui'), pkg('pipeline'), app] }
    },
    {
      name: 'core-imports-no-sibling',
      comment: '@dtr/core never imports data, ui, the pipeline or the app',
      severity: 'error',
      from: { path: pkg('core') },
      to: { path: [pkg('data'), pkg('ui'), pkg('pipeline'), app] }
    },
    {
      name: 'ui-imports-no-sibling',
      comment: '@dtr/ui never imports data, core, the pipeline or the app',
      severity: 'error',
      from: { path: pkg('ui') },
      to: { path: [pkg('data'), pkg('core'), pkg('pipeline'), app] }
    },
    {
      name: 'pipeline-imports-data-and-core-only',
      comment: 'the pipeline builds editions from data and core; it never imports ui or the app',
      severity: 'error',
      from: { path: pkg('pipeline') },
      to: { path: [pkg('ui'), app] }
    },
    {
      name: 'charts-import-no-server',
      comment: 'chart builders are functions of the data they are given; they never reach into lib/server',
      severity: 'error',
      from: { path: '(^|/)apps/report/src/lib/charts/', pathNot: '\\.test\\.ts$' },
      to: { path: '(^|/)apps/report/src/lib/server/' }
    },
    {
      name: 'server-only-from-server',
      comment: 'lib/server modules are imported only by server code (lib/server, *.server.ts, +server.ts) and tests',
      severity: 'error',
      from: {
        pathNot: ['(^|/)apps/report/src/lib/server/', '\\.server\\.ts$', '/\\+server\\.ts$', '\\.test\\.ts$']
      },
      to: { path: '(^|/)apps/report/src/lib/server/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|\\.svelte-kit[^/]*|/build[^/]*|/editions)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.layers.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'svelte', 'default'],
      extensions: ['.ts', '.js', '.svelte', '.json']
    }
  }
};
