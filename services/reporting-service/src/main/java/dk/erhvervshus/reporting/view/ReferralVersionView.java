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

/** The versions of each referral ({@code referral_versions}); only the projection writes them. */
@Entity
@Immutable
@Table(name = "referral_versions")
@IdClass(ReferralVersionView.Key.class)
public class ReferralVersionView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "referral_id")
    public String referralId;

    @Id
    public long version;

    public String cvr;

    @Column(name = "referred_on")
    public LocalDate referredOn;

    public String direction;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public Boolean used;

    @Column(name = "outcome_reported_on")
    public LocalDate outcomeReportedOn;


    @Column(name = "known_from")
    public Instant knownFrom;

    @Column(name = "known_until")
    public Instant knownUntil;

    @Column(name = "changed_txn")
    public long changedTxn;


    /** The house's referrals made in the range, as known at {@code knownAt}. */
    public static Uni<List<Version>> madeBetween(String house, LocalDate first, LocalDate last, Instant knownAt) {
        return find("house = ?1 and referredOn between ?2 and ?3 and " + KnownAt.condition(4),
                house, first, last, knownAt).project(Version.class).list();
    }


    /** A version of a referral, as a read-only projection; {@code knownUntil} is null while it is the latest. */
    public record Version(String referralId, long version, String house, String cvr, LocalDate referredOn,
                          String direction, String municipalityCode, Boolean used, LocalDate outcomeReportedOn,
                          Instant knownUntil) {
    }

    /** The latest version of each of the house's referrals made in the range. */
    static Uni<List<Version>> latestMadeBetween(String house, LocalDate first, LocalDate last) {
        return find("house = ?1 and referredOn between ?2 and ?3 and knownUntil is null", house, first, last)
                .project(Version.class).list();
    }

    /** The versions of the house's referrals made in the range that a transaction at or after {@code txn} wrote or closed. */
    static Uni<List<Version>> changedSince(String house, LocalDate first, LocalDate last, long txn) {
        return find("house = ?1 and changedTxn >= ?4 and referredOn between ?2 and ?3", house, first, last, txn)
                .project(Version.class).list();
    }

    /** A referral id is unique within its house only; the version within its stream. */
    public static class Key implements Serializable {
        public String house;
        public String referralId;
        public long version;


        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(referralId, k.referralId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, referralId, version);
        }
    }
}
