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
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The {@code company_figures} read model, for queries; only the projection writes it. */
@Entity
@Immutable
@Table(name = "company_figures")
@IdClass(CompanyFiguresView.Key.class)
public class CompanyFiguresView extends PanacheEntityBase {

    @Id
    public String cvr;

    @Id
    public int year;

    @Column(name = "revenue_dkk")
    public BigDecimal revenueDkk;

    public BigDecimal fte;

    @Column(name = "last_version")
    public long lastVersion;

    /** The figures of these companies for these years. */
    public static Uni<List<CompanyFiguresView>> of(Collection<String> cvrs, Collection<Integer> years) {
        return list("cvr in ?1 and year in ?2", cvrs, years);
    }

    /** A company and a year. */
    public static class Key implements Serializable {
        public String cvr;
        public int year;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && Objects.equals(cvr, k.cvr);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cvr, year);
        }
    }
}
