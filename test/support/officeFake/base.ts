import { FakeOfficeError, notLoaded } from './errors';
import type { FakeContext } from './context';

/** How a proxy finds its object when its creation is replayed at sync time (null: a null object). */
export type Source<T> = { readonly request: unknown; readonly resolve: () => T | null; readonly writes?: boolean } | { readonly value: T };

export function propertyNames(names?: string | string[]): string[] {
  const list = (Array.isArray(names) ? names : (names ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
  // Office.js would load every scalar property; the adapter always names what it reads, so the fake insists.
  if (list.length === 0) throw new FakeOfficeError('InvalidArgument', 'load() without property names is not modelled by the fake.');
  return list;
}

/**
 * A client object proxy: its creation is an operation queued on the context (so it sees the workbook
 * as it is at that point of the batch), and its properties are readable only once loaded and synced.
 */
export abstract class FakeObject<T> {
  private object: T | undefined;
  private nullObject = false;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeContext,
    source: Source<T>,
  ) {
    if ('value' in source) this.object = source.value;
    else {
      ctx.enqueue(
        source.request,
        () => {
          const t = source.resolve();
          if (t === null) this.nullObject = true;
          else this.object = t;
        },
        source.writes ? 'write' : 'read',
      );
    }
  }

  /** The object behind the proxy, during sync. */
  protected resolved(): T {
    if (this.nullObject) throw new FakeOfficeError('InvalidOperation', 'This is a null object; check isNullObject before using it.');
    if (this.object === undefined)
      throw new FakeOfficeError('InvalidObjectPath', 'The object was not created (an earlier operation failed).');
    return this.object;
  }

  protected get isNull(): boolean {
    return this.nullObject;
  }

  /** For collection items that arrive already loaded. */
  markLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected loadedValue<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>('isNullObject');
  }

  /** Reads one property at sync time; `cells` is how many cells the read covers (for the 5M-cell limit). */
  protected abstract readProperty(name: string): { value: unknown; cells?: number };

  load(names?: string | string[]): this {
    const list = propertyNames(names);
    this.ctx.enqueue(['load', list], () => {
      const data: Record<string, unknown> = { isNullObject: this.nullObject };
      let cells = 0;
      for (const name of list) {
        if (this.nullObject) {
          data[name] = null;
          continue;
        }
        const read = this.readProperty(name);
        data[name] = read.value;
        cells = Math.max(cells, read.cells ?? 0);
      }
      this.ctx.respond(data, cells, () => {
        for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
      });
    });
    return this;
  }

  /** Queues a change (a property set or a method call) applied at sync time. */
  protected change(request: unknown, apply: (target: T) => void): void {
    this.ctx.enqueue(request, () => apply(this.resolved()), 'write');
  }
}

export function unknownProperty(name: string): never {
  throw new FakeOfficeError('InvalidArgument', `The fake does not model property "${name}".`);
}
