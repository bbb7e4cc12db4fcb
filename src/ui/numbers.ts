/** Counts as the UI writes them, grouped the English way: "100,000". */
export const formatCount = (n: number): string => n.toLocaleString('en-US');
