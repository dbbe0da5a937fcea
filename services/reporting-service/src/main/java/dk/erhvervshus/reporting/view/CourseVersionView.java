package dk.erhvervshus.reporting.view;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The versions of each guidance course ({@code course_versions}); only the projection writes them. */
@Entity
@Immutable
@Table(name = "course_versions")
@IdClass(CourseVersionView.Key.class)
public class CourseVersionView extends PanacheEntityBase {

    @Id
    @Column(name = "course_id")
    public String courseId;

    @Id
    public long version;

    public String house;

    public String cvr;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] themes;

    @Column(name = "started_on")
    public LocalDate startedOn;

    public boolean retracted;

    @Column(name = "sustainability_wheel_used")
    public boolean sustainabilityWheelUsed;

    @Column(name = "enrolled_in_evaluation")
    public boolean enrolledInEvaluation;

    @Column(name = "known_from")
    public Instant knownFrom;

    @Column(name = "known_until")
    public Instant knownUntil;

    @Column(name = "changed_txn")
    public long changedTxn;


    /** The house's courses started in the range and not retracted, as known at {@code knownAt}. */
    public static Uni<List<Version>> countable(String house, LocalDate firstStart, LocalDate lastStart, Instant knownAt) {
        return find("house = ?1 and startedOn between ?2 and ?3 and retracted = false and " + KnownAt.condition(4),
                house, firstStart, lastStart, knownAt).project(Version.class).list();
    }

    /**
     * A version of a course, as a read-only projection (never a managed entity); {@code knownUntil}
     * is null while it is the latest.
     */
    public record Version(String courseId, long version, String house, String cvr, String municipalityCode,
                          String category, String[] themes, LocalDate startedOn, boolean retracted,
                          boolean sustainabilityWheelUsed, boolean enrolledInEvaluation, Instant knownUntil) {
    }

    /** The latest version of each of the house's courses started in the range and not retracted. */
    static Uni<List<Version>> latestStartedBetween(String house, LocalDate firstStart, LocalDate lastStart) {
        return find("house = ?1 and startedOn between ?2 and ?3 and retracted = false and knownUntil is null",
                house, firstStart, lastStart).project(Version.class).list();
    }

    /** The versions of the house's courses started in the range that a transaction at or after {@code txn} wrote or closed. */
    static Uni<List<Version>> changedSince(String house, LocalDate firstStart, LocalDate lastStart, long txn) {
        return find("house = ?1 and changedTxn >= ?4 and startedOn between ?2 and ?3",
                house, firstStart, lastStart, txn).project(Version.class).list();
    }

    /** A course id and the version within its stream. */
    public static class Key implements Serializable {
        public String courseId;
        public long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(courseId, k.courseId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, version);
        }
    }
}
