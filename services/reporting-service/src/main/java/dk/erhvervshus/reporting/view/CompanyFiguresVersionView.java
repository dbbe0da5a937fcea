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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The versions of each company's register figures of a year ({@code company_figures_versions}); only the projection writes them. */
@Entity
@Immutable
@Table(name = "company_figures_versions")
@IdClass(CompanyFiguresVersionView.Key.class)
public class CompanyFiguresVersionView extends PanacheEntityBase {

    @Id
    public String cvr;

    @Id
    public int year;

    @Id
    public long version;

    @Column(name = "revenue_dkk")
    public BigDecimal revenueDkk;

    public BigDecimal fte;


    @Column(name = "known_from")
    public Instant knownFrom;

    @Column(name = "known_until")
    public Instant knownUntil;

    /** A company's figures of a year as known at an instant: a read-only projection, never a managed entity. */
    public record Fact(String cvr, int year, BigDecimal revenueDkk, BigDecimal fte) {
    }

    /** The figures of these companies for these years, as known at {@code knownAt}. */
    public static Uni<List<Fact>> of(Collection<String> cvrs, Collection<Integer> years, Instant knownAt) {
        return find("cvr in ?1 and year in ?2 and " + KnownAt.condition(3), cvrs, years, knownAt)
                .project(Fact.class).list();
    }


    /** A company and a year; the version within its stream. */
    public static class Key implements Serializable {
        public String cvr;
        public int year;
        public long version;


        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cvr, k.cvr) && year == k.year && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cvr, year, version);
        }
    }
}
