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

/** The versions of each user-evaluation answer ({@code survey_response_versions}); only the projection writes them. */
@Entity
@Immutable
@Table(name = "survey_response_versions")
@IdClass(SurveyResponseVersionView.Key.class)
public class SurveyResponseVersionView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "response_id")
    public String responseId;

    @Id
    public long version;

    public String cvr;

    @Column(name = "survey_year")
    public int surveyYear;

    public String segment;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    @Column(name = "competence_satisfaction")
    public String competenceSatisfaction;

    @Column(name = "recommend_score")
    public Integer recommendScore;

    @Column(name = "expected_effect")
    public String expectedEffect;

    @Column(name = "received_digital_guidance")
    public Boolean receivedDigitalGuidance;

    @Column(name = "received_referral")
    public Boolean receivedReferral;

    @Column(name = "used_referral")
    public String usedReferral;


    @Column(name = "known_from")
    public Instant knownFrom;

    @Column(name = "known_until")
    public Instant knownUntil;

    @Column(name = "changed_txn")
    public long changedTxn;


    /** The house's answers of a survey year given on or before {@code asOf}, as known at {@code knownAt}. */
    public static Uni<List<Version>> ofYear(String house, int surveyYear, LocalDate asOf, Instant knownAt) {
        return find("house = ?1 and surveyYear = ?2 and answeredOn <= ?3 and " + KnownAt.condition(4),
                house, surveyYear, asOf, knownAt).project(Version.class).list();
    }


    /** A version of an answer, as a read-only projection; {@code knownUntil} is null while it is the latest. */
    public record Version(String responseId, long version, String house, String cvr, int surveyYear, String segment,
                          LocalDate answeredOn, String competenceSatisfaction, Integer recommendScore,
                          String expectedEffect, Boolean receivedDigitalGuidance, Boolean receivedReferral,
                          String usedReferral, Instant knownUntil) {
    }

    /** The latest version of each of the house's answers of a survey year. */
    static Uni<List<Version>> latestOfYear(String house, int surveyYear) {
        return find("house = ?1 and surveyYear = ?2 and knownUntil is null", house, surveyYear)
                .project(Version.class).list();
    }

    /** The versions of the house's answers of a survey year that a transaction at or after {@code txn} wrote or closed. */
    static Uni<List<Version>> changedSince(String house, int surveyYear, long txn) {
        return find("house = ?1 and changedTxn >= ?3 and surveyYear = ?2", house, surveyYear, txn)
                .project(Version.class).list();
    }

    /** A response id is unique within its house only; the version within its stream. */
    public static class Key implements Serializable {
        public String house;
        public String responseId;
        public long version;


        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(responseId, k.responseId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, responseId, version);
        }
    }
}
