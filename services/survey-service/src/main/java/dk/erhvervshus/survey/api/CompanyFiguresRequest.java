package dk.erhvervshus.survey.api;

import dk.erhvervshus.survey.domain.CompanyFiguresForm;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One item of POST /api/v1/company-figures. */
@Schema(name = "CompanyFigures", description = "A company's revenue and full-time equivalents (årsværk) in a year")
public record CompanyFiguresRequest(
        @Schema(required = true, example = "13585628") String cvr,
        @Schema(required = true, type = SchemaType.INTEGER, example = "2023") Long year,
        @Schema(required = true, type = SchemaType.NUMBER, minimum = "0", description = "DKK, at most 6 decimals",
                example = "12500000.75") BigDecimal revenueDkk,
        @Schema(required = true, type = SchemaType.NUMBER, minimum = "0", example = "23.5") BigDecimal fte) {

    CompanyFiguresForm toForm() {
        return new CompanyFiguresForm(cvr, JsonValues.text(year), JsonValues.text(revenueDkk), JsonValues.text(fte));
    }
}
