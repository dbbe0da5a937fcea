package dk.erhvervshus.reporting.it;

import dk.erhvervshus.contracts.EventEnvelope;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalCatalogues;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.reporting.goals.ContractPeriod;
import dk.erhvervshus.reporting.goals.GoalEvaluator;
import dk.erhvervshus.reporting.goals.GoalFacts;
import dk.erhvervshus.reporting.view.GoalFactsQuery;
import dk.erhvervshus.reporting.view.KnownAt;
import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dk.erhvervshus.reporting.it.CourseEvents.course;
import static dk.erhvervshus.reporting.it.SurveyEvents.outcome;
import static dk.erhvervshus.reporting.it.SurveyEvents.referralMade;
import static dk.erhvervshus.reporting.it.SurveyEvents.response;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts held in memory and brought up to date from what changed since ({@code LatestFacts})
 * give exactly the goals that reading every version row gives, after every round of random
 * courses, moves into and out of the years read, retractions, corrected answers and referral
 * outcomes, through the real projection, for the contract year and the year after, as of random
 * dates before and after the latest fact.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfraTestResource.class,
        initArgs = @ResourceArg(name = RealInfraTestResource.DATABASE_ARG, value = "reporting"))
class LatestFactsTest extends FromEmptyReadModels {

    /** Later than every recorded time, but not {@link KnownAt#LATEST}: the facts are read from every version row. */
    private static final Instant EVERY_ROW = Instant.parse("9000-01-01T00:00:00Z");
    private static final String[] CVRS = {"11111111", "22222222", "33333333", "44444444", "55555555", "66666666"};

    @Inject
    GoalFactsQuery facts;

    private final Houses houses = Houses.load();
    private final GoalCatalogues catalogues = new GoalCatalogues(houses);
    private final GoalEvaluator evaluator = new GoalEvaluator();
    @Test
    void facts_held_and_brought_up_to_date_give_the_goals_every_version_row_gives() throws Throwable {
        Random random = new Random(20231231);
        House house = houses.find("nordjylland").orElseThrow();
        List<Course> courses = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            List<EventEnvelope> events = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Course c = new Course(course(pick(random, CVRS)).startedOn(date(random, 2022, 2024).toString()));
                courses.add(c);
                events.add(c.events.started());
            }
            for (Course c : courses) {
                if (c.retracted || random.nextInt(4) != 0) {
                    continue;
                }
                c.version++;
                if (random.nextInt(5) == 0) {
                    c.retracted = true;
                    events.add(c.events.retracted(c.version));
                } else {
                    // Into, within or out of the years 2023's goals read (2022–2023), and back.
                    events.add(c.events.movedTo(date(random, 2021, 2024).toString(), c.version));
                }
            }
            for (int i = 0; i < 6; i++) {
                Answer a = new Answer("ES-" + round + "-" + i, pick(random, CVRS));
                answers.add(a);
                events.add(a.with(random).recorded(a.version));
            }
            for (Answer a : answers) {
                if (random.nextInt(4) == 0) {
                    a.version++;
                    events.add(a.with(random).recorded(a.version));
                }
            }
            for (int i = 0; i < 3; i++) {
                Referral r = new Referral("R-" + round + "-" + i, date(random, 2023, 2023));
                referrals.add(r);
                events.add(referralMade(r.id, pick(random, CVRS), r.made.toString()));
            }
            for (Referral r : referrals) {
                if (random.nextInt(3) == 0) {
                    r.version++;
                    events.add(outcome(r.id, random.nextBoolean(), r.made.plusDays(random.nextInt(60)).toString(),
                            r.version));
                }
            }
            topic.publish(events.toArray(EventEnvelope[]::new)).awaitConsumed();

            for (int year : new int[]{2023, 2024}) {
                GoalCatalogue catalogue = catalogues.find(house.id(), year).orElse(null);
                if (catalogue == null) {
                    continue;
                }
                for (LocalDate asOf : List.of(date(random, year, year), date(random, year, year),
                        LocalDate.of(year, 12, 31), LocalDate.of(9999, 12, 31))) {
                    ContractPeriod period = new ContractPeriod(year, asOf);
                    GoalFacts held = read(house, catalogue, period, KnownAt.LATEST);
                    GoalFacts everyRow = read(house, catalogue, period, EVERY_ROW);
                    assertThat(held.coursesStartedInYear()).hasSameElementsAs(everyRow.coursesStartedInYear());
                    for (GoalDefinition goal : catalogue.goals()) {
                        assertThat(evaluator.evaluate(goal, held))
                                .as("round %d, %s %d as of %s", round, goal.id(), year, asOf)
                                .isEqualTo(evaluator.evaluate(goal, everyRow));
                    }
                }
            }
        }
    }

    private GoalFacts read(House house, GoalCatalogue catalogue, ContractPeriod period, Instant knownAt) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> facts.factsFor(house, catalogue, period, knownAt));
    }

    private static LocalDate date(Random random, int firstYear, int lastYear) {
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        return first.plusDays(random.nextInt((int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay()) + 1));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static final class Course {
        final CourseEvents events;
        long version = 1;
        boolean retracted;

        Course(CourseEvents events) {
            this.events = events;
        }
    }

    private static final class Answer {
        final String id;
        final String cvr;
        long version = 1;

        Answer(String id, String cvr) {
            this.id = id;
            this.cvr = cvr;
        }

        SurveyEvents with(Random random) {
            SurveyEvents answer = response(id, cvr)
                    .answers(pick(random, CompetenceSatisfaction.values()), random.nextInt(11),
                            pick(random, ExpectedEffect.values()))
                    .answeredOn(date(random, 2023, 2023).toString());
            return random.nextBoolean() ? answer.operation() : answer;
        }
    }

    private static final class Referral {
        final String id;
        final LocalDate made;
        long version = 1;

        Referral(String id, LocalDate made) {
            this.id = id;
            this.made = made;
        }
    }
}
