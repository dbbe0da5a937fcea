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
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The versions of each effect cohort ({@code effect_cohort_versions}); only the projection writes them. */
@Entity
@Immutable
@Table(name = "effect_cohort_versions")
@IdClass(EffectCohortVersionView.Key.class)
public class EffectCohortVersionView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "cohort_id")
    public String cohortId;

    @Id
    public long version;

    @Column(name = "cohort_year")
    public int cohortYear;

    public String segment;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] treated;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] control;


    @Column(name = "known_from")
    public Instant knownFrom;

    @Column(name = "known_until")
    public Instant knownUntil;

    /** A cohort as known at an instant: a read-only projection, never a managed entity. */
    public record Fact(String cohortId, String house, int cohortYear, String segment, String[] treated, String[] control) {
    }

    /** The house's cohorts of these years, as known at {@code knownAt}. */
    public static Uni<List<Fact>> ofYears(String house, Collection<Integer> cohortYears, Instant knownAt) {
        return find("house = ?1 and cohortYear in ?2 and " + KnownAt.condition(3), house, cohortYears, knownAt)
                .project(Fact.class).list();
    }


    /** A cohort id is unique within its house only; the version within its stream. */
    public static class Key implements Serializable {
        public String house;
        public String cohortId;
        public long version;


        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(cohortId, k.cohortId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, cohortId, version);
        }
    }
}
