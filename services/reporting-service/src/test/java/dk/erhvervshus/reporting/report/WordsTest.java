package dk.erhvervshus.reporting.report;

import dk.erhvervshus.contracts.codes.ActivityStatus;
import dk.erhvervshus.contracts.codes.CompetenceSatisfaction;
import dk.erhvervshus.contracts.codes.ExpectedEffect;
import dk.erhvervshus.contracts.codes.GuidanceCategory;
import dk.erhvervshus.contracts.codes.ReferralUse;
import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.contracts.codes.Theme;
import dk.erhvervshus.reference.MunicipalityGroup;
import dk.erhvervshus.reference.Unit;
import dk.erhvervshus.reporting.goals.CohortMeasure;
import dk.erhvervshus.reporting.goals.Feed;
import dk.erhvervshus.reporting.goals.GoalStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** words.json, shared by the dashboard and the report, names every code the API answers, in both languages. */
class WordsTest {

    private static final List<Class<? extends Enum<?>>> CODES = List.of(GuidanceCategory.class, Theme.class,
            Segment.class, CompetenceSatisfaction.class, ExpectedEffect.class, ReferralUse.class, ActivityStatus.class,
            MunicipalityGroup.class, CohortMeasure.class);

    private final Map<String, Words> all = Words.all();

    @Test
    void danish_and_english_name_every_status_unit_feed_and_code() {
        assertThat(all).containsOnlyKeys("da", "en");
        for (Words words : all.values()) {
            assertThat(words.status()).containsOnlyKeys(names(GoalStatus.class));
            assertThat(words.units()).containsOnlyKeys(names(Unit.class));
            assertThat(words.feeds()).containsOnlyKeys(Stream.of(Feed.values()).map(Feed::key).toArray(String[]::new));
            List<String> codes = new ArrayList<>();
            CODES.forEach(type -> codes.addAll(names(type)));
            // Goal 2's rural/urban split, and the answers' "no answer", are codes of the API without an enum.
            codes.addAll(List.of("URBAN", "MISSING"));
            assertThat(words.codes()).containsOnlyKeys(codes.stream().distinct().toArray(String[]::new));
            assertThat(words.codes().values()).allSatisfy(word -> assertThat(word).isNotBlank());
        }
    }

    @Test
    void the_report_reads_its_danish_words_from_the_same_file() {
        assertThat(ReportWords.code("SHORT")).isEqualTo(all.get("da").codes().get("SHORT")).isEqualTo("Korte forløb");
        assertThat(ReportWords.code("CCUS")).isEqualTo(all.get("da").codes().get("CCUS"));
        assertThat(ReportWords.status("AT_RISK")).isEqualTo("I risiko");
        assertThat(ReportWords.unit("PERCENTAGE_POINTS")).isEqualTo("procentpoint");
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Stream.of(type.getEnumConstants()).map(Enum::name).toList();
    }
}
