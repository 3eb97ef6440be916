// Helper for engine-purity.test.ts: lints code samples with the ESLint Node API and the repo's config.
// It runs in its own Node process because ESLint loads eslint.config.mjs with a dynamic import(), which
// Jest's module sandbox refuses without --experimental-vm-modules.
// stdin: [{ "code": "...", "filePath": "src/engine/x.ts" }, ...]   stdout: [["ruleId", ...], ...]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });

let input = '';
for await (const chunk of process.stdin) input += chunk;

const output = [];
for (const { code, filePath } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  output.push(result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`));
}
process.stdout.write(JSON.stringify(output));
