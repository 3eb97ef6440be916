#!/usr/bin/env node
'use strict';
// `npm start`:
//  - Windows/macOS: sideload into desktop Excel. office-addin-debugging starts the dev server through the
//    package.json `dev-server` script; KW_HTTPS=1 makes webpack serve https with the Office dev certificates.
//  - Linux, or `npm start -- --preview`: no Excel there, so serve the browser preview over plain http.
//    Needs no sudo and no certificates.
const path = require('path');
const { spawn } = require('child_process');

const root = path.resolve(__dirname, '..');
const preview = process.argv.includes('--preview') || !['win32', 'darwin'].includes(process.platform);
const port = Number(process.env.PORT) || 3000;

function run(bin, args, env) {
  // npm puts node_modules/.bin on PATH for scripts; shell: true resolves the .cmd shims on Windows.
  const child = spawn(bin, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  return child;
}

async function startPreview() {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  process.env.PORT = String(port);
  delete process.env.KW_HTTPS; // plain http: the preview must never ask for certificates
  const config = await require(path.join(root, 'webpack.config.js'))({}, { mode: 'development' });
  const compiler = webpack(config);
  const server = new WebpackDevServer({ ...config.devServer, port }, compiler);
  const url = `http://localhost:${port}/preview.html`;
  const announce = () => process.stdout.write(`\nKlantwaarde voorbeeld: ${url}\nKlantwaarde preview: ${url}\n\n`);
  // Print the address again after every build, so it is the last thing on screen, not buried in webpack's output.
  compiler.hooks.done.tap('klantwaarde-preview-url', () => setImmediate(announce));
  await server.start();
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (preview) {
  startPreview().catch((err) => {
    process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  });
} else {
  run('office-addin-debugging', ['start', 'manifest.xml'], { ...process.env, KW_HTTPS: '1', PORT: String(port) });
}
