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

/** The versions of each awareness survey ({@code awareness_survey_versions}); only the projection writes them. */
@Entity
@Immutable
@Table(name = "awareness_survey_versions")
@IdClass(AwarenessSurveyVersionView.Key.class)
public class AwarenessSurveyVersionView extends PanacheEntityBase {

    @Id
    public String house;

    @Id
    @Column(name = "survey_id")
    public String surveyId;

    @Id
    public long version;

    public int year;

    public int respondents;

    @Column(name = "aware_of_house")
    public int awareOfHouse;

    @Column(name = "aware_of_green_services")
    public int awareOfGreenServices;

    @Column(name = "conducted_on")
    public LocalDate conductedOn;


    @Column(name = "known_from")
    public Instant knownFrom;

    @Column(name = "known_until")
    public Instant knownUntil;

    /** A survey as known at an instant: a read-only projection, never a managed entity. */
    public record Fact(String surveyId, String house, int year, int respondents, int awareOfHouse, int awareOfGreenServices,
                       LocalDate conductedOn) {
    }

    /** The house's surveys of a year conducted on or before {@code asOf}, as known at {@code knownAt}. */
    public static Uni<List<Fact>> ofYear(String house, int year, LocalDate asOf, Instant knownAt) {
        return find("house = ?1 and year = ?2 and conductedOn <= ?3 and " + KnownAt.condition(4),
                house, year, asOf, knownAt).project(Fact.class).list();
    }


    /** A survey id is unique within its house only; the version within its stream. */
    public static class Key implements Serializable {
        public String house;
        public String surveyId;
        public long version;


        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(house, k.house) && Objects.equals(surveyId, k.surveyId) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(house, surveyId, version);
        }
    }
}
