/**
 * What one pass over the folded characters tells about the disguises that later passes may have to undo. Each
 * flag is a necessary condition only (a pass that runs finds nothing to do on most such text), so that text
 * without disguises skips the passes altogether: this is the normaliser's fast path.
 */
export class DisguiseHints {
  /** Four or more one-character words in a row: "t e l e", "w.h.a.t". */
  spacedLetters = false;
  /** A digit or @ $ ! | between ASCII letters: "v1sa", "wh@tsapp". */
  digitSwaps = false;
  /** Letters of the scripts that Latin look-alikes are taken from (Cyrillic, Greek, Armenian...). */
  lookalikes = false;

  private wordLength = 0;
  private wordIsLetterOrDigit = false;
  private oneCharacterWords = 0;
  private tokenHasLetter = false;
  private swapAfterLetter = false;

  /** Reads the next folded code unit. */
  observe(code: number): void {
    if (code < 0x80) {
      const letter = code >= 97 && code <= 122;
      if (letter || (code >= 48 && code <= 57)) {
        this.wordCharacter(true);
        if (letter) {
          if (this.swapAfterLetter) this.digitSwaps = true;
          this.tokenHasLetter = true;
        } else if (this.tokenHasLetter) this.swapAfterLetter = true;
        return;
      }
      this.endWord();
      if (code === 64 || code === 36 || code === 33 || code === 124) {
        if (this.tokenHasLetter) this.swapAfterLetter = true;
      } else {
        this.tokenHasLetter = false;
        this.swapAfterLetter = false;
      }
      return;
    }
    this.tokenHasLetter = false;
    this.swapAfterLetter = false;
    if (isLookalikeScript(code)) {
      this.lookalikes = true;
      this.wordCharacter(true);
    } else if (code >= 0xc0 && code <= 0x24f) this.wordCharacter(true);
    else if (isPunctuation(code)) this.endWord();
    else this.wordCharacter(false);
  }

  /** Reads a Han or Hangul character: part of a word, never a letter that disguises use. */
  observeWide(): void {
    this.tokenHasLetter = false;
    this.swapAfterLetter = false;
    this.wordCharacter(false);
  }

  /** Call once after the last character. */
  finish(): void {
    this.endWord();
  }

  private wordCharacter(letterOrDigit: boolean): void {
    this.wordLength += 1;
    this.wordIsLetterOrDigit = letterOrDigit;
  }

  private endWord(): void {
    if (this.wordLength === 0) return;
    if (this.wordLength === 1 && this.wordIsLetterOrDigit) {
      this.oneCharacterWords += 1;
      if (this.oneCharacterWords >= 4) this.spacedLetters = true;
    } else this.oneCharacterWords = 0;
    this.wordLength = 0;
  }
}

/** The blocks of the scripts in latin-confusables (a test checks that every look-alike of the table is in one). */
export function isLookalikeScript(code: number): boolean {
  return (
    (code >= 0x250 && code <= 0x2af) || // IPA extensions
    (code >= 0x370 && code <= 0x58f) || // Greek, Cyrillic, Armenian
    (code >= 0x13a0 && code <= 0x167f) || // Cherokee, Canadian syllabics
    (code >= 0x1c80 && code <= 0x1c8f) || // Cyrillic extended C
    (code >= 0x1d00 && code <= 0x1d7f) || // phonetic small capitals
    (code >= 0x2c80 && code <= 0x2cff) || // Coptic
    (code >= 0xa4d0 && code <= 0xa4ff) || // Lisu
    (code >= 0xa640 && code <= 0xa69f) || // Cyrillic extended B
    (code >= 0xab70 && code <= 0xabbf) // Cherokee small letters
  );
}

const isPunctuation = (code: number): boolean =>
  (code >= 0xa0 && code <= 0xbf) || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f);
