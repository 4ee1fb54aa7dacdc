// Counts in words: "1 image", "2 images". Pure; used by pages and server messages.

/** `n` and the word, with an "s" unless n is 1; give the plural when it is not word + s. */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : pluralWord}`;
}
