/** "1 volume", "3 volumes": a count with its noun (regular plurals only). */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
