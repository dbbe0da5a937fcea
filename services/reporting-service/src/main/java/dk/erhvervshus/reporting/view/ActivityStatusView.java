package dk.erhvervshus.reporting.view;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The {@code activity_status_history} read model: every reported status of a goal activity. */
@Entity
@Immutable
@Table(name = "activity_status_history")
@IdClass(ActivityStatusView.Key.class)
public class ActivityStatusView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    public int year;

    @Id
    @Column(name = "activity_id")
    public String activityId;

    @Id
    public long version;

    @Column(name = "changed_on")
    public LocalDate changedOn;

    public String status;

    public String note;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** A report as known at an instant: a read-only projection, never a managed entity. */
    public record Fact(String activityId, LocalDate changedOn, long version, String status, String note) {
    }

    /**
     * The reports of a house and year with a business date on or before {@code asOf}, recorded at or
     * before {@code knownAt} (each report is its own row: nothing replaces it).
     */
    public static Uni<List<Fact>> reportedBy(String house, int year, LocalDate asOf, Instant knownAt) {
        return find("house = ?1 and year = ?2 and changedOn <= ?3 and recordedAt <= ?4", house, year, asOf, knownAt)
                .project(Fact.class).list();
    }

    /** The stream key (house, year, activity) plus the version within it. */
    public static class Key implements Serializable {
        public String house;
        public int year;
        public String activityId;
        public long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && version == k.version
                    && Objects.equals(house, k.house) && Objects.equals(activityId, k.activityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, year, activityId, version);
        }
    }
}
