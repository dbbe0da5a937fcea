package dk.erhvervshus.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard page of reporting-service in a real headless Chromium, on the whole system (real
 * broker and database): courses and activity reports registered through guidance-service's API,
 * and the page compared with what the goals API answers for the same token, and with the values
 * worked out by hand from those courses (as in {@link GuidanceToGoalsEndToEndTest}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardEndToEndTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final Duration PAGE = Duration.ofSeconds(20);
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    private static RunningSystem system;
    private static Browser browser;
    /** Known before course F was registered: the goals as known then do not count it. */
    private static Instant beforeCourseF;
    private static Axe axe;

    @BeforeAll
    static void startTheSystemAndABrowser() {
        system = RunningSystem.start();
        // Company A had a course the year before; D is not enrolled in the user evaluation.
        register("dash-a-2022", "35807306", "851", "GROWTH", "2022-05-10", true, "INNOVATION");
        register("dash-a-2023", "35807306", "851", "GROWTH", "2023-02-01", true, "DIGITALISATION");
        register("dash-b-2023", "19303640", "860", "OPERATION", "2023-03-15", true, "GREEN_TRANSITION");
        register("dash-c-2023", "26212995", "773", "SHORT", "2023-04-20", true, "FINANCING");
        register("dash-d-2023", "42200336", "851", "EARLY_WARNING", "2023-06-10", false, "MANAGEMENT");
        register("dash-b2-2023", "19303640", "860", "SHORT", "2023-09-01", true, "SALES_MARKETING");
        register("dash-e-2023", "22453831", "825", "SHORT", "2023-11-05", true, "QUALIFIED_LABOUR");
        reportActivity("G8-A1", "DONE", "2023-05-01", "strategien er vedtaget");
        reportActivity("G8-A2", "DONE", "2023-10-01", "e2e");
        // The user evaluation: A (growth) recommends with 10, B (operation) with 6. A growth cohort of 2021:
        // treated T (revenue 1,000,000 to 1,300,000: +30 %) against control K (2,000,000 to 2,100,000: +5 %).
        postSurvey("/api/v1/survey-responses", List.of(
                response("DASH-R1", "35807306", "GROWTH", "2023-09-01", "VERY_SATISFIED", 10, "HIGH"),
                response("DASH-R2", "19303640", "OPERATION", "2023-09-02", "DISSATISFIED", 6, "NONE")));
        String treated = Cvrs.nth(2101);
        String control = Cvrs.nth(2102);
        postSurvey("/api/v1/company-figures", List.of(figures(treated, 2021, 1_000_000), figures(treated, 2023, 1_300_000),
                figures(control, 2021, 2_000_000), figures(control, 2023, 2_100_000)));
        postSurvey("/api/v1/effect-cohorts", Map.of("cohortId", "DASH-GROWTH-2021", "house", "nordjylland",
                "cohortYear", 2021, "segment", "GROWTH", "treated", List.of(treated), "control", List.of(control)));
        // Referrals: one to the house for A naming no municipality (so it counts in Aalborg, where A's first 2023
        // course is), one onwards for B named to Hjørring and used, and one onwards for a company without a course.
        postSurvey("/api/v1/referrals", referral("DASH-REF-1", "35807306", "INBOUND", "LOCAL_BUSINESS_OFFICE", null));
        postSurvey("/api/v1/referrals", referral("DASH-REF-2", "19303640", "OUTBOUND", "PRIVATE_ADVISOR", "860"));
        postSurvey("/api/v1/referrals/DASH-REF-2/outcome", Map.of("house", "nordjylland", "used", true,
                "reportedOn", "2023-05-01"));
        postSurvey("/api/v1/referrals", referral("DASH-REF-3", Cvrs.nth(2103), "OUTBOUND", "CLUSTER", null));
        // By hand: companies A, B, C, D, E; GROWTH+OPERATION A, B; SHORT+EARLY_WARNING C, D, B2, E; enrolled
        // A, B, C, E, new among them (no 2022 course) B, C, E: 3 of 4; G8 two of its three activities done.
        await().atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath goals = GoalsApi.goals(system, null);
            assertThat(GoalsApi.actual(goals, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("5");
            assertThat(GoalsApi.actual(goals, "G11-SHORT-EARLY-WARNING-COURSES")).isEqualByComparingTo("4");
            assertThat(GoalsApi.actual(goals, "G8-REGIONAL-STRATEGY")).isEqualByComparingTo("66.7");
            assertThat(GoalsApi.actual(goals, "G3-NPS-GROWTH")).isEqualByComparingTo("100");
            assertThat(GoalsApi.actual(goals, "G3-NPS-OPERATION")).isEqualByComparingTo("-100");
            assertThat(GoalsApi.actual(goals, "G6-GROWTH-REVENUE")).isEqualByComparingTo("25");
            JsonPath municipalities = GoalsApi.municipalities(system);
            assertThat(municipalities.getInt("municipalities.find { it.code == '860' }.referralsOut.used")).isEqualTo(1);
            assertThat(municipalities.getInt("unplacedReferralsOut.referrals")).isEqualTo(1);
        });
        browser = Browser.start(1280, 1000);
        axe = new Axe(Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize());
    }

    @AfterAll
    static void stopEverything() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (system != null) {
                system.close();
            }
        }
    }

    @Test
    @Order(1)
    void without_a_token_the_page_explains_how_to_log_in() {
        browser.open(system.reporting.baseUrl() + "/");
        String login = browser.waitFor(PAGE, d -> browser.text("#login"));
        assertThat(login).contains("Log ind").contains("#token=").contains("deploy/local/token");
    }

    @Test
    @Order(2)
    void the_overview_shows_exactly_the_goal_values_the_api_gives() {
        openWithToken(system.token(Caller.DASHBOARD));
        JsonPath api = GoalsApi.goals(system, null);
        awaitCardsMatching(api);

        // The hand-computed values, as the page writes them in Danish.
        assertThat(cardText("G11-UNIQUE-COMPANIES", "actual")).isEqualTo("5");
        assertThat(cardText("G1-NEW-COMPANIES", "actual")).isEqualTo("75 %");
        assertThat(cardText("G1-NEW-COMPANIES", "fraction")).isEqualTo("3 af 4");
        assertThat(cardText("G8-REGIONAL-STRATEGY", "actual")).isEqualTo("66,7 %");
        assertThat(cardText("G11-UNIQUE-COMPANIES", "status")).isEqualTo("Ikke opfyldt");
        assertThat(cardText("G1-AWARENESS", "status")).isEqualTo("Ingen data");
        assertThat(cardText("G1-AWARENESS", "awaiting")).startsWith("Venter på data fra: survey-service");
        // The pickers offer what the API lists: the token's own house, and its years with a goal catalogue.
        assertThat(browser.script("return [...document.querySelectorAll('#pick-house option')].map(o => o.value)"))
                .isEqualTo(List.of("nordjylland"));
        assertThat(browser.script("return [...document.querySelectorAll('#pick-year option')].map(o => o.value)"))
                .isEqualTo(List.of("2023"));
        assertThat(cardText("G3-NPS-GROWTH", "actual")).isEqualTo("100 NPS");
        assertThat(cardText("G6-GROWTH-REVENUE", "actual")).isEqualTo("25 procentpoint");
        assertThat(cardText("G11-UNIQUE-COMPANIES", "freshness")).startsWith("Tal fra kl. ");
        assertThat(browser.findAll("section.dash-group")).hasSize(11);

        browser.screenshot(TARGET.resolve("dashboard-overview.png"), 1280);
        assertThat(axe.seriousViolations(browser)).isEmpty();
        browser.resize(1280, 1000);
    }

    @Test
    @Order(3)
    void choosing_an_as_of_date_changes_the_values_as_the_api_does() {
        backToOverview();
        browser.script("const input = document.getElementById('pick-asof'); input.value = '2023-04-30';"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));");
        JsonPath april = GoalsApi.goals(system, "2023-04-30");
        browser.waitFor(PAGE, d -> "2023-04-30".equals(browser.script(
                "const o = document.getElementById('overview'); return o && o.dataset.asOf")));
        awaitCardsMatching(april);
        // By hand: by 30 April A, B, C; new B, C of A, B, C; G8-A1 was done on 1 May, not yet.
        assertThat(cardValue("G11-UNIQUE-COMPANIES")).isEqualByComparingTo("3");
        assertThat(cardValue("G1-NEW-COMPANIES")).isEqualByComparingTo("66.7");
        assertThat(cardValue("G8-REGIONAL-STRATEGY")).isEqualByComparingTo("0");
        assertThat(cardText("G11-UNIQUE-COMPANIES", "status")).isEqualTo("I risiko");

        browser.find("#pick-reset").click();
        awaitCardsMatching(GoalsApi.goals(system, null));
    }

    @Test
    @Order(4)
    void a_course_registered_meanwhile_appears_on_the_open_page_within_five_seconds() {
        backToOverview();
        browser.waitFor(PAGE, d -> String.valueOf(browser.script(
                "return document.getElementById('live-status').textContent")).contains("live"));
        Object marker = browser.script("document.body.dataset.unreloaded = 'yes'; return 'set';");
        assertThat(marker).isEqualTo("set");

        beforeCourseF = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        register("dash-f-2023", Cvrs.nth(5000), "787", "SHORT", "2023-12-01", true, "INNOVATION");
        long registered = System.nanoTime();
        browser.waitFor(Duration.ofSeconds(5), d -> cardValue("G11-UNIQUE-COMPANIES").compareTo(new BigDecimal("6")) == 0);
        System.out.printf("dashboard: the new course was on the page %d ms after guidance-service acknowledged it%n",
                (System.nanoTime() - registered) / 1_000_000);
        // The same page, not a reload.
        assertThat(browser.script("return document.body.dataset.unreloaded")).isEqualTo("yes");
        awaitCardsMatching(GoalsApi.goals(system, null));
    }

    @Test
    @Order(5)
    void after_reporting_service_was_away_the_page_reconnects_and_misses_no_change() {
        backToOverview();
        // The change happens while the page has no stream: only a reconnect with Last-Event-ID brings it.
        browser.script("document.body.dataset.unreloaded = 'yes'");
        system.reporting.kill();
        browser.waitFor(PAGE, d -> String.valueOf(browser.script(
                "return document.getElementById('live-status').textContent")).contains("forbinder igen"));
        register("dash-g-2023", Cvrs.nth(5001), "813", "SHORT", "2023-12-02", true, "INNOVATION");
        system.restart(system.reporting);
        browser.waitFor(Duration.ofSeconds(60), d -> cardValue("G11-UNIQUE-COMPANIES").compareTo(new BigDecimal("7")) == 0);
        assertThat(browser.script("return document.body.dataset.unreloaded")).isEqualTo("yes");
        awaitCardsMatching(GoalsApi.goals(system, null));
    }

    @Test
    @Order(6)
    void a_detail_view_draws_the_breakdowns_with_their_tables() {
        backToOverview();
        browser.script("window.location.hash = '#/goal/G11-UNIQUE-COMPANIES'");
        browser.waitFor(PAGE, d -> !browser.findAll("#detail canvas").isEmpty());
        JsonPath goal = GoalsApi.goal(system, "G11-UNIQUE-COMPANIES");
        List<Map<String, Object>> byMonth = goal.getList("breakdowns.byMonth");
        // The burn-up table's cumulative column is the running sum of the API's months (the year has ended).
        List<String> rows = browser.rows("#detail .dash-section table");
        assertThat(rows).hasSize(12);
        long sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += ((Number) byMonth.get(i).get("count")).longValue();
            // month, cumulative, pro rata
            assertThat(rows.get(i).split(" ")[1]).isEqualTo(String.valueOf(sum));
        }
        assertThat(sum).isEqualTo(7);
        // Last year's curve: A's course of May 2022 is the year before's one company, so the column is 0 to April,
        // then 1 (month, cumulative, pro rata, last year, no forecast once the year has ended).
        assertThat(goal.getList("breakdowns.previousYearByMonthEnd.count")).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(browser.text("#detail .dash-section table thead")).contains("Sidste år");
        assertThat(rows.get(3).split(" ")).hasSize(4).endsWith("0");
        assertThat(rows.get(4).split(" ")).hasSize(4).endsWith("1");
        assertThat(rows.get(11).split(" ")).hasSize(4).endsWith("1");
        assertThat(browser.findAll("#detail canvas[role=img]")).hasSizeGreaterThanOrEqualTo(4);
        browser.waitFor(PAGE, d -> (Boolean) browser.script(
                "return [...document.querySelectorAll('#detail canvas')].every(c => c.width > 0 && window.Chart.getChart(c))"));
        browser.screenshot(TARGET.resolve("dashboard-detail-G11-UNIQUE-COMPANIES.png"), 1280);
        assertThat(axe.seriousViolations(browser)).isEmpty();
        browser.resize(1280, 1000);
        assertThat(browser.text("#detail [data-field=forecast]")).startsWith("Året er slut");

        // As of 30 April (day 120): A, B, C, so the linear forecast is 3 / 120 x 365 = 9.1 companies.
        browser.script("const input = document.getElementById('pick-asof'); input.value = '2023-04-30';"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.waitFor(PAGE, d -> String.valueOf(browser.script("const f = document.querySelector("
                + "'#detail [data-field=forecast]'); return f && f.innerText")).contains("= 9,1"));
        browser.find("#pick-reset").click();

        // Goal 8's checklist, with the latest note.
        browser.script("window.location.hash = '#/goal/G8-REGIONAL-STRATEGY'");
        String done = browser.waitFor(PAGE, d -> browser.text("[data-activity-id='G8-A1'][data-status='DONE']"));
        assertThat(done).contains("Udført").contains("strategien er vedtaget");
        assertThat(axe.seriousViolations(browser)).isEmpty();

        // Goal 2: per municipality against the key share and the 50 % threshold.
        browser.script("window.location.hash = '#/goal/G2-GEOGRAPHIC-SPREAD'");
        browser.waitFor(PAGE, d -> !browser.findAll("#detail canvas").isEmpty());
        assertThat(browser.text("#detail")).contains("Aalborg").contains("Tærskel: 50 % af nøgleandelen");
        // Its burn-up: the municipalities meeting their threshold at each month's end, as the API counts them.
        List<Object> meeting = GoalsApi.goal(system, "G2-GEOGRAPHIC-SPREAD").getList("breakdowns.byMonthEnd.count");
        List<String> spreadRows = browser.rows("#detail .dash-section table");
        assertThat(spreadRows).hasSize(12);
        for (int i = 0; i < 12; i++) {
            assertThat(spreadRows.get(i).split(" ")[1]).isEqualTo(String.valueOf(meeting.get(i)));
        }
        assertThat(meeting.get(11)).isEqualTo(GoalsApi.goal(system, "G2-GEOGRAPHIC-SPREAD").getInt("actual"));
        assertThat(axe.seriousViolations(browser)).isEmpty();
        browser.script("window.location.hash = '#/'");
    }

    @Test
    @Order(7)
    void every_goal_has_a_detail_view_without_serious_accessibility_violations() {
        backToOverview();
        for (Map<String, Object> goal : GoalsApi.goals(system, null).<Map<String, Object>>getList("goals")) {
            String id = (String) goal.get("id");
            browser.script("window.location.hash = '#/goal/' + arguments[0]", id);
            browser.waitFor(PAGE, d -> id.equals(browser.script(
                    "const el = document.getElementById('detail'); return el && el.dataset.goalId")));
            assertThat(browser.text("#detail h1")).isEqualTo(goal.get("title"));
            assertThat(browser.findAll(".alert-error")).as(id).isEmpty();
            assertThat(axe.seriousViolations(browser)).as(id).isEmpty();
            browser.waitFor(PAGE, d -> (Boolean) browser.script(
                    "return [...document.querySelectorAll('#detail canvas')].every(c => window.Chart.getChart(c))"));
        }
        // The survey goals' charts carry the API's breakdowns: NPS per segment, treated against control.
        JsonPath nps = GoalsApi.goal(system, "G3-NPS-GROWTH");
        browser.script("window.location.hash = '#/goal/G3-NPS-GROWTH'");
        browser.waitFor(PAGE, d -> String.valueOf(browser.text("#detail")).contains("Anbefalere (9–10)"));
        assertThat(rowText("#detail .dash-section table", "Vækst"))
                .isEqualTo("Vækst " + nps.getInt("breakdowns.promoters") + " " + nps.getInt("breakdowns.passives") + " "
                        + nps.getInt("breakdowns.detractors") + " " + nps.getInt("breakdowns.missingScores") + " "
                        + nps.getInt("breakdowns.responses"))
                .isEqualTo("Vækst 1 0 0 0 1");
        JsonPath cohort = GoalsApi.goal(system, "G6-GROWTH-REVENUE");
        assertThat(cohort.getDouble("breakdowns.treatedGrowthPercent")).isEqualTo(30.0);
        browser.script("window.location.hash = '#/goal/G6-GROWTH-REVENUE'");
        browser.waitFor(PAGE, d -> String.valueOf(browser.text("#detail")).contains("Vejledte mod kontrolgruppe"));
        assertThat(rowText("#detail .dash-section table", "Vejledte")).isEqualTo("Vejledte 30 1 0");
        assertThat(rowText("#detail .dash-section table", "Kontrolgruppe")).isEqualTo("Kontrolgruppe 5 1 0");
        browser.script("window.location.hash = '#/'");
    }

    @Test
    @Order(8)
    void known_at_an_instant_before_a_course_the_page_does_not_count_it_as_the_api_does() {
        backToOverview();
        // The browser's datetime-local field is in the machine's zone, as is this JVM's.
        String local = LocalDateTime.ofInstant(beforeCourseF, ZoneId.systemDefault()).toString();
        browser.script("const input = document.getElementById('pick-knownat'); input.value = arguments[0];"
                + "input.dispatchEvent(new Event('change', {bubbles: true}));", local.length() == 16 ? local + ":00" : local);
        JsonPath then = system.as(Caller.DASHBOARD, system.reporting).queryParam("knownAt", beforeCourseF.toString())
                .get(GoalsApi.GOALS).then().statusCode(200).extract().jsonPath();
        assertThat(GoalsApi.actual(then, "G11-UNIQUE-COMPANIES")).isEqualByComparingTo("5");
        browser.waitFor(PAGE, d -> cardValue("G11-UNIQUE-COMPANIES").compareTo(new BigDecimal("5")) == 0);
        awaitCardsMatching(then);
        assertThat(browser.text("#overview-asof")).contains("som kendt");

        browser.find("#pick-reset").click();
        browser.waitFor(PAGE, d -> cardValue("G11-UNIQUE-COMPANIES").compareTo(new BigDecimal("7")) == 0);
    }

    @Test
    @Order(9)
    void the_municipality_view_shows_each_municipality_as_the_api_does() {
        backToOverview();
        browser.script("window.location.hash = '#/municipalities'");
        browser.waitFor(PAGE, d -> browser.rows("#municipalities table").size() == 11);
        JsonPath api = GoalsApi.municipalities(system);
        // Aalborg (851) has A and D, Hjørring (860) B, Thisted (787) F.
        assertThat(api.getInt("municipalities.find { it.code == '851' }.guidedCompanies")).isEqualTo(2);
        assertThat(rowText("#municipalities table", "Aalborg")).startsWith("Aalborg Bykommune 2 ");
        assertThat(rowText("#municipalities table", "Hjørring")).startsWith("Hjørring Landkommune 1 ");
        assertThat(rowText("#municipalities table", "Thisted")).startsWith("Thisted Landkommune 1 ");

        // Courses by category and theme: Aalborg has A's GROWTH course (digitalisation) and D's EARLY_WARNING
        // (management); Hjørring B's OPERATION (green transition) and SHORT (sales and marketing).
        assertThat(api.getList("municipalities.find { it.code == '851' }.coursesByCategory.count"))
                .containsExactly(1, 0, 0, 1);
        // The codes in words, from the words.json the report reads too.
        assertThat(browser.text("#municipality-categories thead")).contains("Vækst", "Drift", "Korte forløb", "Early Warning");
        assertThat(rowText("#municipality-categories", "Aalborg")).isEqualTo("Aalborg 1 0 0 1");
        assertThat(rowText("#municipality-categories", "Hjørring")).isEqualTo("Hjørring 0 1 1 0");
        assertThat(rowText("#municipality-themes", "Hjørring"))
                .isEqualTo("Hjørring " + themeCounts(api, "860").replace(",", " "));
        assertThat(themeCounts(api, "860")).isEqualTo("0,1,0,0,0,0,1,0,0");
        // Referrals: in to Aalborg 1; onwards from Hjørring 1, used; 1 onwards without a municipality.
        assertThat(rowText("#municipality-referrals", "Uden kommune")).isEqualTo("Uden kommune 0 1 0 0 1");
        assertThat(rowText("#municipality-referrals", "Aalborg")).isEqualTo("Aalborg 1 0 0 0 0");
        assertThat(rowText("#municipality-referrals", "Hjørring")).isEqualTo("Hjørring 0 1 1 0 0");
        assertThat(api.getMap("municipalities.find { it.code == '860' }.referralsOut"))
                .isEqualTo(Map.of("referrals", 1, "used", 1, "notUsed", 0, "unreported", 0));
        assertThat(api.getInt("unplacedReferralsOut.referrals")).isEqualTo(1);
        assertThat(axe.seriousViolations(browser)).isEmpty();
        browser.screenshot(TARGET.resolve("dashboard-municipalities.png"), 1280);

        browser.script("const s = document.getElementById('pick-municipality'); s.value = '851';"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.waitFor(PAGE, d -> Long.valueOf(1).equals(browser.script(
                "return document.querySelectorAll('#municipalities table')[0].tBodies[0].rows.length")));
        browser.script("window.location.hash = '#/'");
    }

    @Test
    @Order(10)
    void the_page_is_used_by_keyboard_with_a_visible_focus() {
        // A reload starts the keyboard at the top of the page (the token stays in the tab's sessionStorage).
        browser.driver.navigate().refresh();
        browser.waitFor(PAGE, d -> !browser.findAll("#overview [data-goal-id]").isEmpty());
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertThat(browser.script("return document.activeElement.className")).isEqualTo("skipnav");
        // Tab on to the first goal's link, then Enter opens its detail view.
        for (int i = 0; i < 40 && !Boolean.TRUE.equals(browser.script(
                "return !!document.activeElement.closest('#overview [data-goal-id]')")); i++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        }
        String outline = (String) browser.script("return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isNotEqualTo("none");
        String goalId = (String) browser.script("return document.activeElement.closest('[data-goal-id]').dataset.goalId");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(PAGE, d -> goalId.equals(browser.script(
                "const el = document.getElementById('detail'); return el && el.dataset.goalId")));
        browser.script("window.location.hash = '#/'");
    }

    @Test
    @Order(11)
    void the_english_toggle_relabels_the_page() {
        backToOverview();
        browser.waitFor(PAGE, d -> !browser.findAll("#overview [data-goal-id]").isEmpty());
        browser.find("#lang-toggle").click();
        browser.waitFor(PAGE, d -> "Not met".equals(cardText("G11-UNIQUE-COMPANIES", "status")));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.text("#contract-goal-1")).isEqualTo("Contract goal 1");
        assertThat(cardText("G8-REGIONAL-STRATEGY", "actual")).isEqualTo("66.7 %");
        assertThat(cardText("G11-UNIQUE-COMPANIES", "freshness")).startsWith("Figures from ");
        assertThat(browser.text("label[for=pick-asof]")).isEqualTo("As of date");
        assertThat(browser.text("#lang-toggle")).isEqualTo("Dansk");

        browser.find("#lang-toggle").click();
        browser.waitFor(PAGE, d -> "Ikke opfyldt".equals(cardText("G11-UNIQUE-COMPANIES", "status")));
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("da");
    }

    @Test
    @Order(12)
    void at_phone_width_nothing_scrolls_sideways() {
        backToOverview();
        browser.resize(375, 800);
        // Every element ends inside the window, but for wide tables, which scroll inside their own region.
        browser.waitFor(PAGE, d -> (Boolean) browser.script("return window.innerWidth <= 400 && "
                + "[...document.querySelectorAll('body *')].filter(e => !e.closest('.dash-table-wrap'))"
                + ".every(e => e.getBoundingClientRect().right <= window.innerWidth + 1)"));
        browser.screenshot(TARGET.resolve("dashboard-overview-375px.png"), 375);
        browser.resize(1280, 1000);
    }

    @Test
    @Order(13)
    void a_national_token_compares_every_house_and_names_those_without_a_catalogue() {
        String national = system.tokens.token("e2e-national", List.of("national"), null, Duration.ofHours(1));
        openWithToken(national);
        browser.waitFor(PAGE, d -> !browser.findAll("#overview [data-goal-id]").isEmpty());
        browser.script("window.location.hash = '#/national'");
        browser.waitFor(PAGE, d -> browser.rows("#national-table").size() == 6);
        assertThat(browser.script("return [...document.querySelectorAll('#pick-house option')].map(o => o.value)"))
                .isEqualTo(List.of("nordjylland", "midtjylland", "sydjylland", "fyn", "sjaelland", "hovedstaden"));
        assertThat(rowText("#national-table", "Erhvervshus Nordjylland")).isEqualTo("Erhvervshus Nordjylland 21 "
                + String.join(" ", statusTally(GoalsApi.goals(system, null))));
        assertThat(rowText("#national-table", "Erhvervshus Midtjylland")).isEqualTo("Erhvervshus Midtjylland Intet målkatalog");
        assertThat(browser.rows("#national-table")).anyMatch(row -> row.startsWith("Erhvervshus Hovedstaden "));
        assertThat(axe.seriousViolations(browser)).isEmpty();

        // A national reader picks any house; one without a catalogue for the year is said to be so.
        browser.script("window.location.hash = '#/'; const s = document.getElementById('pick-house'); s.value = 'midtjylland';"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));");
        browser.waitFor(PAGE, d -> "Erhvervshus Midtjylland har intet målkatalog for 2023.".equals(browser.text("#view .alert-heading")));
        assertThat(axe.seriousViolations(browser)).isEmpty();
    }

    /** The counts of a municipality's courses by theme, in the API's order, joined by commas. */
    private static String themeCounts(JsonPath api, String municipality) {
        return api.getList("municipalities.find { it.code == '" + municipality + "' }.coursesByTheme.count").stream()
                .map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    private static String rowText(String tableCss, String firstCell) {
        return browser.rows(tableCss).stream().filter(text -> text.startsWith(firstCell + " ")).findFirst().orElse("");
    }

    /** How many goals have each status, in the comparison's column order. */
    private static List<String> statusTally(JsonPath goals) {
        return java.util.stream.Stream.of("MET", "ON_TRACK", "AT_RISK", "NOT_MET", "NO_DATA")
                .map(status -> String.valueOf(goals.getList("goals.findAll { it.status == '" + status + "' }").size()))
                .toList();
    }

    /** The overview without a chosen date: each test starts there, whatever the one before left. */
    private static void backToOverview() {
        browser.script("if (document.getElementById('pick-asof').value || document.getElementById('pick-knownat').value) {"
                + " document.getElementById('pick-reset').click(); }"
                + "if (window.location.hash !== '#/') { window.location.hash = '#/'; }");
        browser.waitFor(PAGE, d -> Boolean.TRUE.equals(browser.script("return !!document.querySelector('#overview [data-goal-id]')"
                + " && !document.getElementById('pick-asof').value && !document.getElementById('pick-knownat').value")));
    }

    private static void openWithToken(String token) {
        browser.open(system.reporting.baseUrl() + "/#token=" + token);
        browser.waitFor(PAGE, d -> !browser.findAll("#overview [data-goal-id]").isEmpty());
        // The token left the address bar at once.
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("token=");
    }

    /** Every goal of the API's answer has its card, with the API's actual, status and fraction. */
    private static void awaitCardsMatching(JsonPath api) {
        List<Map<String, Object>> goals = api.getList("goals");
        assertThat(goals).hasSize(21);
        browser.waitFor(PAGE, d -> {
            for (Map<String, Object> goal : goals) {
                String id = (String) goal.get("id");
                if (!String.valueOf(goal.get("status")).equals(cardAttribute(id, "data-status"))) {
                    return false;
                }
                Object actual = goal.get("actual");
                String shown = cardFieldAttribute(id, "actual", "data-value");
                if (actual == null ? !shown.isEmpty() : shown.isEmpty()
                        || new BigDecimal(shown).compareTo(new BigDecimal(String.valueOf(actual))) != 0) {
                    return false;
                }
            }
            return browser.findAll("#overview [data-goal-id]").size() == goals.size();
        });
        for (Map<String, Object> goal : goals) {
            String id = (String) goal.get("id");
            if (goal.get("numerator") != null && goal.get("denominator") != null) {
                assertThat(cardText(id, "fraction")).as(id)
                        .isEqualTo(goal.get("numerator") + " af " + goal.get("denominator"));
            }
        }
    }

    // Read in one script each, so that a card re-rendered by a live update meanwhile is never half read.
    private static String cardAttribute(String goalId, String attribute) {
        return (String) browser.script("const el = document.querySelector(`#overview [data-goal-id='${arguments[0]}']`);"
                + "return el ? el.getAttribute(arguments[1]) : null;", goalId, attribute);
    }

    private static String cardFieldAttribute(String goalId, String field, String attribute) {
        Object value = browser.script("const el = document.querySelector("
                + "`#overview [data-goal-id='${arguments[0]}'] [data-field='${arguments[1]}']`);"
                + "return el ? el.getAttribute(arguments[2]) : '';", goalId, field, attribute);
        return value == null ? "" : String.valueOf(value);
    }

    private static String cardText(String goalId, String field) {
        return (String) browser.script("const el = document.querySelector("
                + "`[data-goal-id='${arguments[0]}'] [data-field='${arguments[1]}']`);"
                + "return el ? el.innerText.trim() : null;", goalId, field);
    }

    private static BigDecimal cardValue(String goalId) {
        String value = cardFieldAttribute(goalId, "actual", "data-value");
        return value.isEmpty() ? BigDecimal.valueOf(-1) : new BigDecimal(value);
    }

    private static void register(String courseId, String cvr, String municipality, String category, String startedOn,
                                 boolean enrolled, String theme) {
        system.as(Caller.CRM, system.guidance).contentType(ContentType.JSON)
                .body(Map.ofEntries(
                        Map.entry("courseId", courseId), Map.entry("house", "nordjylland"), Map.entry("cvr", cvr),
                        Map.entry("companyName", "E2E " + courseId + " ApS"), Map.entry("municipalityCode", municipality),
                        Map.entry("category", category), Map.entry("themes", List.of(theme)),
                        Map.entry("startedOn", startedOn), Map.entry("sustainabilityWheelUsed", courseId.equals("dash-b-2023")),
                        Map.entry("enrolledInEvaluation", enrolled), Map.entry("origin", "DIRECT")))
                .post("/api/v1/guidance-courses")
                .then().statusCode(201);
    }

    private static void reportActivity(String activityId, String status, String changedOn, String note) {
        system.as(Caller.HOUSE_STAFF, system.guidance).contentType(ContentType.JSON)
                .body(Map.of("status", status, "note", note, "changedOn", changedOn))
                .put("/api/v1/houses/nordjylland/years/2023/activities/" + activityId)
                .then().statusCode(200);
    }

    private static Map<String, Object> response(String id, String cvr, String segment, String answeredOn,
                                                 String satisfaction, int score, String effect) {
        return Map.ofEntries(Map.entry("responseId", id), Map.entry("house", "nordjylland"), Map.entry("cvr", cvr),
                Map.entry("surveyYear", 2023), Map.entry("segment", segment), Map.entry("answeredOn", answeredOn),
                Map.entry("competenceSatisfaction", satisfaction), Map.entry("recommendScore", score),
                Map.entry("expectedEffect", effect), Map.entry("receivedDigitalGuidance", false),
                Map.entry("receivedReferral", false));
    }

    private static Map<String, Object> referral(String id, String cvr, String direction, String counterpart,
                                                String municipality) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("referralId", id, "house", "nordjylland", "cvr", cvr,
                "referredOn", "2023-04-01", "direction", direction, "counterpartType", counterpart,
                "counterpartName", "E2E " + counterpart));
        if (municipality != null) {
            body.put("municipalityCode", municipality);
        }
        return body;
    }

    private static Map<String, Object> figures(String cvr, int year, long revenue) {
        return Map.of("cvr", cvr, "year", year, "revenueDkk", revenue, "fte", 10);
    }

    private static void postSurvey(String path, Object body) {
        int status = system.as(Caller.SURVEY_FEED, system.survey).contentType(ContentType.JSON).body(body)
                .post(path).then().extract().statusCode();
        assertThat(status).as(path).isIn(200, 201);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
