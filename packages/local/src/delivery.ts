import { Outbox } from "@rinnalla/core/mail";
import { Delivery } from "@rinnalla/core/reach";

/**
 * In AWS the table stream triggers delivery of new outbox entries. Locally they are delivered in
 * the background right after their transaction commits; failures stay in the outbox for the
 * retry job.
 */
export function deliverInBackground(
  log: (line: string) => void = console.log,
): () => Promise<void> {
  const pending = new Set<Promise<unknown>>();
  Outbox.setDispatcher((keys) => {
    for (const key of keys) {
      const delivery = Delivery.deliver(key)
        .catch((error) => log(`mail delivery failed, the retry job will try again: ${error}`))
        .finally(() => pending.delete(delivery));
      pending.add(delivery);
    }
  });
  // Stopping waits for deliveries in flight, so a shutdown never cuts a send in half.
  return async () => {
    Outbox.setDispatcher(undefined);
    await Promise.allSettled(pending);
  };
}
