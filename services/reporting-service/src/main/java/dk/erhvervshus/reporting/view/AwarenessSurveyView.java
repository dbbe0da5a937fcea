package dk.erhvervshus.reporting.view;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.List;

/** The {@code awareness_surveys} read model, for queries; only the projection writes it. */
@Entity
@Immutable
@Table(name = "awareness_surveys")
public class AwarenessSurveyView extends PanacheEntityBase {

    @Id
    @Column(name = "survey_id")
    public String surveyId;

    public String house;

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
}
