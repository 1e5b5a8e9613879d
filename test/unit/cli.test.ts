// The bundled CLI as a user runs it: real processes, real files, exit codes and stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { cli, corpus, runCli as run } from '../helpers/cli';

describe('newsmark annotate', () => {
  it('prints the JSON schema with offsets that fall inside each file', () => {
    const file = path.join(corpus, '2025-12-11-madrid.txt');
    const { code, stdout } = run('annotate', file, '--format', 'json');
    assert.equal(code, 0);
    const [article] = JSON.parse(stdout).articles;
    const text = readFileSync(file, 'utf8');
    assert.deepEqual([article.path, article.language, article.date, article.title], [file, 'es', '2025-12-11', 'La ministra Marín anuncia un acuerdo']);
    for (const span of [...article.entities, ...article.dates, ...article.quotes]) assert.equal(text.slice(span.start, span.end), span.text);
    assert.ok(article.entities.some((entity: { text: string; type: string }) => entity.text === 'Madrid' && entity.type === 'LOC'));
    const dates = article.dates.map((date: { text: string; value: string }) => `${date.text}=${date.value}`);
    for (const expected of ['el pasado 21 de noviembre=2025-11-21', 'este jueves=2025-12-11']) assert.ok(dates.includes(expected), dates.join(', '));
    const [quote] = article.quotes;
    assert.equal(quote.text, '“Firmaremos el acuerdo antes de enero”');
    assert.equal(quote.speaker.text, 'Marín');
  });

  it('links mentions across the articles of a folder and skips a binary file with a warning', () => {
    const { code, stdout, stderr } = run('annotate', corpus, '--format', 'json');
    assert.equal(code, 0);
    assert.match(stderr, /skipped .*broken-image\.txt: binary file/);
    const articles = JSON.parse(stdout).articles;
    assert.equal(articles.length, 3);
    const madrid = articles.find((article: { path: string }) => article.path.endsWith('madrid.txt'));
    const marin = madrid.entities.find((entity: { text: string }) => entity.text === 'Marín');
    assert.equal(marin.entity, 'Elena Marín Ortega');
  });

  it('prints coloured-free text and the entity table when colours are off', () => {
    const { code, stdout } = run('annotate', corpus);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /\x1b\[/);
    assert.match(stdout, /Corpus entities \(\d+\)/);
    assert.match(stdout, /Elena Marín Ortega +person/);
  });
});

describe('newsmark tag --conll', () => {
  it('appends one IOB2 tag per token line and passes document markers through', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsmark-cli-'));
    const input = [
      '-DOCSTART- -X- O O',
      '',
      'La DA O',
      'ministra NC O',
      'Elena NP B-PER',
      'Marín NP I-PER',
      'viajó V O',
      'a SP O',
      'Madrid NP B-LOC',
      '. Fp O',
      '',
    ].join('\n');
    const file = path.join(folder, 'sample.conll');
    writeFileSync(file, input);
    const { code, stdout } = run('tag', '--conll', file, '--lang', 'es');
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    const inputLines = input.trimEnd().split('\n');
    assert.equal(lines.length, inputLines.length);
    assert.equal(lines[0], '-DOCSTART- -X- O O');
    assert.equal(lines[1], '');
    lines.slice(2).forEach((line, i) => {
      assert.ok(line.startsWith(`${inputLines[i + 2]} `), line);
      assert.match(line.split(' ').at(-1)!, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    });
    assert.equal(lines[8].split(' ').at(-1), 'B-LOC');
  });
});

describe('newsmark index', () => {
  it('reports the corpus the way the server indexes it', () => {
    const { code, stdout } = run('index', corpus, '--json');
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.documents, 3);
    assert.equal(report.skipped, 1);
    assert.ok(report.tokens > 100 && report.mentions > 5 && report.entities > 3, stdout);
  });
});

describe('the command line under attack', () => {
  const scratch = () => mkdtempSync(path.join(tmpdir(), 'newsmark-cli-attack-'));

  it('ends quietly when the reader closes the pipe early', () => {
    const folder = scratch();
    try {
      for (let copy = 0; copy < 20; copy++)
        for (const name of readdirSync(corpus).filter((file) => file.startsWith('2025'))) cpSync(path.join(corpus, name), path.join(folder, `${copy}-${name}`));
      const errors = path.join(folder, 'stderr.log');
      const piped = spawnSync(
        'bash',
        ['-c', `"${process.execPath}" "${cli}" annotate "${folder}" --format json 2>"${errors}" | head -c 100; echo " exit \${PIPESTATUS[0]}"`],
        { encoding: 'utf8' },
      );
      assert.match(piped.stdout, /^\{\n {2}"articles"/);
      assert.match(piped.stdout, / exit 0\n$/);
      assert.equal(readFileSync(errors, 'utf8'), '');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('takes -- as the end of options', () => {
    const folder = scratch();
    try {
      writeFileSync(path.join(folder, '--odd.txt'), readFileSync(path.join(corpus, '2025-12-11-madrid.txt')));
      const { status, stdout, stderr } = spawnSync(process.execPath, [cli, 'annotate', '--format', 'json', '--', '--odd.txt'], {
        cwd: folder,
        encoding: 'utf8',
      });
      assert.equal(status, 0, stderr);
      assert.equal(JSON.parse(stdout).articles[0].path, '--odd.txt');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says when a folder has no articles', () => {
    const folder = scratch();
    try {
      writeFileSync(path.join(folder, 'notes.md'), 'Not an article.');
      const { code, stderr } = run('index', folder);
      assert.equal(code, 0);
      assert.match(stderr, /no articles in .*: it holds no readable \.txt file/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names a file whose name is not UTF-8 instead of calling it missing', () => {
    const folder = scratch();
    try {
      mkdirSync(path.join(folder, 'sub'));
      writeFileSync(path.join(folder, 'ok.txt'), readFileSync(path.join(corpus, '2025-12-11-madrid.txt')));
      writeFileSync(Buffer.concat([Buffer.from(`${folder}/sub/`), Buffer.from([0x69, 0xf1, 0x2e, 0x74, 0x78, 0x74])]), 'Espa\xf1a.');
      const index = run('index', folder, '--json');
      assert.equal(JSON.parse(index.stdout).documents, 1);
      assert.match(index.stderr, /sub\/i\uFFFD\.txt: file name is not valid UTF-8/);
      const named = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" annotate "${folder}/sub/"$(printf 'i\\361.txt')`], { encoding: 'utf8' });
      assert.equal(named.status, 1);
      assert.match(named.stderr, /its name is not valid UTF-8/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('bad input', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['a missing path', ['annotate', 'no/such/file.txt'], 1, /no\/such\/file\.txt: no such file/],
    ['a binary file', ['annotate', path.join(corpus, 'broken-image.txt')], 1, /binary file, not a text file/],
    ['an unknown flag', ['annotate', corpus, '--colour'], 2, /unknown option --colour/],
    ['an unknown command', ['summarise', corpus], 2, /unknown command 'summarise'/],
    ['a bad format', ['annotate', corpus, '--format', 'xml'], 2, /--format must be text or json/],
    ['tag without --conll', ['tag', 'x.conll'], 2, /tag needs --conll FILE/],
    ['index of a file', ['index', path.join(corpus, '2025-12-11-madrid.txt')], 1, /not a folder/],
    ['a missing folder to index', ['index', 'no/such/dir'], 1, /no such folder/],
  ];
  const large = path.join(mkdtempSync(path.join(tmpdir(), 'newsmark-cli-')), 'huge.txt');
  writeFileSync(large, 'Elena Marín habló. '.repeat(300_000));
  cases.push(['a file too large to be an article', ['annotate', large], 1, /huge\.txt: larger than 5 MB, not analysed as an article/]);
  for (const [name, args, exitCode, message] of cases) {
    it(`answers ${name} with one line and exit code ${exitCode}`, () => {
      const { code, stdout, stderr } = run(...args);
      assert.equal(code, exitCode);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  }
});

describe('the corpus file on the command line', () => {
  function folderWith(catalog: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsmark-cli-catalog-'));
    cpSync(corpus, folder, { recursive: true });
    rmSync(path.join(folder, 'broken-image.txt'));
    writeFileSync(path.join(folder, 'newsmark.json'), catalog);
    return folder;
  }
  const entitiesOf = (stdout: string) =>
    (JSON.parse(stdout).articles as { entities: { text: string; type: string; entity: string }[] }[]).flatMap((article) =>
      article.entities.map((entity) => `${entity.text} ${entity.type} ${entity.entity}`),
    );

  it("annotate, index and export apply the folder's newsmark.json, and --catalog names another", () => {
    const folder = folderWith('{ "entities": [ { "name": "Elena Marín Ortega", "type": "ORG", "aliases": ["la ministra"] } ], "notEntities": ["Madrid"] }');
    try {
      const annotated = run('annotate', folder, '--format', 'json');
      assert.equal(annotated.code, 0, annotated.stderr);
      const entities = entitiesOf(annotated.stdout);
      assert.ok(entities.includes('Marín ORG Elena Marín Ortega'), entities.join('\n'));
      assert.ok(!entities.some((entity) => entity.startsWith('Madrid ')), entities.join('\n'));
      const other = path.join(folder, 'other.json');
      writeFileSync(other, '{ "entities": [ { "name": "Madrid", "type": "ORG" } ] }');
      const withOther = entitiesOf(run('annotate', folder, '--format', 'json', '--catalog', other).stdout);
      assert.ok(withOther.includes('Madrid ORG Madrid') && withOther.includes('Marín PER Elena Marín Ortega'), withOther.join('\n'));
      const index = run('index', folder, '--json');
      const plain = run('index', folder, '--json', '--catalog', other);
      assert.notEqual(JSON.parse(index.stdout).mentions, JSON.parse(plain.stdout).mentions);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('tag applies the file --catalog names to the predicted tags, and a file with mistakes is reported where they are', () => {
    const folder = folderWith('{ "entities": [ { "name": "Cedeira", "type": "LOC" } ],\n  "notEntities": ["Madrid"], "x": 1 }');
    try {
      const conll = path.join(folder, 'input.conll');
      writeFileSync(conll, 'Llegó O\na O\nCedeira O\ndesde O\nMadrid O\n. O\n');
      const { code, stdout, stderr } = run('tag', '--conll', conll, '--lang', 'es', '--catalog', path.join(folder, 'newsmark.json'));
      assert.equal(code, 0, stderr);
      assert.match(stderr, /newsmark\.json:2:30: Unknown property "x"/);
      const tags = stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ').pop());
      assert.deepEqual(tags, ['O', 'O', 'B-LOC', 'O', 'O', 'O']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
