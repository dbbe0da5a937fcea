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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** {@code maintained_house_years}, for reading; only {@link GoalMaintainer} writes it. */
@Entity
@Immutable
@Table(name = "maintained_house_years")
@IdClass(MaintainedHouseYearView.Key.class)
public class MaintainedHouseYearView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    public int year;

    @Column(name = "last_fact_date")
    public LocalDate lastFactDate;

    @Column(name = "derived_seq")
    public long derivedSeq;

    @Column(name = "derived_at")
    public Instant derivedAt;

    public String feeds;

    @Column(name = "data_as_of")
    public String dataAsOf;

    /** A read-only projection, never a managed entity. */
    public record Row(LocalDate lastFactDate, long derivedSeq, Instant derivedAt, String feeds, String dataAsOf) {
    }

    /** The house-year's derivation, or null before the first. */
    public static Uni<Row> of(String house, int year) {
        return find("house = ?1 and year = ?2", house, year).project(Row.class).firstResult();
    }

    /** A house and a year. */
    public static class Key implements Serializable {
        public String house;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && year == k.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, year);
        }
    }
}
