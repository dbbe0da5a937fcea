package dk.erhvervshus.reporting.maintained;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@code maintained_goals}, for reading; only {@link GoalMaintainer} writes it. */
@Entity
@Immutable
@Table(name = "maintained_goals")
@IdClass(MaintainedGoalView.Key.class)
public class MaintainedGoalView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    public int year;

    @Id
    @Column(name = "goal_id")
    public String goalId;

    @Column(name = "actual_numerator")
    public BigDecimal actualNumerator;

    @Column(name = "actual_denominator")
    public BigDecimal actualDenominator;

    public Long numerator;

    public Long denominator;

    public String accrual;

    public String criteria;

    public String breakdown;

    public String activities;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** A stored goal as text: a read-only projection, never a managed entity. */
    public record Row(String goalId, BigDecimal actualNumerator, BigDecimal actualDenominator, Long numerator,
                      Long denominator, String accrual, String criteria, String breakdown, String activities) {
    }

    public static Uni<List<Row>> of(String house, int year) {
        return find("house = ?1 and year = ?2", house, year).project(Row.class).list();
    }

    /** A house, a year and a goal. */
    public static class Key implements Serializable {
        public String house;
        public int year;
        public String goalId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && year == k.year && Objects.equals(goalId, k.goalId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, year, goalId);
        }
    }
}
