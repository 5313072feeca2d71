// Builds src/index.ts into one Apps Script file, build/Code.js, plus appsscript.json, the UI HTML and build/data.html;
// and the Workspace add-on, a standalone project of its own, from src/addon.ts into build/addon/ (Code.js, its
// appsscript.json from appsscript.addon.json, data.html).
const path = require('path');
const fs = require('fs');
const GasPlugin = require('gas-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const webpack = require('webpack');
const crypto = require('crypto');

// The English catalog ships only when asked for: every execution parses the whole bundle, and the
// product's users read Arabic. MUSTAFID_LANGS=ar,en builds it in.
const withEnglish = (process.env.MUSTAFID_LANGS || 'ar').split(',').includes('en');

/** Copies appsscript.json and src/ui/*.html into build/ after each compilation. */
class CopyStaticPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('CopyStaticPlugin', () => {
      const out = compiler.options.output.path;
      fs.copyFileSync(path.join(__dirname, 'appsscript.json'), path.join(out, 'appsscript.json'));
      const uiDir = path.join(__dirname, 'src', 'ui');
      if (!fs.existsSync(uiDir)) return;
      // Dialogs share their head, style and script through <!--#include partials/NAME --> (HtmlService
      // serves one file per page, so the partials are inlined here).
      // A partial may include another (dialogHead.html includes dialog.css).
      const include = (html) => html.replace(/<!--#include (\S+) -->/g, (_, name) => include(fs.readFileSync(path.join(uiDir, name), 'utf8')));
      for (const f of fs.readdirSync(uiDir)) {
        if (f.endsWith('.html')) fs.writeFileSync(path.join(out, f), include(fs.readFileSync(path.join(uiDir, f), 'utf8')));
      }
    });
  }
}

/** Compiles the sidebar client (src/ui/sidebar/client.ts) with esbuild and inlines it into build/sidebar.html:
 *  HtmlService serves one file, so the page carries its script. */
class SidebarClientPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('SidebarClientPlugin', () => {
      const dir = path.join(__dirname, 'src', 'ui', 'sidebar');
      const js = require('esbuild').buildSync({
        entryPoints: [path.join(dir, 'client.ts')], bundle: true, write: false, format: 'iife',
        target: 'es2020', charset: 'utf8', minify: process.env.MUSTAFID_NO_MINIFY !== '1', legalComments: 'none',
      }).outputFiles[0].text;
      // Inside an HtmlService template, "<?" would start a scriptlet and "</script" would end the script early.
      if (/<\?|\?>|<\/script/i.test(js)) throw new Error('sidebar client output contains "<?", "?>" or "</script"');
      const html = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8').replace('/*SIDEBAR_CLIENT*/', () => js);
      fs.writeFileSync(path.join(compiler.options.output.path, 'sidebar.html'), html);
    });
  }
}

/** Writes build/data.html: the ready profiles (each validated; an invalid one fails the build), the forms
 *  setup publishes for each and the default holidays, computed by scripts/shippedData.ts. The bundle reads
 *  it once when it needs it (src/adapters/script/shippedDataFile.ts) instead of parsing five organisations'
 *  policies and setup's forms on every execution (docs/bundle-size.md). */
class ShippedDataPlugin {
  constructor(text) {
    this.text = text;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('ShippedDataPlugin', () => {
      fs.writeFileSync(path.join(compiler.options.output.path, 'data.html'), this.text);
    });
  }
}

/** The data file's text, computed once per build (scripts/shippedData.ts). */
function shippedDataText() {
  const code = require('esbuild').buildSync({
    entryPoints: [path.join(__dirname, 'scripts', 'shippedData.ts')], bundle: true, write: false,
    format: 'cjs', platform: 'node', target: 'es2020', charset: 'utf8',
  }).outputFiles[0].text;
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports.shippedDataText();
}

const dataText = shippedDataText();
/** Built into the bundle (SHIPPED_DATA_VERSION): the configuration cache is keyed by it, so a deployment
 *  with changed profiles or forms never reads a profile cached by the one before. */
const dataVersion = crypto.createHash('sha256').update(dataText).digest('hex').slice(0, 12);

const optimization = {
  // Apps Script parses the whole bundle on every execution: minify it with webpack's own minifier
  // (terser; 2.4 KB smaller than esbuild's). Function names are minified too: keeping them costs 16 KB.
  // Errors reach the log with their code and message (src/entry/errors.ts); to chase a fault in a
  // deployment, MUSTAFID_KEEP_NAMES=1 builds with esbuild's keepNames, so stack traces name every
  // function (docs/bundle-size.md).
  minimize: process.env.MUSTAFID_NO_MINIFY !== '1',
  minimizer: process.env.MUSTAFID_KEEP_NAMES === '1'
    ? [new EsbuildPlugin({ target: 'es2020', format: undefined, keepNames: true, charset: 'utf8', legalComments: 'none' })]
    : ['...'],
  concatenateModules: true,
};

/** What both bundles share: the loader, the data version, the catalog's build-time replacements. */
const sharedPlugins = () => [
  new GasPlugin({ comment: true }),
  new ShippedDataPlugin(dataText),
  new webpack.DefinePlugin({ SHIPPED_DATA_VERSION: JSON.stringify(dataVersion) }),
  ...(withEnglish ? [] : [new webpack.NormalModuleReplacementPlugin(/src[\\/]i18n[\\/]en[\\/]index\.ts$/, path.join(__dirname, 'src', 'i18n', 'enOmitted.ts'))]),
  // Setup's form questions and the default holidays are computed at build time (build/data.html).
  new webpack.NormalModuleReplacementPlugin(/src[\\/]i18n[\\/](ar|en)[\\/]setupText\.ts$/, path.join(__dirname, 'src', 'i18n', 'setupTextOmitted.ts')),
];

const common = {
  mode: 'production',
  context: __dirname,
  target: ['web', 'es2020'],
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020', charset: 'utf8' } }],
  },
  optimization,
  performance: { hints: false },
};

/** Copies the add-on's manifest into build/addon/appsscript.json. */
class AddonManifestPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('AddonManifestPlugin', () => {
      fs.copyFileSync(path.join(__dirname, 'appsscript.addon.json'), path.join(compiler.options.output.path, 'appsscript.json'));
    });
  }
}

module.exports = [
  {
    ...common,
    name: 'register',
    entry: './src/index.ts',
    // build/addon/ is the other bundle's: the register's build keeps it.
    output: { path: path.join(__dirname, 'build'), filename: 'Code.js', clean: { keep: /^addon[\\/]/ } },
    plugins: [new CopyStaticPlugin(), new SidebarClientPlugin(), ...sharedPlugins()],
  },
  {
    ...common,
    name: 'addon',
    entry: './src/addon.ts',
    output: { path: path.join(__dirname, 'build', 'addon'), filename: 'Code.js', clean: true },
    plugins: [new AddonManifestPlugin(), ...sharedPlugins()],
  },
];
