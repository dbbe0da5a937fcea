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
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The {@code effect_cohorts} read model, for queries; only the projection writes it. Keyed by house and cohort id. */
@Entity
@Immutable
@Table(name = "effect_cohorts")
@IdClass(EffectCohortView.Key.class)
public class EffectCohortView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "cohort_id")
    public String cohortId;

    @Column(name = "cohort_year")
    public int cohortYear;

    public String segment;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] treated;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] control;

    @Column(name = "last_version")
    public long lastVersion;

    /** The cohorts of a house enrolled in one of these years. */
    public static Uni<List<EffectCohortView>> ofYears(String house, Collection<Integer> cohortYears) {
        return list("house = ?1 and cohortYear in ?2", house, cohortYears);
    }

    /** An effect cohort id is unique within its house only. */
    public static class Key implements Serializable {
        public String house;
        public String cohortId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(cohortId, k.cohortId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, cohortId);
        }
    }
}
