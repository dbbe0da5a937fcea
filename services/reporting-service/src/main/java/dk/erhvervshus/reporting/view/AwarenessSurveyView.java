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

/** The {@code awareness_surveys} read model, for queries; only the projection writes it. */
@Entity
@Immutable
@Table(name = "awareness_surveys")
@IdClass(AwarenessSurveyView.Key.class)
public class AwarenessSurveyView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "survey_id")
    public String surveyId;

    public int year;

    public int respondents;

    @Column(name = "aware_of_house")
    public int awareOfHouse;

    @Column(name = "aware_of_green_services")
    public int awareOfGreenServices;

    @Column(name = "conducted_on")
    public LocalDate conductedOn;

    public long version;

    /** The surveys of a house's year conducted on or before {@code asOf}. */
    public static Uni<List<AwarenessSurveyView>> ofYear(String house, int year, LocalDate asOf) {
        return list("house = ?1 and year = ?2 and conductedOn <= ?3", house, year, asOf);
    }

    /** An awareness survey id is unique within its house only. */
    public static class Key implements Serializable {
        public String house;
        public String surveyId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(surveyId, k.surveyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, surveyId);
        }
    }
}
