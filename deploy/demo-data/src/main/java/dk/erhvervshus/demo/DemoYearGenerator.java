package dk.erhvervshus.demo;

import dk.erhvervshus.reference.ActivityDefinition;
import dk.erhvervshus.reference.GoalCatalogue;
import dk.erhvervshus.reference.GoalDefinition;
import dk.erhvervshus.reference.House;
import dk.erhvervshus.reference.Municipality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a realistic contract year for a house, seeded so the same seed gives the same data.
 *
 * <p>Proportions follow the public 2021 figures of Erhvervsstyrelsen's "Erhvervshusenes målopfyldelse i 2021" (about three in four guided companies
 * are new customers) and the 2023 contract's volume targets (800 unique companies, 350 growth and
 * operation courses, 600 short and early-warning courses), so the demo dashboard shows a year that
 * roughly meets its targets. Companies are spread over the municipalities by the funding key, with
 * some seeded unevenness so goal 2 has something to show.
 */
public final class DemoYearGenerator {

    static final int COMPANIES_IN_YEAR = 1_000;
    static final int COMPANIES_IN_YEAR_BEFORE = 820;
    /** Share of the year's companies that were also guided the year before (nationally in 2021: 76 % new). */
    static final double RETURNING_SHARE = 0.24;
    static final double SECOND_COURSE_SHARE = 0.08;
    static final double RETRACTED_SHARE = 0.01;
    static final double ENROLLED_SHARE = 0.86;

    private static final String[] CATEGORIES = {"GROWTH", "OPERATION", "SHORT", "EARLY_WARNING"};
    private static final double[] CATEGORY_WEIGHTS = {0.20, 0.17, 0.50, 0.13};
    private static final String[] THEMES = {"QUALIFIED_LABOUR", "GREEN_TRANSITION", "INNOVATION", "DIGITALISATION",
            "INTERNATIONALISATION", "MANAGEMENT", "SALES_MARKETING", "FINANCING", "CCUS"};
    private static final double[] THEME_WEIGHTS = {0.10, 0.22, 0.12, 0.18, 0.08, 0.10, 0.10, 0.08, 0.02};
    private static final String[] ORIGINS = {"DIRECT", "LOCAL_BUSINESS_OFFICE", "MUNICIPAL_GREEN_SCREENING", "OTHER"};
    private static final double[] ORIGIN_WEIGHTS = {0.45, 0.40, 0.07, 0.08};
    private static final String[] ADVISORS = {"Mette Jensen", "Søren Kristensen", "Anne Mølgaard", "Lars Østergaard",
            "Hanne Bæk", "Peter Thomsen", "Camilla Nørgaard", "Jesper Lund"};
    private static final String[] NAME_STEMS = {"Limfjords", "Skagen", "Thy", "Himmerlands", "Vendsyssel", "Nordkyst",
            "Hanherred", "Mors", "Rold", "Mariager", "Jammerbugt", "Læsø", "Aalborg", "Hirtshals", "Nordstjerne",
            "Fjordglimt", "Klitmøller", "Vesterhav", "Rebild", "Hals"};
    private static final String[] NAME_TRADES = {"Maskinfabrik", "Tømrer", "Fisk", "Software", "Design", "Mejeri",
            "Energi", "Transport", "Byg", "Robotics", "Food", "Consult", "Metal", "Træ", "Marine", "Elektro",
            "Bryghus", "Plast", "Data", "Vind"};
    private static final String[] NAME_FORMS = {"ApS", "A/S", "I/S", "IVS"};

    private final Random random;
    private final CvrNumbers cvrNumbers;
    private final House house;
    private final GoalCatalogue catalogue;
    /** The API refuses dates after today, so a demo of the running year stops at today. */
    private final LocalDate today;

    public DemoYearGenerator(long seed, House house, GoalCatalogue catalogue, LocalDate today) {
        this.random = new Random(seed);
        this.cvrNumbers = new CvrNumbers(random, Set.of());
        this.house = house;
        this.catalogue = catalogue;
        this.today = today;
    }

    public DemoDataSet generate() {
        int year = catalogue.year();
        double[] municipalityWeights = unevenFundingKeyWeights();

        List<Company> yearBefore = companies(COMPANIES_IN_YEAR_BEFORE, municipalityWeights);
        List<Company> contractYear = new ArrayList<>();
        int returning = (int) Math.round(COMPANIES_IN_YEAR * RETURNING_SHARE);
        contractYear.addAll(yearBefore.subList(0, returning));
        contractYear.addAll(companies(COMPANIES_IN_YEAR - returning, municipalityWeights));

        List<DemoCourse> courses = new ArrayList<>();
        courses.addAll(coursesFor(yearBefore, year - 1));
        courses.addAll(coursesFor(contractYear, year));
        return new DemoDataSet(house.id(), year, courses, activityReports(year));
    }

    private List<DemoCourse> coursesFor(List<Company> companies, int year) {
        List<DemoCourse> courses = new ArrayList<>();
        int sequence = 0;
        for (Company company : companies) {
            int courseCount = random.nextDouble() < SECOND_COURSE_SHARE ? 2 : 1;
            Set<String> usedCategories = new HashSet<>();
            for (int i = 0; i < courseCount; i++) {
                String category = pick(CATEGORIES, CATEGORY_WEIGHTS);
                if (!usedCategories.add(category)) {
                    continue; // a second course of the same kind would be one course in the CRM
                }
                sequence++;
                DemoCourse course = course(String.format("demo-%s-%d-%05d", house.id(), year, sequence), company, category, year);
                if (!course.startedOn().isAfter(today)) {
                    courses.add(course);
                }
            }
        }
        return courses;
    }

    private DemoCourse course(String courseId, Company company, String category, int year) {
        List<String> themes = themes();
        boolean green = themes.contains("GREEN_TRANSITION");
        boolean wheelUsed = random.nextDouble() < (green ? 0.6 : 0.04);
        LocalDate startedOn = startDate(year);
        LocalDate completedOn = random.nextDouble() < 0.88 ? startedOn.plusDays(duration(category)) : null;
        if (completedOn != null && completedOn.isAfter(today)) {
            completedOn = null;
        }
        String retraction = random.nextDouble() < RETRACTED_SHARE ? "registreret ved en fejl" : null;
        return new DemoCourse(courseId, company.cvr(), company.name(), company.municipalityCode(), category, themes,
                startedOn, ADVISORS[random.nextInt(ADVISORS.length)], wheelUsed,
                random.nextDouble() < ENROLLED_SHARE, pick(ORIGINS, ORIGIN_WEIGHTS), completedOn, retraction);
    }

    /** Fewer starts in July, when Denmark is on holiday. */
    private LocalDate startDate(int year) {
        while (true) {
            LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 12, 31).getDayOfYear()));
            if (day.getMonthValue() != 7 || random.nextDouble() < 0.3) {
                return day;
            }
        }
    }

    private int duration(String category) {
        return switch (category) {
            case "SHORT" -> 3 + random.nextInt(40);
            case "EARLY_WARNING" -> 20 + random.nextInt(100);
            default -> 45 + random.nextInt(200);
        };
    }

    private List<String> themes() {
        Set<String> themes = new LinkedHashSet<>();
        themes.add(pick(THEMES, THEME_WEIGHTS));
        if (random.nextDouble() < 0.35) {
            themes.add(pick(THEMES, THEME_WEIGHTS));
        }
        return List.copyOf(themes);
    }

    private List<DemoActivityReport> activityReports(int year) {
        List<DemoActivityReport> reports = new ArrayList<>();
        for (GoalDefinition goal : catalogue.goals()) {
            List<ActivityDefinition> activities = goal.activities();
            for (int i = 0; i < activities.size(); i++) {
                String id = activities.get(i).id();
                LocalDate begun = LocalDate.of(year, 1 + random.nextInt(4), 1 + random.nextInt(28));
                if (begun.isAfter(today)) {
                    continue;
                }
                reports.add(new DemoActivityReport(year, id, "IN_PROGRESS", "Igangsat", begun));
                // The last activity of a goal with several is still under way at year end, as is usual.
                boolean finished = activities.size() == 1 || i < activities.size() - 1 || random.nextDouble() < 0.5;
                LocalDate done = begun.plusDays(60 + random.nextInt(200));
                LocalDate yearEnd = LocalDate.of(year, 12, 31);
                if (done.isAfter(yearEnd)) {
                    done = yearEnd;
                }
                if (finished && !done.isAfter(today)) {
                    reports.add(new DemoActivityReport(year, id, "DONE", "Gennemført og afrapporteret", done));
                }
            }
        }
        return reports;
    }

    private List<Company> companies(int count, double[] municipalityWeights) {
        List<Company> companies = new ArrayList<>(count);
        List<Municipality> municipalities = house.municipalities();
        for (int i = 0; i < count; i++) {
            Municipality m = municipalities.get(pickIndex(municipalityWeights));
            String name = NAME_STEMS[random.nextInt(NAME_STEMS.length)] + " "
                    + NAME_TRADES[random.nextInt(NAME_TRADES.length)] + " "
                    + NAME_FORMS[random.nextInt(NAME_FORMS.length)];
            companies.add(new Company(cvrNumbers.next(), name, m.code()));
        }
        return companies;
    }

    private double[] unevenFundingKeyWeights() {
        List<Municipality> municipalities = house.municipalities();
        double[] weights = new double[municipalities.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = municipalities.get(i).fundingKey() * (0.7 + 0.6 * random.nextDouble());
        }
        return weights;
    }

    private String pick(String[] values, double[] weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private record Company(String cvr, String name, String municipalityCode) {
    }
}
