import { describe, expect, it } from 'vitest';
import { isTrustedHost, trustHost } from './trusted-hosts';

const memory = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
};

describe('trusted hosts', () => {
  it('remembers a host once, and only that host', () => {
    const storage = memory();
    expect(isTrustedHost('a.example', storage)).toBe(false);
    trustHost('a.example', storage);
    trustHost('a.example', storage);
    expect(isTrustedHost('a.example', storage)).toBe(true);
    expect(isTrustedHost('a.example:8443', storage)).toBe(false);
    expect(storage.getItem('event-atlas:trusted-hosts')).toBe('["a.example"]');
  });

  it('trusts nothing from a damaged value, and survives storage that refuses', () => {
    expect(isTrustedHost('a.example', memory({ 'event-atlas:trusted-hosts': '{"a.example":1' }))).toBe(false);
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => trustHost('a.example', refusing)).not.toThrow();
  });
});
