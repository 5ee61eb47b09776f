// natural's own typings describe only its main entry, which loads database drivers and prints to stdout; lurescan
// imports single modules by file path instead, typed here.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  const stopwords: { words: readonly string[] };
  export default stopwords;
}
