// Browser bundles for the add-in (taskpane.html) and the stand-alone preview (preview.html).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { Compilation, sources } = require('webpack');

const FUNCTIONS_SOURCE = './src/functions/functions.ts';

const ENTRIES = {
  taskpane: './src/taskpane/index.tsx',
  functions: FUNCTIONS_SOURCE,
  commands: './src/commands/commands.ts',
  preview: './src/preview/index.tsx',
};
/** The entries taskpane.html loads together (Office's shared runtime), in this order. */
const SHARED_RUNTIME_ENTRIES = ['functions', 'commands', 'taskpane'];
/** Scripts named by fixed file name (see output.filename); `runtime` is the single runtime chunk. */
const FIXED_NAMES = new Set([...Object.keys(ENTRIES), 'runtime']);

/** A TypeScript module of ours (unit-tested), loaded into the build through tsx. */
const tsModule = (file) => require('tsx/cjs/api').require(file, __filename);

/**
 * Finishes the generated functions.json: sets the top-level options the JSDoc cannot express
 * (allowErrorForDataTypeAny, src/functions/metadataOptions.ts), then derives functions.en.json with
 * English names and help from the catalog, for English Office (the manifest's <bt:Override Locale> on
 * Functions.Metadata.Url, one per locale of src/i18n/locales.ts).
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadata', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadata', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const generated = compilation.getAsset('functions.json');
        if (!generated) return;
        const { withMetadataOptions } = tsModule('./src/functions/metadataOptions.ts');
        const { localizeMetadata } = tsModule('./src/functions/metadataLocale.ts');
        const dutch = withMetadataOptions(generated.source.source().toString());
        compilation.updateAsset('functions.json', new sources.RawSource(dutch));
        compilation.emitAsset('functions.en.json', new sources.RawSource(localizeMetadata(dutch, 'en')));
      });
    });
  }
}

/** https only for Excel sideloading (KW_HTTPS=1, set by scripts/start.js); the preview is plain http. */
async function serverOptions() {
  if (process.env.KW_HTTPS !== '1') return { type: 'http' };
  // Required lazily: it may prompt to install a localhost CA, which the preview must never do.
  const devCerts = require('office-addin-dev-certs');
  return { type: 'https', options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env, argv) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const dev = mode === 'development';
  const { addinBase: toBase, productionManifest } = tsModule('./scripts/addinUrl.ts');
  // ADDIN_URL=https://host/path (docs/deploy.md), or `--env addinUrl=…` where the shell cannot set variables (Windows cmd).
  const addinUrl = process.env.ADDIN_URL || env?.addinUrl;
  const addinBase = addinUrl ? toBase(addinUrl) : undefined;

  return {
    mode,
    // webpack's default dev devtool uses eval(), which our Content-Security-Policy forbids.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry: ENTRIES,
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Entry scripts and the runtime keep fixed names: manifest.xml references functions.js / functions.json.
      // Every other chunk carries a content hash, initial ones too (a chunk may be initial in one page and
      // on demand in the other). A pane opened before the add-in was updated on the host then gets "not
      // found" for a chunk it still wants (a clear message, src/workbook/onDemand.ts), never a same-named
      // chunk of the new build that does not fit its old runtime.
      filename: ({ chunk }) => (FIXED_NAMES.has(chunk?.name) ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      // The pane's lazy parts are async chunks: their URLs resolve against the URL of the running script
      // (document.currentScript), so they come from wherever taskpane.html is hosted, localhost or ADDIN_URL.
      publicPath: 'auto',
      clean: true,
    },
    // The shared-runtime page (taskpane.html) loads the task pane, functions and commands bundles
    // together: one webpack runtime and shared chunks mean the engine, catalog and React load once
    // (and exist once, so e.g. an error class is the same class in every bundle).
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // What two of the page's entries share but is under splitChunks' default minimum size (20 kB) would
          // otherwise be copied into each of them (the Excel adapter into both taskpane.js and commands.js).
          sharedRuntimePage: {
            chunks: (chunk) => SHARED_RUNTIME_ENTRIES.includes(chunk.name),
            minChunks: 2,
            minSize: 0,
            // Below the default groups: what they move anyway stays where they put it.
            priority: -30,
            reuseExistingChunk: true,
          },
        },
      },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type errors are caught by `tsc --noEmit` in `npm run lint`; the bundler only strips types.
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
        {
          // The engine is pure (eslint enforces it): loading one of its modules only defines things. Said
          // here, webpack follows an import from src/engine/index.ts to the module that defines the name,
          // so engine code only the on-demand write half uses (insight, contact plan, agenda) goes with it.
          test: /[\\/]src[\\/]engine[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: 'functions.json' }),
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: one page hosts task pane, custom functions and ribbon commands.
        chunks: SHARED_RUNTIME_ENTRIES,
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // With ADDIN_URL (a production host) every manifest URL moves there; see docs/deploy.md.
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            ...(addinBase ? { transform: (xml) => productionManifest(xml.toString(), addinBase) } : {}),
          },
          // The preview page loads the example workbook from its own origin (read in the browser, never uploaded).
          { from: 'examples/klanten.xlsx', to: 'examples/klanten.xlsx' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      // Loopback only: the pages show client data. KW_HOST=0.0.0.0 opens it up (e.g. inside a container).
      host: process.env.KW_HOST || 'localhost',
      port: Number(process.env.PORT) || 3000,
      server: await serverOptions(),
      // Office loads the pages and functions.json cross-origin from its own host frames.
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      // No injected client/websocket: it would need 'unsafe-eval'/ws: in the CSP. Reload by hand.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
    },
  };
};
