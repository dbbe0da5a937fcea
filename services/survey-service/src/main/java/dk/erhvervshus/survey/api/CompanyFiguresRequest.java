package dk.erhvervshus.survey.api;

import dk.erhvervshus.survey.domain.CompanyFiguresForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of POST /api/v1/company-figures. */
@Schema(name = "CompanyFigures", description = "A company's revenue and full-time equivalents (årsværk) in a year")
public record CompanyFiguresRequest(
        @Schema(required = true, example = "13585628") String cvr,
        @Schema(required = true, type = SchemaType.INTEGER, example = "2023") String year,
        @Schema(required = true, type = SchemaType.NUMBER, minimum = "0", description = "DKK, at most 6 decimals",
                example = "12500000.75") String revenueDkk,
        @Schema(required = true, type = SchemaType.NUMBER, minimum = "0", example = "23.5") String fte) {

    CompanyFiguresForm toForm() {
        return new CompanyFiguresForm(cvr, year, revenueDkk, fte);
    }
}
