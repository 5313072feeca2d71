// The import graph's rules (docs/architecture.md): no circle anywhere, and every arrow points down the layers
// entry → app → ports → domain, with adapters beside app seeing only ports and the pure kernel.
/** The pure kernel: the domain, the catalog and the organisations' profiles (plain data and functions). */
const KERNEL = '^src/(domain|i18n|profiles)/';
/** What every layer may read besides its own folder: the kernel, and the version string. */
const BOTTOM = `${KERNEL}|^src/version\\.ts$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports (in src/ or sandbox/) means two modules cannot be understood or replaced apart.',
      from: { path: '^(src|sandbox)/' },
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'The domain imports only the domain and the kernel beside it (the catalog, the profiles): no port, use case, adapter or entry.',
      from: { path: '^src/domain/' },
      to: { pathNot: `${KERNEL}|^src/domain/` },
    },
    {
      name: 'kernel-is-pure',
      severity: 'error',
      comment: 'The catalog and the profiles import only each other and the text helpers of the domain.',
      from: { path: '^src/(i18n|profiles)/' },
      to: { pathNot: '^src/(i18n|profiles)/|^src/domain/text/' },
    },
    {
      name: 'ports-see-the-kernel',
      severity: 'error',
      comment: 'Ports are contracts at the bottom: they import only other ports and the kernel, never a use case or an adapter.',
      from: { path: '^src/ports/' },
      to: { pathNot: `^src/ports/|${BOTTOM}` },
    },
    {
      name: 'app-sees-ports',
      severity: 'error',
      comment: 'Use cases import the domain, the ports, the kernel and the sidebar contract: never an adapter, an entry point or Apps Script.',
      from: { path: '^src/app/' },
      to: { pathNot: `^src/app/|^src/ports/|^src/ui/contract\\.ts$|${BOTTOM}` },
    },
    {
      name: 'adapters-see-ports',
      severity: 'error',
      comment: 'Adapters implement ports: they import the ports and the kernel, never a use case or an entry point.',
      from: { path: '^src/adapters/' },
      to: { pathNot: `^src/adapters/|^src/ports/|${BOTTOM}` },
    },
    {
      name: 'ui-sees-the-contract',
      severity: 'error',
      comment: 'The pages import their contract and the catalog, nothing of the server.',
      from: { path: '^src/ui/' },
      to: { pathNot: `^src/ui/|${BOTTOM}` },
    },
    {
      name: 'src-never-imports-the-bench',
      severity: 'error',
      comment: 'The product never imports the sandbox, the tests, the bench or the scripts (they would land in the bundle).',
      from: { path: '^src/' },
      to: { path: '^(sandbox|test|bench|scripts)/' },
    },
    {
      name: 'people-see-the-host',
      severity: 'error',
      comment: "The sandbox's people (submitting, editing, opening, using the add-on) act through the small host interface "
        + '(sandbox/people/host.ts): never the Sandbox class or what re-exports it. A second sandbox (the add-on\'s own) is '
        + 'composed in sandbox/core/addonProject.ts.',
      from: { path: '^sandbox/people/' },
      to: { path: '^sandbox/(core/runtime\\.ts|index\\.ts|cli\\.ts|core/addonProject\\.ts)$' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing.',
      from: { path: '^(src|sandbox)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'], conditionNames: ['require', 'import', 'node', 'default'], exportsFields: ['exports'] },
  },
};
