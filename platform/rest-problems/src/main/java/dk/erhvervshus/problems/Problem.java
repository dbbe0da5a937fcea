package dk.erhvervshus.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error answer ({@code application/problem+json}).
 *
 * @param errors every bad field of the request, when the problem is about fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details; `errors` names each bad field")
public record Problem(
        @Schema(example = "https://erhvervshus.dk/problems/validation-failed") String type,
        @Schema(example = "The request has invalid fields") String title,
        @Schema(example = "400") int status,
        String detail,
        List<ProblemField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
