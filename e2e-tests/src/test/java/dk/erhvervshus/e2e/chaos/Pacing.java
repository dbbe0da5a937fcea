package dk.erhvervshus.e2e.chaos;

import java.time.Duration;

/**
 * How fast a client sends its writes of a phase: as fast as it is answered, or spread evenly over
 * a duration, so that an outage of that length stays under load from its start to its end.
 */
interface Pacing {

    Pacing AS_FAST_AS_ANSWERED = (index, total) -> {
    };

    /** Called before the index-th (from 0) of total writes. */
    void beforeWrite(int index, int total);

    static Pacing spreadOver(Duration duration) {
        long start = System.nanoTime();
        return (index, total) -> {
            long due = start + duration.toNanos() * index / Math.max(1, total);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
