// Fills in the ground-truth token counts of tests/fixtures/token-estimate.json with a public tokenizer.
// Needs Node.js and the npm package gpt-tokenizer (2.x, MIT): `npm install gpt-tokenizer@2`, then
//   node tests/bench/token_counts.mjs tests/fixtures/token-estimate.json
// The tests read the committed counts and never run this script.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(process.cwd() + '/');
const cl100k = require('gpt-tokenizer/cjs/encoding/cl100k_base');
const o200k = require('gpt-tokenizer/cjs/encoding/o200k_base');
const file = process.argv[2];
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const item of data.items) {
    item.cl100k = cl100k.encode(item.text).length;
    item.o200k = o200k.encode(item.text).length;
}
data.tokenizer = 'gpt-tokenizer ' + require('gpt-tokenizer/package.json').version;
fs.writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
