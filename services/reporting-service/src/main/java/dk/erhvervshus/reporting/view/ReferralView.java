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
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The {@code referrals} read model, for queries; only the projection writes it. */
@Entity
@Immutable
@Table(name = "referrals")
@IdClass(ReferralView.Key.class)
public class ReferralView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "referral_id")
    public String referralId;

    public String cvr;

    @Column(name = "referred_on")
    public LocalDate referredOn;

    public String direction;

    @Column(name = "counterpart_type")
    public String counterpartType;

    @Column(name = "counterpart_name")
    public String counterpartName;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public Boolean used;

    @Column(name = "outcome_reported_on")
    public LocalDate outcomeReportedOn;

    @Column(name = "last_version")
    public long lastVersion;

    /** The referrals of a house made in the range. */
    public static Uni<List<ReferralView>> madeBetween(String house, LocalDate first, LocalDate last) {
        return list("house = ?1 and referredOn between ?2 and ?3", house, first, last);
    }

    /** A referral id is unique within its house only. */
    public static class Key implements Serializable {
        public String house;
        public String referralId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(referralId, k.referralId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, referralId);
        }
    }
}
