// Collects garbage when the server goes idle. V8 grows its heap lazily and a burst of edits leaves
// garbage that is only collected when more memory is needed, so the resident size creeps up by tens of
// megabytes. A full collection a moment after the last edit (or the end of the cold index) keeps it flat.
// The collector is only available when the process entry enabled it (main.ts); otherwise this is a no-op.

const idleMs = 1000;

let collect: (() => void) | null = null;
let timer: NodeJS.Timeout | null = null;

/** Installs the garbage collector function (from main.ts). */
export function setGarbageCollector(gc: (() => void) | null): void {
  collect = gc;
}

/** Schedules one full collection after `idleMs` without further calls. */
export function collectGarbageWhenIdle(): void {
  if (!collect) return;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    collect?.();
  }, idleMs);
  timer.unref();
}
