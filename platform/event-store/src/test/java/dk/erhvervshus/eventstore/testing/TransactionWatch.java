package dk.erhvervshus.eventstore.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches, from the database's side, how long the service's transactions stay open: every 100 ms it
 * asks {@code pg_stat_activity} for the oldest open transaction of the connecting role (the
 * service's own role, other than the watching session) and keeps the longest seen. Independent of
 * anything the service reports about itself. Shipped in event-store's test jar.
 */
public final class TransactionWatch implements AutoCloseable {

    private static final long EVERY_MILLIS = 100;

    private final DataSource dataSource;
    private final AtomicLong longestMillis = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;

    private TransactionWatch(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::watch, "transaction-watch");
        this.thread.setDaemon(true);
    }

    public static TransactionWatch start(DataSource dataSource) {
        TransactionWatch watch = new TransactionWatch(dataSource);
        watch.thread.start();
        return watch;
    }

    /** The longest time one of the role's transactions was seen open so far. */
    public Duration longest() {
        return Duration.ofMillis(longestMillis.get());
    }

    private void watch() {
        while (!stopped) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement oldest = connection.prepareStatement(
                         "SELECT coalesce(max(extract(epoch FROM clock_timestamp() - xact_start)) * 1000, 0)"
                                 + " FROM pg_stat_activity WHERE usename = current_user"
                                 + " AND pid <> pg_backend_pid() AND xact_start IS NOT NULL")) {
                while (!stopped) {
                    try (ResultSet rs = oldest.executeQuery()) {
                        rs.next();
                        longestMillis.accumulateAndGet(rs.getLong(1), Math::max);
                    }
                    Thread.sleep(EVERY_MILLIS);
                }
            } catch (SQLException e) {
                // The database may be away too in a test; watch again once it is back.
                sleepQuietly();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(EVERY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
