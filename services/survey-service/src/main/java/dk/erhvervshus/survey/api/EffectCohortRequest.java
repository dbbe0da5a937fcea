package dk.erhvervshus.survey.api;

import dk.erhvervshus.contracts.codes.Segment;
import dk.erhvervshus.survey.domain.EffectCohortForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of POST /api/v1/effect-cohorts. */
@Schema(name = "EffectCohort", description = "A goal-6 cohort: companies enrolled in cohortYear and a control group")
public record EffectCohortRequest(
        @Schema(required = true, example = "NJ-GROWTH-2021") String cohortId,
        @Schema(required = true, example = "nordjylland") String house,
        @Schema(required = true, type = SchemaType.INTEGER, example = "2021") Long cohortYear,
        @Schema(required = true, implementation = Segment.class) String segment,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class, minItems = 1,
                maxItems = 5000, uniqueItems = true, description = "CVR numbers (at most 5,000)") List<String> treated,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = String.class, minItems = 1,
                maxItems = 5000, uniqueItems = true, description = "CVR numbers (at most 5,000), none also in treated")
        List<String> control) {

    EffectCohortForm toForm() {
        return new EffectCohortForm(cohortId, house, JsonValues.text(cohortYear), segment, treated, control);
    }
}
