import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { BlockScanner, iterateBlocks, withPieces, type ExtractOptions, type TextBlock } from '../../../src/core/extract/blocks.ts';
import { extractPageText, isHiddenByAttributes } from '../../../src/cli/read-page.ts';

function blocksOf(bodyHtml: string, options?: ExtractOptions): TextBlock[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${bodyHtml}</body></html>`);
  return [...iterateBlocks(document.body as unknown as Node, options)];
}
const texts = (bodyHtml: string, options?: ExtractOptions): string[] => blocksOf(bodyHtml, options).map((b) => b.text);

describe('text blocks', () => {
  it('keeps a sentence split across links and emphasis in one block', () => {
    assert.deepEqual(texts('<p>Moscou a frappé <a href="#">60 <em>cibles</em></a> en 24 heures.</p>'), ['Moscou a frappé 60 cibles en 24 heures.']);
  });

  it('starts a new block at each block-level element, and resumes the parent after a nested block', () => {
    assert.deepEqual(texts('<div>Avant<p>Dedans</p>Après</div><ul><li>Un</li><li>Deux</li></ul>'), ['Avant', 'Dedans', 'Après', 'Un', 'Deux']);
  });

  it('maps every piece exactly to its text node data', () => {
    for (const block of blocksOf('<p>Un <b>deux</b> trois<br>quatre <recoupe-mark>cinq</recoupe-mark> six</p>')) {
      for (const piece of block.pieces) assert.equal(block.text.slice(piece.start, piece.end), piece.node.data);
    }
  });

  it('turns <br> into a paragraph separator that no piece covers', () => {
    const [block] = blocksOf('<p>ligne un<br>ligne deux</p>');
    assert.equal(block!.text, 'ligne un\u2029ligne deux');
    assert.deepEqual(block!.pieces.map((p) => [p.start, p.end]), [[0, 8], [9, 19]]);
  });

  it('reads through our highlight element but skips our card host', () => {
    assert.deepEqual(texts('<p>Le <recoupe-mark>ministère</recoupe-mark> a dit<recoupe-card>carte</recoupe-card>.</p><recoupe-root>x</recoupe-root>'), [
      'Le ministère a dit.',
    ]);
  });

  it('skips scripts, styles, form fields, svg, iframes and editable regions', () => {
    const html =
      '<p>visible</p><script>var a = 1</script><style>p{}</style><noscript>nojs</noscript><textarea>t</textarea>' +
      '<select><option>o</option></select><button>b</button><svg><text>s</text></svg><iframe>i</iframe>' +
      '<div contenteditable="true">edit</div><div contenteditable>edit2</div><div contenteditable="false">fixe</div>';
    assert.deepEqual(texts(html), ['visible', 'fixe']);
  });

  it('drops whitespace-only blocks', () => {
    assert.deepEqual(texts('<div> </div><p>\n\t</p><p>texte</p>'), ['texte']);
  });

  it('asks the caller whether an element is hidden or skipped', () => {
    const html = '<p hidden>caché</p><p aria-hidden="true">aria</p><p style="display: none">none</p><p style="visibility:hidden">vis</p><p class="ad">pub</p><p>vu</p>';
    assert.deepEqual(texts(html, { isHidden: isHiddenByAttributes, skipElement: (el) => el.getAttribute('class') === 'ad' }), ['vu']);
  });

  it('names the block-level element that holds each block', () => {
    assert.deepEqual(blocksOf('<article><h1>Titre</h1><p>Texte <a>lien</a></p></article>').map((b) => b.element.tagName), ['H1', 'P']);
  });

  it('survives very deep nesting without recursion', () => {
    const depth = 20_000;
    assert.deepEqual(texts(`${'<div>'.repeat(depth)}profond${'</div>'.repeat(depth)}`), ['profond']);
  });
});

describe('scanning in slices, pieces only for matched blocks', () => {
  const html = '<div>Avant <i>ceci</i><p>Un <b>deux</b> trois<br>quatre</p>Après <a>lien</a> fin</div>' + '<p>bloc <em>suivant</em></p>'.repeat(2000);

  it('keeps no text nodes per block while scanning, only the first one', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const scanner = new BlockScanner(document.body as unknown as Node);
    scanner.scan();
    const [first] = scanner.blocks;
    assert.equal(Object.hasOwn(first!, 'pieces'), false);
    assert.equal(first!.first.data, 'Avant ');
  });

  it('gives the same blocks when stopped at every deadline and resumed', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const whole = new BlockScanner(document.body as unknown as Node);
    whole.scan();
    const sliced = new BlockScanner(document.body as unknown as Node);
    let slices = 0;
    while (!sliced.scan(0)) slices++; // a deadline in the past: stop at every clock check
    assert.ok(slices > 3, `only ${slices} slices`);
    assert.deepEqual(
      sliced.blocks.map((b) => [b.element, b.text, b.first]),
      whole.blocks.map((b) => [b.element, b.text, b.first]),
    );
  });

  it('rebuilds the pieces of a block, also a block that shares its element with others', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const full = [...iterateBlocks(document.body as unknown as Node)];
    const scanner = new BlockScanner(document.body as unknown as Node);
    scanner.scan();
    for (const i of [0, 1, 2, 3]) {
      const rebuilt = withPieces(scanner.blocks[i]!);
      assert.ok(rebuilt, `block ${i}`);
      assert.equal(rebuilt.text, full[i]!.text);
      assert.deepEqual(rebuilt.pieces, full[i]!.pieces);
    }
    assert.deepEqual(full.slice(0, 3).map((b) => b.text), ['Avant ceci', 'Un deux trois\u2029quatre', 'Après lien fin']);
  });

  it('refuses to rebuild a block whose text the page changed since the scan', () => {
    const { document } = parseHTML(`<!doctype html><html><body><p>Un <b>deux</b> trois</p></body></html>`);
    const scanner = new BlockScanner(document.body as unknown as Node);
    scanner.scan();
    const block = scanner.blocks[0]!;
    (document.querySelector('b')!.firstChild as unknown as Text).data = 'DEUX';
    assert.equal(withPieces(block), undefined);
  });
});

describe('page text for the command line', () => {
  it('reads the declared language and the blocks of a saved page, hidden ones excluded', () => {
    const page = extractPageText('<html lang="fr-FR"><body><p>Bonjour</p><p hidden>non</p></body></html>');
    assert.deepEqual(page, { lang: 'fr', blocks: ['Bonjour'] });
  });

  it('accepts a fragment without <html> or <body>', () => {
    assert.deepEqual(extractPageText('<p>hi</p> there').blocks, ['hi', ' there']);
  });
});
