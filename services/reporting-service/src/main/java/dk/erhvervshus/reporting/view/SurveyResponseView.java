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

/** The {@code survey_responses} read model, for queries; only the projection writes it. */
@Entity
@Immutable
@Table(name = "survey_responses")
@IdClass(SurveyResponseView.Key.class)
public class SurveyResponseView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "response_id")
    public String responseId;

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

    public long version;

    /** The responses of a house's survey year answered on or before {@code asOf}. */
    public static Uni<List<SurveyResponseView>> ofYear(String house, int surveyYear, LocalDate asOf) {
        return list("house = ?1 and surveyYear = ?2 and answeredOn <= ?3", house, surveyYear, asOf);
    }

    /** A response id is unique within its house only. */
    public static class Key implements Serializable {
        public String house;
        public String responseId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(responseId, k.responseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, responseId);
        }
    }
}
