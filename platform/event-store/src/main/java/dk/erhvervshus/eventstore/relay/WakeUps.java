package dk.erhvervshus.eventstore.relay;

import dk.erhvervshus.eventstore.Outbox;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How the relay waits between rounds. With wake-on-commit it holds one connection of the pool that
 * LISTENs on the outbox channel (the V1.2 trigger notifies at every commit that added outbox rows)
 * and waits in {@link PGConnection#getNotifications(int)}: a committed write ends the wait at once,
 * and the timeout (the poll interval) remains the fallback for anything a notification could miss.
 * Without it, the relay only sleeps the poll interval.
 *
 * <p>Used by the relay's thread only; the connection leaves the pool's capacity for as long as the
 * relay runs. A broken connection (the database restarted, the session was
 * ended) is dropped and taken again at the next wait; the first wait on a new connection returns at
 * once, so that rows committed before LISTEN took effect are not left for the poll.
 */
final class WakeUps implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WakeUps.class);

    private final DataSource dataSource;
    private final Outbox outbox;
    private final boolean onCommit;
    private Connection listening;

    WakeUps(DataSource dataSource, Outbox outbox, boolean onCommit) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.onCommit = onCommit;
    }

    /**
     * Waits up to {@code timeout}.
     *
     * @return true when woken by a commit (or on a fresh subscription), false when the time ran out
     */
    boolean await(Duration timeout) throws InterruptedException {
        long millis = Math.max(1, timeout.toMillis());
        if (!onCommit) {
            Thread.sleep(millis);
            return false;
        }
        try {
            if (listening == null) {
                listening = subscribe();
                return true;
            }
            PGNotification[] notifications = listening.unwrap(PGConnection.class).getNotifications((int) millis);
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            LOG.debugf("the relay's LISTEN connection failed (%s); polling until it is back", e.toString());
            close();
            Thread.sleep(millis);
            return false;
        }
    }

    private Connection subscribe() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
            outbox.listenForNewRows(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Gives the connection back to the pool unsubscribed, so no other user collects notifications on it. */
    @Override
    public void close() {
        if (listening == null) {
            return;
        }
        try (Connection connection = listening) {
            outbox.stopListening(connection);
            connection.unwrap(PGConnection.class).getNotifications();
        } catch (SQLException e) {
            // A broken connection: the pool's PostgreSQL exception sorter has marked it, and it is
            // destroyed instead of being handed out again.
            LOG.debug("unsubscribing the relay's LISTEN connection failed", e);
        } finally {
            listening = null;
        }
    }
}
