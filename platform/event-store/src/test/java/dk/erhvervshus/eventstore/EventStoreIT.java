package dk.erhvervshus.eventstore;

import dk.erhvervshus.contracts.ConsistencyToken;
import dk.erhvervshus.contracts.DomainEvent;
import dk.erhvervshus.contracts.EventCodec;
import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.codes.CounterpartType;
import dk.erhvervshus.contracts.codes.ReferralDirection;
import dk.erhvervshus.contracts.survey.ReferralMade;
import dk.erhvervshus.contracts.survey.ReferralOutcomeReported;
import dk.erhvervshus.stack.Lifecycle;
import dk.erhvervshus.stack.Ports;
import dk.erhvervshus.stack.PostgresServer;
import dk.erhvervshus.stack.Secrets;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store, the outbox and the idempotency keys against a real PostgreSQL, migrated by Flyway from
 * this module's classpath location exactly as a service migrates it. The events are survey-service's
 * referrals: nothing here may depend on guidance.
 */
class EventStoreIT {

    private static final Instant NOW = Instant.parse("2023-06-15T10:00:00.123456Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final EventMetadata META = new EventMetadata("nordjylland", "request-1", null, "crm-client-7");

    private static Secrets secrets;
    private static PostgresServer postgres;
    private static DataSource dataSource;
    private static int migrationsApplied;

    private final Transactions transactions = new Transactions(dataSource);
    private final Outbox outbox = new Outbox(Optional.of("survey-events"));
    private final EventStore store = new EventStore(outbox, CLOCK, "survey-service");

    @BeforeAll
    static void migrateAFreshDatabase() throws IOException {
        secrets = Secrets.temporary();
        postgres = PostgresServer.start(Files.createTempDirectory(Path.of("/tmp"), "event-store-it-"), Ports.free(),
                Lifecycle.EPHEMERAL, null, secrets);
        // As survey-service connects: its own role, owner of its database.
        String password = secrets.password("postgres-survey");
        postgres.createServiceDatabase("survey", "survey", password);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(postgres.jdbcUrl("survey"));
        pg.setUser("survey");
        pg.setPassword(password);
        dataSource = pg;
        migrationsApplied = Flyway.configure().dataSource(pg).locations("classpath:db/event-store").load()
                .migrate().migrationsExecuted;
    }

    @AfterAll
    static void stopDatabase() {
        if (postgres != null) {
            postgres.close();
        }
        if (secrets != null) {
            secrets.close();
        }
    }

    private static String newReferralId() {
        return "ref-" + UUID.randomUUID();
    }

    private static ReferralMade referral(String referralId) {
        return new ReferralMade(referralId, "nordjylland", "12345678", LocalDate.of(2023, 5, 2),
                ReferralDirection.OUTBOUND, CounterpartType.CLUSTER, "Klynge Nord", "851");
    }

    private static ReferralOutcomeReported used(String referralId) {
        return new ReferralOutcomeReported(referralId, true, LocalDate.of(2023, 6, 1));
    }

    private List<EventEnvelope> append(String aggregateId, long expectedVersion, DomainEvent... events) {
        return transactions.inTransaction(c -> store.append(c, aggregateId, expectedVersion, List.of(events), META));
    }

    private List<EventEnvelope> streamOf(String aggregateId) {
        return transactions.read(c -> store.readStream(c, aggregateId));
    }

    private List<OutboxMessage> unpublishedOf(String aggregateId) {
        return transactions.read(c -> outbox.fetchPublishable(c, 100_000)).stream()
                .filter(message -> message.key().equals(aggregateId)).toList();
    }

    @Test
    void the_migration_location_creates_the_shared_tables_on_a_fresh_database() {
        List<String> tables = transactions.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history' ORDER BY table_name");
                 ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });

        assertThat(migrationsApplied).isEqualTo(4);
        assertThat(tables).containsExactly("events", "idempotency_keys", "outbox");
    }

    @Test
    void appended_events_come_back_in_version_order_stamped_with_the_configured_source() {
        String referralId = newReferralId();

        List<EventEnvelope> stored = append(referralId, 0, referral(referralId), used(referralId));

        List<EventEnvelope> read = streamOf(referralId);
        assertThat(read).containsExactlyElementsOf(stored);
        assertThat(read).extracting(EventEnvelope::version).containsExactly(1L, 2L);
        assertThat(read).extracting(EventEnvelope::type)
                .containsExactly("survey.referral-made.v1", "survey.referral-outcome-reported.v1");
        assertThat(read).extracting(EventEnvelope::source).containsOnly("survey-service");
        assertThat(read).extracting(EventEnvelope::correlationId).containsOnly("request-1");
        assertThat(read).extracting(EventEnvelope::recordedBy).containsOnly("crm-client-7");
        // Without a business time the event happened when it was recorded.
        assertThat(read).extracting(EventEnvelope::occurredAt).containsOnly(NOW);
        assertThat(read.get(1).position()).isGreaterThan(read.get(0).position());
    }

    @Test
    void every_event_of_a_write_is_stored_and_queued_with_the_write_that_appended_it() {
        String referralId = newReferralId();
        EventMetadata write = new EventMetadata("nordjylland", "request-1", null, "crm-client-7");
        EventMetadata later = new EventMetadata("nordjylland", "request-2", null, "crm-client-7");

        transactions.inTransaction(c -> store.append(c, referralId, 0, List.of(referral(referralId)), write));
        transactions.inTransaction(c -> store.append(c, referralId, 1, List.of(used(referralId)), later));

        assertThat(streamOf(referralId)).extracting(EventEnvelope::writeId)
                .containsExactly(write.writeId(), later.writeId());
        assertThat(unpublishedOf(referralId)).extracting(message -> EventCodec.fromBytes(message.value()).writeId())
                .containsExactly(write.writeId(), later.writeId());
        assertThat(writeIdColumnOf(referralId)).containsExactly(write.writeId(), later.writeId());
    }

    @Test
    void a_write_spanning_streams_and_transactions_shares_one_write_id_in_a_batched_append() {
        String first = newReferralId();
        String second = newReferralId();
        String third = newReferralId();
        EventMetadata importWrite = new EventMetadata("nordjylland", "import-1", null, "feed-client");
        EventMetadata otherWrite = new EventMetadata("nordjylland", "import-2", null, "feed-client");

        transactions.inTransaction(c -> store.appendNewStreams(c, List.of(
                new NewStream(first, List.of(referral(first), used(first)), importWrite),
                new NewStream(second, List.of(referral(second)), otherWrite))));
        transactions.inTransaction(c -> store.appendNewStreams(c, List.of(
                new NewStream(third, List.of(referral(third)), importWrite))));

        assertThat(streamOf(first)).extracting(EventEnvelope::writeId).containsOnly(importWrite.writeId());
        assertThat(streamOf(second)).extracting(EventEnvelope::writeId).containsOnly(otherWrite.writeId());
        assertThat(streamOf(third)).extracting(EventEnvelope::writeId).containsOnly(importWrite.writeId());
        assertThat(unpublishedOf(first)).extracting(message -> EventCodec.fromBytes(message.value()).writeId())
                .containsOnly(importWrite.writeId());
        assertThat(writeIdColumnOf(third)).containsExactly(importWrite.writeId());
    }

    @Test
    void a_new_metadata_is_a_new_write() {
        assertThat(new EventMetadata("nordjylland", "request-1", null, "x").writeId())
                .isNotEqualTo(new EventMetadata("nordjylland", "request-1", null, "x").writeId());
    }

    /** The column itself, not the envelope read back: what a projection rebuilt from the store would see. */
    private List<UUID> writeIdColumnOf(String aggregateId) {
        return transactions.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT write_id FROM events WHERE aggregate_id = ? ORDER BY version")) {
                select.setString(1, aggregateId);
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                return ids;
            }
        });
    }

    @Test
    void a_business_time_given_by_the_caller_is_kept_as_occurred_at() {
        String referralId = newReferralId();
        Instant reported = Instant.parse("2023-06-01T08:30:00Z");

        transactions.inTransaction(c -> store.append(c, referralId, 0, List.of(referral(referralId)),
                new EventMetadata("nordjylland", "feed-7", reported, "feed-client")));

        assertThat(streamOf(referralId)).singleElement().satisfies(envelope -> {
            assertThat(envelope.occurredAt()).isEqualTo(reported);
            assertThat(envelope.recordedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void each_event_is_queued_once_for_the_default_topic_keyed_by_its_aggregate_with_the_stored_envelope() {
        String referralId = newReferralId();

        EventEnvelope stored = append(referralId, 0, referral(referralId)).get(0);

        assertThat(unpublishedOf(referralId)).singleElement().satisfies(message -> {
            assertThat(message.topic()).isEqualTo("survey-events");
            assertThat(message.position()).isEqualTo(stored.position());
            assertThat(EventCodec.fromBytes(message.value())).isEqualTo(stored);
        });
    }

    @Test
    void a_caller_may_name_the_topic_of_a_stream() {
        String referralId = newReferralId();

        transactions.inTransaction(c ->
                store.append(c, "referral-events", referralId, 0, List.of(referral(referralId)), META));

        assertThat(unpublishedOf(referralId)).extracting(OutboxMessage::topic).containsExactly("referral-events");
    }

    @Test
    void without_a_default_topic_an_append_that_names_none_is_refused_and_stores_nothing() {
        String referralId = newReferralId();
        EventStore unconfigured = new EventStore(new Outbox(Optional.empty()), CLOCK, "survey-service");

        assertThatThrownBy(() -> transactions.inTransaction(c ->
                unconfigured.append(c, referralId, 0, List.of(referral(referralId)), META)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(Outbox.DEFAULT_TOPIC_KEY);
        assertThat(streamOf(referralId)).isEmpty();
    }

    @Test
    void an_append_with_a_stale_expected_version_is_refused_and_stores_nothing() {
        String referralId = newReferralId();
        append(referralId, 0, referral(referralId));

        assertThatThrownBy(() -> append(referralId, 0, used(referralId)))
                .isInstanceOf(StreamVersionConflictException.class)
                .hasMessageContaining(referralId);

        assertThat(streamOf(referralId)).hasSize(1);
        assertThat(unpublishedOf(referralId)).hasSize(1);
    }

    @Test
    void new_streams_appended_in_one_batch_get_versions_from_1_and_positions_in_the_order_given() {
        String first = newReferralId();
        String second = newReferralId();
        Instant reported = Instant.parse("2023-06-01T08:30:00.654321Z");
        EventMetadata sjaelland = new EventMetadata("sjaelland", "import-1", reported, "import-client");

        List<EventEnvelope> stored = transactions.inTransaction(c -> store.appendNewStreams(c, List.of(
                new NewStream(first, List.of(referral(first), used(first)), META),
                new NewStream(second, List.of(referral(second)), sjaelland))));

        assertThat(stored).extracting(EventEnvelope::aggregateId).containsExactly(first, first, second);
        assertThat(stored).extracting(EventEnvelope::version).containsExactly(1L, 2L, 1L);
        assertThat(stored).extracting(EventEnvelope::position).isSorted().doesNotHaveDuplicates();
        assertThat(streamOf(first)).containsExactlyElementsOf(stored.subList(0, 2));
        assertThat(streamOf(second)).containsExactly(stored.get(2));
        // The metadata is the stream's own: house, correlation id and business time.
        assertThat(streamOf(second)).singleElement().satisfies(envelope -> {
            assertThat(envelope.house()).isEqualTo("sjaelland");
            assertThat(envelope.correlationId()).isEqualTo("import-1");
            assertThat(envelope.occurredAt()).isEqualTo(reported);
            assertThat(envelope.recordedAt()).isEqualTo(NOW);
            assertThat(envelope.source()).isEqualTo("survey-service");
        });
        assertThat(streamOf(first)).extracting(EventEnvelope::occurredAt).containsOnly(NOW);
    }

    @Test
    void a_batch_of_new_streams_queues_each_event_once_with_its_stored_envelope_and_position() {
        String first = newReferralId();
        String second = newReferralId();

        List<EventEnvelope> stored = transactions.inTransaction(c -> store.appendNewStreams(c, "referral-events",
                List.of(new NewStream(first, List.of(referral(first), used(first)), META),
                        new NewStream(second, List.of(referral(second)), META))));

        List<OutboxMessage> queued = new ArrayList<>(unpublishedOf(first));
        queued.addAll(unpublishedOf(second));
        assertThat(queued).extracting(OutboxMessage::position)
                .containsExactlyElementsOf(stored.stream().map(EventEnvelope::position).toList());
        assertThat(queued).extracting(OutboxMessage::topic).containsOnly("referral-events");
        assertThat(queued).extracting(message -> EventCodec.fromBytes(message.value()))
                .containsExactlyElementsOf(stored);
    }

    @Test
    void a_batch_naming_a_stream_that_exists_is_refused_as_a_conflict_and_stores_nothing() {
        String existing = newReferralId();
        String fresh = newReferralId();
        append(existing, 0, referral(existing));

        assertThatThrownBy(() -> transactions.inTransaction(c -> store.appendNewStreams(c, List.of(
                new NewStream(fresh, List.of(referral(fresh)), META),
                new NewStream(existing, List.of(used(existing)), META)))))
                .isInstanceOf(StreamVersionConflictException.class)
                .hasMessageContaining(existing);

        assertThat(streamOf(fresh)).isEmpty();
        assertThat(unpublishedOf(fresh)).isEmpty();
        assertThat(streamOf(existing)).hasSize(1);
        assertThat(unpublishedOf(existing)).hasSize(1);
    }

    @Test
    void a_batch_naming_a_stream_twice_or_a_stream_without_events_is_refused() {
        String referralId = newReferralId();
        NewStream once = new NewStream(referralId, List.of(referral(referralId)), META);

        assertThatThrownBy(() -> transactions.inTransaction(c -> store.appendNewStreams(c, List.of(once, once))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(referralId);
        assertThatThrownBy(() -> new NewStream(referralId, List.of(), META))
                .isInstanceOf(IllegalArgumentException.class);
        List<EventEnvelope> none = transactions.inTransaction(c -> store.appendNewStreams(c, List.of()));
        assertThat(none).isEmpty();
        assertThat(streamOf(referralId)).isEmpty();
    }

    @Test
    void stored_events_can_be_neither_changed_nor_deleted() {
        String referralId = newReferralId();
        append(referralId, 0, referral(referralId));

        for (String sql : List.of("UPDATE events SET house = 'sjaelland' WHERE aggregate_id = ?",
                "DELETE FROM events WHERE aggregate_id = ?")) {
            assertThatThrownBy(() -> transactions.inTransaction(c -> {
                try (PreparedStatement statement = c.prepareStatement(sql)) {
                    statement.setString(1, referralId);
                    return statement.executeUpdate();
                }
            })).as(sql).isInstanceOf(EventStoreException.class).hasMessageContaining("append-only");
        }
        assertThat(streamOf(referralId)).extracting(EventEnvelope::house).containsExactly("nordjylland");
    }

    @Test
    void stamped_rows_are_no_longer_handed_to_the_relay() {
        String referralId = newReferralId();
        append(referralId, 0, referral(referralId), used(referralId));
        List<Long> positions = unpublishedOf(referralId).stream().map(OutboxMessage::position).toList();
        long unpublishedBefore = transactions.read(outbox::status).unpublished();

        transactions.inTransaction(c -> {
            outbox.markPublished(c, positions.subList(0, 1), NOW);
            return null;
        });

        assertThat(unpublishedOf(referralId)).extracting(OutboxMessage::position).containsExactly(positions.get(1));
        assertThat(transactions.read(outbox::status).unpublished()).isEqualTo(unpublishedBefore - 1);
    }

    @Test
    void a_dead_letter_holds_back_the_rest_of_its_stream_while_other_streams_stay_publishable() {
        String stuck = newReferralId();
        String other = newReferralId();
        List<EventEnvelope> stuckEvents = append(stuck, 0, referral(stuck), used(stuck), used(stuck));
        append(other, 0, referral(other));
        OutboxStatus before = transactions.read(outbox::status);

        transactions.inTransaction(c -> {
            outbox.deadLetter(c, stuckEvents.get(0).position(), "RecordTooLargeException: too large", NOW);
            return null;
        });

        assertThat(unpublishedOf(stuck)).isEmpty();
        assertThat(unpublishedOf(other)).hasSize(1);
        OutboxStatus after = transactions.read(outbox::status);
        assertThat(after.deadLetters()).isEqualTo(before.deadLetters() + 1);
        // The two rows behind it are held, not waiting for the relay; the dead letter is counted apart.
        assertThat(after.unpublished()).isEqualTo(before.unpublished() - 3);
        assertThat(after.heldBehindDeadLetters()).isEqualTo(before.heldBehindDeadLetters() + 2);
        DeadLetter listed = transactions.read(c -> outbox.deadLetters(c, 1000)).stream()
                .filter(d -> d.key().equals(stuck)).findFirst().orElseThrow();
        assertThat(listed.position()).isEqualTo(stuckEvents.get(0).position());
        assertThat(listed.topic()).isEqualTo("survey-events");
        assertThat(listed.reason()).isEqualTo("RecordTooLargeException: too large");
        assertThat(listed.deadLetteredAt()).isEqualTo(NOW);
        assertThat(listed.waiting()).isEqualTo(2);
        assertThat(listed.sizeBytes()).isEqualTo(EventCodec.toBytes(stuckEvents.get(0)).length);
    }

    @Test
    void a_requeued_dead_letter_is_publishable_again_with_its_stream_in_order_and_only_once() {
        String stuck = newReferralId();
        List<EventEnvelope> events = append(stuck, 0, referral(stuck), used(stuck));
        long position = events.get(0).position();
        transactions.inTransaction(c -> {
            outbox.deadLetter(c, position, "RecordTooLargeException: too large", NOW);
            return null;
        });

        boolean requeued = transactions.inTransaction(c -> outbox.requeueDeadLetter(c, position));
        boolean again = transactions.inTransaction(c -> outbox.requeueDeadLetter(c, position));

        assertThat(requeued).isTrue();
        assertThat(again).isFalse();
        assertThat(unpublishedOf(stuck)).extracting(OutboxMessage::position)
                .containsExactly(position, events.get(1).position());
        List<DeadLetter> deadLetters = transactions.read(c -> outbox.deadLetters(c, 1000));
        assertThat(deadLetters).noneMatch(d -> d.key().equals(stuck));
    }

    @Test
    void committed_outbox_rows_wake_a_listener_and_uncommitted_or_rolled_back_ones_do_not() throws Exception {
        try (Connection listener = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            outbox.listenForNewRows(listener);
            PGConnection notifications = listener.unwrap(PGConnection.class);
            writer.setAutoCommit(false);

            String referralId = newReferralId();
            store.append(writer, referralId, 0, List.of(referral(referralId)), META);
            assertThat(notifications.getNotifications(300)).as("before the commit").isEmpty();
            writer.commit();
            assertThat(notifications.getNotifications(5_000)).as("after the commit").isNotEmpty()
                    .allSatisfy(n -> assertThat(n.getName()).isEqualTo(Outbox.WAKE_UP_CHANNEL));

            String rolledBack = newReferralId();
            store.append(writer, rolledBack, 0, List.of(referral(rolledBack)), META);
            writer.rollback();
            assertThat(notifications.getNotifications(300)).as("after a rollback").isEmpty();
            outbox.stopListening(listener);
        }
    }

    @Test
    void postgresql_ends_a_relay_transaction_left_idle_beyond_its_limit() throws Exception {
        try (Connection relay = dataSource.getConnection()) {
            relay.setAutoCommit(false);
            outbox.limitIdleTime(relay, Duration.ofMillis(200));
            assertThat(outbox.tryLockForRelay(relay)).isTrue();

            Thread.sleep(1_000);

            assertThatThrownBy(() -> outbox.fetchPublishable(relay, 1)).isInstanceOf(SQLException.class);
        }
        // The lock died with the session.
        try (Connection next = dataSource.getConnection()) {
            next.setAutoCommit(false);
            assertThat(outbox.tryLockForRelay(next)).isTrue();
            next.rollback();
        }
    }

    @Test
    void only_one_relay_holds_the_lock_and_it_ends_with_its_transaction() throws Exception {
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            assertThat(outbox.tryLockForRelay(first)).isTrue();
            assertThat(outbox.tryLockForRelay(second)).isFalse();

            first.commit();
            assertThat(outbox.tryLockForRelay(second)).isTrue();
            second.rollback();
        }
    }

    @Test
    void an_idempotency_key_is_claimed_by_the_first_request_and_then_answers_with_its_result() {
        IdempotencyKeys keys = new IdempotencyKeys();
        IdempotencyKeys.Scope crm = new IdempotencyKeys.Scope("nordjylland", "crm-client-7");
        String key = "key-" + UUID.randomUUID();

        EventMetadata write = new EventMetadata("nordjylland", "request-1", null, "crm-client-7");
        String referralId = newReferralId();

        ConsistencyToken original = transactions.inTransaction(c -> {
            keys.claim(c, crm, key, "fingerprint-1", referralId, NOW);
            List<EventEnvelope> stored = store.append(c, referralId, 0, List.of(referral(referralId)), write);
            keys.recordOutcome(c, crm, key, 1, write.token(stored.size()));
            return write.token(stored.size());
        });
        boolean repeat = transactions.inTransaction(c -> keys.claim(c, crm, key, "fingerprint-2", "ref-2", NOW));

        Optional<IdempotencyKeys.Claim> answer = transactions.read(c -> keys.find(c, crm, key));

        assertThat(repeat).isFalse();
        assertThat(answer).contains(new IdempotencyKeys.Claim("fingerprint-1", referralId, 1L, original));
        // The token a repeat answers is the one the original events carry.
        assertThat(original).isEqualTo(new ConsistencyToken(write.writeId(), 1));
        assertThat(streamOf(referralId)).extracting(EventEnvelope::writeId).containsExactly(original.writeId());
    }

    @Test
    void a_key_whose_write_recorded_no_outcome_answers_no_token() {
        IdempotencyKeys keys = new IdempotencyKeys();
        IdempotencyKeys.Scope crm = new IdempotencyKeys.Scope("nordjylland", "crm-client-7");
        String key = "key-" + UUID.randomUUID();

        transactions.inTransaction(c -> keys.claim(c, crm, key, "fingerprint-1", "ref-1", NOW));

        Optional<IdempotencyKeys.Claim> answer = transactions.read(c -> keys.find(c, crm, key));
        assertThat(answer).contains(new IdempotencyKeys.Claim("fingerprint-1", "ref-1", null, null));
    }

    @Test
    void the_same_key_of_another_house_or_another_client_is_a_key_of_its_own() {
        IdempotencyKeys keys = new IdempotencyKeys();
        String key = "key-" + UUID.randomUUID();
        IdempotencyKeys.Scope nordjylland = new IdempotencyKeys.Scope("nordjylland", "crm-client-7");
        IdempotencyKeys.Scope midtjylland = new IdempotencyKeys.Scope("midtjylland", "crm-client-7");
        IdempotencyKeys.Scope otherClient = new IdempotencyKeys.Scope("nordjylland", "crm-client-8");

        boolean first = transactions.inTransaction(c -> keys.claim(c, nordjylland, key, "f-1", "ref-1", NOW));
        boolean otherHouse = transactions.inTransaction(c -> keys.claim(c, midtjylland, key, "f-2", "ref-2", NOW));
        boolean sameHouseOtherClient = transactions.inTransaction(c -> keys.claim(c, otherClient, key, "f-3", "ref-3", NOW));

        assertThat(first).isTrue();
        assertThat(otherHouse).isTrue();
        assertThat(sameHouseOtherClient).isTrue();
        Optional<IdempotencyKeys.Claim> midtjyllandsAnswer = transactions.read(c -> keys.find(c, midtjylland, key));
        assertThat(midtjyllandsAnswer).map(IdempotencyKeys.Claim::aggregateId).contains("ref-2");
    }

    @Test
    void a_source_that_does_not_fit_the_envelope_is_refused_naming_its_key() {
        assertThatThrownBy(() -> new EventStore(outbox, CLOCK, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(EventStore.SOURCE_KEY);
        assertThatThrownBy(() -> new EventStore(outbox, CLOCK, "s".repeat(51)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
