package dk.erhvervshus.survey.it;

import dk.erhvervshus.eventstore.testing.EventTables;
import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.erhvervshus.survey.it.Bodies.cvr;
import static dk.erhvervshus.survey.it.Bodies.figures;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "survey"))
class CompanyFiguresIT {

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/company-figures").then();
    }

    @Test
    void figures_are_recorded_an_identical_resend_is_unchanged_and_a_correction_is_a_new_event() {
        String cvr = cvr();
        List<Map<String, Object>> delivery = List.of(figures(cvr, 2021, 1_000_000, 10),
                figures(cvr, 2023, 1_300_000, 12.5));

        post(delivery).statusCode(200)
                .body("summary.accepted", equalTo(2))
                .body("results.status", equalTo(List.of("accepted", "accepted")))
                .body("results[1].cvr", equalTo(cvr))
                .body("results[1].year", equalTo(2023))
                .body("results[1].version", equalTo(1));
        post(List.of(figures(cvr, 2021, new java.math.BigDecimal("1000000.00"), new java.math.BigDecimal("10.0")))).statusCode(200)
                .body("results[0].status", equalTo("unchanged"))
                .body("results[0].version", equalTo(1));
        post(List.of(figures(cvr, 2021, 1_050_000, 10))).statusCode(200)
                .body("results[0].status", equalTo("accepted"))
                .body("results[0].version", equalTo(2));

        EventTables tables = new EventTables(dataSource);
        assertThat(tables.eventsOf(CompanyFiguresEvent.aggregateId(cvr, 2021))).isEqualTo(2);
        assertThat(tables.eventsOf(CompanyFiguresEvent.aggregateId(cvr, 2023))).isEqualTo(1);
        assertThat(tables.count("SELECT count(*) FROM events WHERE aggregate_id = ? AND house = 'national'",
                CompanyFiguresEvent.aggregateId(cvr, 2023))).isEqualTo(1);
    }

    @Test
    void bad_items_are_rejected_on_their_own_and_the_good_ones_are_stored() {
        String good = cvr();
        String twice = cvr();

        post(List.of(figures(good, 2022, 500_000, 4), figures("13585627", 2022, 1, 1), figures(twice, 2022, 1, 1),
                figures(twice, 2022, 2, 1), Map.of("cvr", List.of("x"), "year", 2022, "revenueDkk", 1, "fte", 1)))
                .statusCode(200)
                .body("summary.rows", equalTo(5))
                .body("summary.accepted", equalTo(1))
                .body("summary.rejected", equalTo(4))
                .body("results.status", equalTo(List.of("accepted", "rejected", "rejected", "rejected", "rejected")))
                .body("results[1].problem.errors[0].field", equalTo("cvr"))
                .body("results[2].problem.errors[0].message", org.hamcrest.Matchers.containsString("rows 3, 4"))
                .body("results[4].problem.errors[0].field", equalTo("cvr"));

        EventTables tables = new EventTables(dataSource);
        assertThat(tables.eventsOf(CompanyFiguresEvent.aggregateId(good, 2022))).isEqualTo(1);
        assertThat(tables.eventsOf(CompanyFiguresEvent.aggregateId(twice, 2022))).isZero();
    }

    @Test
    void a_delivery_that_is_not_an_array_is_refused() {
        post(figures(cvr(), 2022, 1, 1)).statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
