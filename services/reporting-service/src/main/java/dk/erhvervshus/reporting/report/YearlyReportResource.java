package dk.erhvervshus.reporting.report;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemField;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.problems.Problems;
import dk.erhvervshus.reporting.api.GoalReadings;
import dk.erhvervshus.reporting.api.ReadBulkhead;
import dk.erhvervshus.reporting.consistency.ConsistencyGate;
import dk.erhvervshus.security.Caller;
import dk.erhvervshus.security.Roles;
import dk.erhvervshus.validation.Validation;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The yearly report to KKR on a house's performance contract: the goals API's figures for a year,
 * as of a date and as known at an instant, as a printable HTML page, a PDF or a CSV sheet. The
 * figures are read by the goals endpoints' own path ({@link GoalReadings}); the rendering runs on a
 * worker thread within the read bulkhead, so a burst of reports is refused (503 overloaded), never
 * queued on the event loop or in front of the projection.
 */
// The class shares the goals resource's path (the method adds "report"): RESTEasy Reactive routes by
// the longest class path, and a class at .../report answered a wrong method 404, not 405.
@Path("/api/v1/houses/{house}/years/{year}")
@Tag(name = "report", description = "The yearly report to KKR (Afrapportering af resultatkontrakt) from the goals' figures")
public class YearlyReportResource {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance yearly(YearlyReport report);
    }

    private final GoalReadings readings;
    private final ReadBulkhead reads;
    private final Caller caller;
    private final Clock clock;

    public YearlyReportResource(GoalReadings readings, ReadBulkhead reads, Caller caller, Clock clock) {
        this.readings = readings;
        this.reads = reads;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.DASHBOARD, Roles.HOUSE_STAFF, Roles.NATIONAL})
    @Operation(operationId = "getYearlyReport",
            summary = "The yearly report to KKR: every goal's target, actual, fulfilment and status, with method and data",
            description = "A token with a `house` claim reads only that house (another house is 403, before anything "
                    + "else is checked); `national` reads every house. The figures are the goals API's for the same "
                    + "asOf and knownAt (GET .../goals), with a decimal comma; the report names both, and the instant "
                    + "it was made, so it can be made again exactly. `format` (html, pdf, csv) chooses the rendering "
                    + "and wins over Accept (text/html, application/pdf, text/csv; */* is HTML). JSON is not a "
                    + "rendering of the report: the goals endpoints answer it.")
    @APIResponse(responseCode = "200", description = "the report: a self-contained HTML page (lang da, printable), a PDF "
            + "(the house on every page, \"Side X af Y\"), or a CSV sheet (;-separated, UTF-8 with a byte-order mark, "
            + "one row per goal, as an attachment)",
            content = {
                    @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "an unknown format, or a malformed or implausible year, asOf, "
            + "knownAt or Consistency-Token; every bad field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "unknown house, or no goal catalogue for the year; the field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "no format, and an Accept with none of the report's media types "
            + "(for example application/json only)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The read models cannot be reached (type storage-unavailable), or "
            + "this instance is already computing as many answers from the facts as it takes (type overloaded, "
            + "reporting.reads.max-concurrent; a report counts as one), or the Consistency-Token's write was not in the "
            + "goals within the wait (type not-yet-applied). Send it again after the seconds of Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> report(@PathParam("house") String house, @PathParam("year") String year,
                                @QueryParam("asOf") @Parameter(description = "The goals as they stood at the end of this "
                                        + "day (YYYY-MM-DD); default: today") String asOf,
                                @QueryParam("knownAt") @Parameter(description = "Only events recorded at or before "
                                        + "this instant count (e.g. 2024-01-15T00:00:00Z); default: everything known now")
                                String knownAt,
                                @QueryParam("format") @Parameter(description = "html, pdf or csv; wins over Accept")
                                String format,
                                @HeaderParam(HttpHeaders.ACCEPT) @Parameter(hidden = true) String accept,
                                @HeaderParam(ConsistencyGate.HEADER) @Parameter(description = "A Consistency-Token a "
                                        + "write of guidance-service or survey-service answered: the report waits (at "
                                        + "most reporting.consistency.max-wait, default 5 s) until that write is in "
                                        + "its figures, else 503 not-yet-applied with Retry-After") String token) {
        caller.requireHouse(house);
        Optional<ReportFormat> chosen = chosen(format, accept);
        if (chosen.isEmpty()) {
            return Uni.createFrom().item(Problems.response(ProblemType.NOT_ACCEPTABLE.problem(
                    "the report is text/html, application/pdf or text/csv (or ?format=html|pdf|csv); for JSON ask "
                            + "the goals endpoints",
                    List.of(new ProblemField(HttpHeaders.ACCEPT, "names none of text/html, application/pdf, text/csv")))));
        }
        ReportFormat rendering = chosen.get();
        return readings.read(house, year, asOf, knownAt, token)
                .chain(reading -> reads.read(() -> Uni.createFrom().item(() -> render(rendering, reading, asOf, knownAt))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())));
    }

    /** The rendering asked for; empty when Accept names none (the 406); an unknown format is a 400 here. */
    private Optional<ReportFormat> chosen(String format, String accept) {
        if (format != null) {
            Optional<ReportFormat> named = ReportFormat.named(format);
            if (named.isEmpty()) {
                Validation v = new Validation(clock);
                v.reject("format", "'" + Validation.echo(format) + "' is not a rendering of the report: one of "
                        + ReportFormat.NAMES);
                v.throwIfInvalid();
            }
            return named;
        }
        return ReportFormat.acceptable(accept);
    }

    private Response render(ReportFormat format, GoalReadings.Reading reading, String asOf, String knownAt) {
        String fileName = "afrapportering-" + reading.house().id() + "-" + reading.goals().year() + "-"
                + reading.goals().asOf() + "." + format.fileExtension();
        switch (format) {
            case CSV:
                return Response.ok(ReportCsv.of(reading.goals()), format.mediaType() + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
            case PDF:
                return Response.ok(ReportPdf.of(html(reading, asOf, knownAt)), format.mediaType())
                        .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
            default:
                return Response.ok(html(reading, asOf, knownAt).getBytes(StandardCharsets.UTF_8),
                        format.mediaType() + ";charset=UTF-8").build();
        }
    }

    private String html(GoalReadings.Reading reading, String asOf, String knownAt) {
        return Templates.yearly(YearlyReports.of(reading, asOf, knownAt, clock.getZone())).render();
    }
}
