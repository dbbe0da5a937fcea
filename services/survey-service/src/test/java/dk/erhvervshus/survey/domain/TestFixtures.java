package dk.erhvervshus.survey.domain;

import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.validation.FieldError;
import dk.erhvervshus.validation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** What the domain tests share: one clock and the real reference data. */
public final class TestFixtures {

    /** "Today" is 1 March 2024 in Copenhagen: the 2023 survey is over, late answers still come in. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    public static final Houses HOUSES = Houses.load();

    private TestFixtures() {
    }

    public static java.util.List<String> fieldsOf(Validated<?> result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    public static String messageFor(Validated<?> result, String field) {
        return result.errors().stream().filter(e -> field.equals(e.field())).map(FieldError::message).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + result.errors()));
    }
}
