import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhraseIndex, literalsOfImage, phraseIndexFromImage, phraseIndexImage } from '../../src/rules/phrase-index';
import { isWholeWordHit, phrasePattern } from '../../src/rules/phrase-pattern';

describe('createPhraseIndex', () => {
  it('lists, per owner, the offsets where one of its phrases starts, with spaces and hyphens skipped', () => {
    const index = createPhraseIndex(
      [
        { owner: 0, literal: 'free flight' },
        { owner: 1, literal: 'visa' },
        { owner: 1, literal: 'visa provided' },
      ],
      'none',
    );
    const found = index.candidates('free-flight and visa provided, freeflight');
    expect(found.get(0)).toEqual([0, 31]);
    expect(found.get(1)).toEqual([16]);
  });

  it('skips offsets inside an ASCII word, where a whole-word hit cannot start, but not inside Han text', () => {
    const index = createPhraseIndex(
      [
        { owner: 0, literal: 'line' },
        { owner: 1, literal: '日结' },
      ],
      'inside-ascii-word',
    );
    expect(index.candidates('online line').get(0)).toEqual([7]);
    expect(index.candidates('工资日结').get(1)).toEqual([2]);
  });

  it('starts only at words of a stem string', () => {
    const index = createPhraseIndex([{ owner: 3, literal: 'urgent hire' }], 'inside-word');
    expect(index.candidates('nonurgent hire urgent hire').get(3)).toEqual([15]);
  });

  it('is empty without phrases and refuses a phrase with nothing to index', () => {
    expect(createPhraseIndex([], 'none').isEmpty).toBe(true);
    expect(() => createPhraseIndex([{ owner: 0, literal: ' - ' }], 'none')).toThrow(/nothing|no character/);
  });

  // The index must never miss an offset where a rule's regex would find a hit that `isWholeWordHit` keeps.
  it('finds every start of every whole-word hit the phrase regex finds', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '日'), minLength: 1, maxLength: 3 });
    const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '日', ' ', '-', '.'), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 4 }), text, (phrases, haystack) => {
        const index = createPhraseIndex(
          phrases.map((literal) => ({ owner: 0, literal })),
          'inside-ascii-word',
        );
        const starts = new Set(index.candidates(haystack).get(0) ?? []);
        const sticky = new RegExp(phrases.map(phrasePattern).join('|'), 'uy');
        for (let start = 0; start < haystack.length; start++) {
          sticky.lastIndex = start;
          const match = sticky.exec(haystack);
          if (match !== null && isWholeWordHit(haystack, start, start + match[0].length)) {
            expect(starts.has(start)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('createPhraseIndex against a plain reading of its contract', () => {
  /** Each owner's starts, found by comparing every key at every allowed offset, separators skipped after the first. */
  function reference(entries: { owner: number; literal: string }[], text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    const isWordCode = (code: number): boolean => /[A-Za-z0-9]/.test(String.fromCharCode(code));
    for (let start = 0; start < text.length; start++) {
      if (start > 0 && isWordCode(text.charCodeAt(start)) && isWordCode(text.charCodeAt(start - 1))) continue;
      for (const { owner, literal } of entries) {
        const key = literal.replaceAll(/[ -]/g, '');
        let at = start;
        let matched = 0;
        while (matched < key.length && at < text.length) {
          if (matched > 0 && (text[at] === ' ' || text[at] === '-')) {
            at++;
            continue;
          }
          if (text[at] !== key[matched]) break;
          matched++;
          at++;
        }
        if (matched < key.length) continue;
        const starts = found.get(owner) ?? [];
        if (starts[starts.length - 1] !== start) starts.push(start);
        found.set(owner, starts);
      }
    }
    return found;
  }

  // Exactly the offsets the contract gives, through the pair table and past it, from phrases built or decoded.
  it('lists exactly the starts where a key is spelt, separators skipped, inside-ASCII-word offsets left out', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'A', '1', '日', 'é');
    const phrase = fc.string({ unit: fc.oneof(unit, fc.constantFrom(' ', '-')), minLength: 1, maxLength: 5 }).filter((literal) => /[^ -]/.test(literal[0] ?? ' '));
    const text = fc.string({ unit: fc.oneof(unit, fc.constantFrom(' ', '-', '.')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), phrase), { minLength: 1, maxLength: 6 }), text, (pairs, haystack) => {
        const entries = pairs.map(([owner, literal]) => ({ owner, literal }));
        const expected = reference(entries, haystack);
        const sorted = (found: Map<number, number[]>): [number, number[]][] => [...found].sort((a, b) => a[0] - b[0]);
        expect(sorted(createPhraseIndex(entries, 'inside-ascii-word').candidates(haystack))).toEqual(sorted(expected));
        expect(sorted(phraseIndexFromImage(phraseIndexImage(entries), 'inside-ascii-word').candidates(haystack))).toEqual(sorted(expected));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('createPhraseIndex with wide nodes', () => {
  // A node with many children is binary-searched; every child must still be found, and no other code.
  it('finds every phrase under a node with many children and nothing else', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const phrases = [...letters].map((letter, owner) => ({ owner, literal: `q${letter}z` }));
    const index = createPhraseIndex(phrases, 'none');
    for (const { owner, literal } of phrases) expect(index.candidates(`..${literal}..`).get(owner)).toEqual([2]);
    expect(index.candidates('q!z q_z qAz').size).toBe(0);
  });

  // The root's children (one per first character) are sorted apart from the short lists below it.
  it('finds phrases under a root with more first characters than an insertion sort is used for', () => {
    const firsts = [...'zyxwvutsrqponmlkjihgfedcba9876543210', '日', '工', 'ก'];
    const phrases = firsts.map((first, owner) => ({ owner, literal: `${first}ok` }));
    const built = createPhraseIndex(phrases, 'none');
    const decoded = phraseIndexFromImage(phraseIndexImage(phrases), 'none');
    for (const index of [built, decoded]) {
      for (const { owner, literal } of phrases) expect(index.candidates(`. ${literal} .`).get(owner)).toEqual([2]);
      expect(index.candidates('okay ko').size).toBe(0);
    }
  });
});

describe('phraseIndexFromImage', () => {
  const entriesOf = (phrases: readonly string[]): { owner: number; literal: string }[] =>
    phrases.map((literal, position) => ({ owner: position % 3, literal }));

  it('reads back the index its image was made from, offsets and owners in the same order', () => {
    const entries = [
      { owner: 0, literal: 'free flight' },
      { owner: 1, literal: 'visa' },
      { owner: 1, literal: 'visa provided' },
      { owner: 2, literal: '日结' },
      { owner: 0, literal: 'free' },
    ];
    const image = phraseIndexImage(entries);
    // Plain strings and numbers, so JSON carries it unchanged.
    expect(JSON.parse(JSON.stringify(image))).toEqual(image);
    const read = phraseIndexFromImage(image, 'inside-ascii-word');
    const text = 'free-flight and visa provided, freeflight 工资日结 visa';
    expect([...read.candidates(text)]).toEqual([...createPhraseIndex(entries, 'inside-ascii-word').candidates(text)]);
    expect(read.candidates(text).get(1)).toEqual([16, 47]);
    expect(phraseIndexFromImage(phraseIndexImage([]), 'none').isEmpty).toBe(true);
  });

  it('finds exactly what the built index finds, for any phrases, text and skipped starts', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'é', '日', '結', ' ', '-', '😀');
    const phrase = fc.string({ unit, minLength: 1, maxLength: 6 }).filter((literal) => /[^ -]/u.test(literal));
    const skipped = fc.constantFrom('none' as const, 'inside-word' as const, 'inside-ascii-word' as const);
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.string({ unit, maxLength: 60 }), skipped, (phrases, text, mode) => {
        const entries = entriesOf(phrases);
        const image = JSON.parse(JSON.stringify(phraseIndexImage(entries))) as ReturnType<typeof phraseIndexImage>;
        const read = phraseIndexFromImage(image, mode);
        const built = createPhraseIndex(entries, mode);
        expect(read.isEmpty).toBe(built.isEmpty);
        expect([...read.candidates(text)]).toEqual([...built.candidates(text)]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('literalsOfImage', () => {
  it('gives back each owner its literals whole, separators kept, by key then literal', () => {
    const entries = [
      { owner: 1, literal: 'visa provided' },
      { owner: 0, literal: 'free-flight' },
      { owner: 0, literal: 'free flight' },
      { owner: 2, literal: '경험 없어도', keyEnd: 2 },
      { owner: 1, literal: 'free flight' },
    ];
    const literals = literalsOfImage(phraseIndexImage(entries));
    expect(literals.get(0)).toEqual(['free flight', 'free-flight']);
    expect(literals.get(1)).toEqual(['free flight', 'visa provided']);
    expect(literals.get(2)).toEqual(['경험 없어도']);
  });

  it('ends its literals with a mark none of them holds', () => {
    const entries = [
      { owner: 0, literal: 'a|b' },
      { owner: 1, literal: 'c~d' },
      { owner: 1, literal: 'e' },
    ];
    const image = phraseIndexImage(entries);
    expect(image.end).toBe('`');
    expect(literalsOfImage(image)).toEqual(new Map([[0, ['a|b']], [1, ['c~d', 'e']]]));
    expect(phraseIndexFromImage(image, 'none').candidates('xa|b c~d').get(1)).toEqual([5]);
  });

  it('keys a literal by its first keyEnd code units: the index finds the key, the literal is kept whole', () => {
    const image = phraseIndexImage([{ owner: 0, literal: '경험 없어도', keyEnd: 2 }]);
    const index = phraseIndexFromImage(image, 'none');
    expect(index.candidates('경험이 없어도 돼요').get(0)).toEqual([0]);
    expect(index.candidates('경력 없어도').size).toBe(0);
  });

  it('gives back any literals, and an index that finds what one built from their keys finds', () => {
    const unit = fc.constantFrom('a', 'b', 'é', '日', ' ', '-', '😀');
    const literal = fc.string({ unit, minLength: 1, maxLength: 6 }).filter((text) => /[^ -]/u.test(text));
    const entry = fc.tuple(fc.nat(3), literal, fc.nat(6)).map(([owner, text, cut]) => {
      // keyEnd: anywhere that leaves the key a character that is not a separator.
      const firstKept = text.search(/[^ -]/u);
      return { owner, literal: text, keyEnd: Math.max(firstKept + 1, Math.min(cut, text.length)) };
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (one) => one.literal, maxLength: 10 }), fc.string({ unit, maxLength: 40 }), (list, text) => {
        const image = JSON.parse(JSON.stringify(phraseIndexImage(list))) as ReturnType<typeof phraseIndexImage>;
        const read = literalsOfImage(image);
        for (const owner of new Set(list.map((one) => one.owner))) {
          expect([...(read.get(owner) ?? [])].sort()).toEqual([...new Set(list.filter((one) => one.owner === owner).map((one) => one.literal))].sort());
        }
        const keys = list.map(({ owner, literal: whole, keyEnd }) => ({ owner, literal: whole.slice(0, keyEnd) }));
        expect([...phraseIndexFromImage(image, 'none').candidates(text)]).toEqual([...createPhraseIndex(keys, 'none').candidates(text)]);
      }),
      { numRuns: 300 },
    );
  });
});
