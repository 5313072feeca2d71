// Builds src/index.ts into one Apps Script file, build/Code.js, plus appsscript.json and the UI HTML.
const path = require('path');
const fs = require('fs');
const GasPlugin = require('gas-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');

/** Copies appsscript.json and src/ui/*.html into build/ after each compilation. */
class CopyStaticPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('CopyStaticPlugin', () => {
      const out = compiler.options.output.path;
      fs.copyFileSync(path.join(__dirname, 'appsscript.json'), path.join(out, 'appsscript.json'));
      const uiDir = path.join(__dirname, 'src', 'ui');
      if (!fs.existsSync(uiDir)) return;
      for (const f of fs.readdirSync(uiDir)) {
        if (f.endsWith('.html')) fs.copyFileSync(path.join(uiDir, f), path.join(out, f));
      }
    });
  }
}

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/index.ts',
  target: ['web', 'es2020'],
  devtool: false,
  output: { path: path.join(__dirname, 'build'), filename: 'Code.js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020', charset: 'utf8' } }],
  },
  optimization: {
    // Apps Script parses the whole bundle on every execution: minify it, but keep function names
    // so stack traces in the execution log stay readable.
    minimize: process.env.MUSTAFID_NO_MINIFY !== '1',
    minimizer: [new EsbuildPlugin({ target: 'es2020', format: undefined, keepNames: true, charset: 'utf8', legalComments: 'none' })],
    concatenateModules: true,
  },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: true }), new CopyStaticPlugin()],
};
