import type { EntityManager } from '@mikro-orm/postgresql';

export type LoaderFactory<L> = (em: EntityManager) => L;

/**
 * Per-request DataLoaders, created on first use from the request's EntityManager (so they see
 * only the request's scope) and dropped with the request. Modules declare factories with
 * `defineLoader`; a resolver asks `ctx.loaders.get(gridsByTenantId)`.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderFactory<unknown>, unknown>();

  constructor(private readonly em: EntityManager) {}

  get<L>(factory: LoaderFactory<L>): L {
    let loader = this.loaders.get(factory) as L | undefined;
    if (!loader) {
      loader = factory(this.em);
      this.loaders.set(factory, loader);
    }
    return loader;
  }
}

export const defineLoader = <L>(factory: LoaderFactory<L>): LoaderFactory<L> => factory;
