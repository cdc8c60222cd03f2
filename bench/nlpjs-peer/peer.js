// The nlp.js peer of bench/run-process.sh: a Node.js bot answering the same questions from the same facts.
// Trains an NLU model (one intent per measure, its aliases and what it counts as utterances; the answer is the
// newest observation, as MoocBot's default), then reads one
// question a line from standard input and writes one JSON object a line, like `moocbot ask --json`:
// {"question", "status": "answered" | "not_found", "confidence", "answer", "facts": [{"id", "display"}]}.
// Usage: node peer.js [path/to/facts.json] < questions.txt
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { NlpManager } = require('node-nlp');

const factsPath = process.argv[2] || path.join(__dirname, '..', '..', 'data', 'facts.json');
const { measures } = JSON.parse(fs.readFileSync(factsPath, 'utf8'));
// One fact a measure: its newest observation with a value (observations are stored oldest first).
const facts = measures.map((measure) => {
  const latest = [...measure.observations].reverse().find((o) => o.display) || measure.observations[measure.observations.length - 1];
  return { id: measure.id, counts: measure.counts, aliases: measure.aliases, display: latest.display, asOf: latest.asOf };
});

async function main() {
  const manager = new NlpManager({ languages: ['en'], forceNER: false, autoSave: false, nlu: { log: false } });
  const byId = new Map();
  for (const fact of facts) {
    byId.set(fact.id, fact);
    for (const utterance of [fact.counts, ...(fact.aliases || [])]) {
      manager.addDocument('en', utterance, fact.id);
    }
    manager.addAnswer('en', fact.id, `${fact.counts}: ${fact.display} (as of ${fact.asOf}).`);
  }
  await manager.train();

  const out = [];
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const question of lines) {
    const result = await manager.process('en', question);
    const fact = result.intent !== 'None' && result.score >= 0.5 ? byId.get(result.intent) : undefined;
    out.push(JSON.stringify({
      question,
      status: fact ? 'answered' : 'not_found',
      confidence: result.score,
      answer: fact ? result.answer : "Sorry, I don't know that.",
      facts: fact ? [{ id: fact.id, display: fact.display }] : [],
    }));
    if (out.length >= 256) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length > 0) {
    process.stdout.write(out.join('\n') + '\n');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
