import type { Client, QueryResult } from 'pg';

type Callback = (error: Error | null, result: QueryResult) => void;

/**
 * One request runs in one transaction on one connection, and its DataLoaders fire in the same
 * tick (a grid's micro-grids and its assignments), so queries reach the connection while another
 * is in flight. pg 8 queues them itself but deprecates that (removed in pg 9): this chain sends
 * each callback-style query only when the previous one has answered, in call order, which is
 * the same order pg's own queue keeps (promise-style calls too). Streams and other submittables
 * pass straight through.
 */
export function serialiseQueries(client: Client): void {
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  let tail: Promise<void> = Promise.resolve();
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const callback = args[args.length - 1];
    const submittable = typeof (args[0] as { submit?: unknown } | null)?.submit === 'function';
    if (submittable) return send(...args);
    if (typeof callback !== 'function') {
      const answer = tail.then(() => send(...args) as Promise<QueryResult>);
      tail = answer.then(
        () => undefined,
        () => undefined,
      );
      return answer;
    }
    const head = args.slice(0, -1);
    tail = tail.then(
      () =>
        new Promise<void>((done) => {
          send(...head, (error: Error | null, result: QueryResult) => {
            done();
            (callback as Callback)(error, result);
          });
        }),
    );
    return undefined;
  };
}
