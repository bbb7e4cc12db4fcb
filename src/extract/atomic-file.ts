/**
 * Files the command-line tools write (candidates, the curated data set) are written to a
 * temporary file beside the target and renamed over it only when complete: a crash or an
 * error half-way never leaves half a file where a whole one was.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface AtomicFile {
  write(text: string): void;
  /** Close and move into place. */
  commit(): void;
  /** Close and delete the temporary file; the target is left as it was. Safe after commit. */
  abort(): void;
}

/** Open `path` for writing in pieces (its folder is created); nothing shows until `commit`. */
export function openAtomic(path: string): AtomicFile {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  let fd: number | undefined = openSync(tmp, 'w');
  return {
    write(text) {
      if (fd === undefined) throw new Error(`${path}: written after commit or abort`);
      writeSync(fd, text);
    },
    commit() {
      if (fd === undefined) return;
      closeSync(fd);
      fd = undefined;
      renameSync(tmp, path);
    },
    abort() {
      if (fd === undefined) return;
      closeSync(fd);
      fd = undefined;
      rmSync(tmp, { force: true });
    },
  };
}

/** Write a whole file atomically. */
export function writeFileAtomic(path: string, text: string): void {
  const file = openAtomic(path);
  try {
    file.write(text);
    file.commit();
  } finally {
    file.abort();
  }
}
