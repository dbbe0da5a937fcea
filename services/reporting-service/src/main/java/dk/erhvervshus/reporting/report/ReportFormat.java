package dk.erhvervshus.reporting.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report's three renderings. {@code ?format=} chooses one and wins over {@code Accept}; without
 * it the first acceptable type in the client's order of preference does ({@code *}{@code /*} and
 * {@code text/*} are HTML). JSON is no rendering of the report: the goals endpoints answer it.
 */
enum ReportFormat {
    HTML("html", "text/html"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv");

    static final String NAMES = "html, pdf or csv";

    private final String name;
    private final String mediaType;

    ReportFormat(String name, String mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    String fileExtension() {
        return name;
    }

    /** The format a {@code format} parameter names; empty when it names none of them. */
    static Optional<ReportFormat> named(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.name.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * The most preferred media type of an {@code Accept} header that is a rendering of the report;
     * empty when none is. No Accept at all accepts anything.
     */
    static Optional<ReportFormat> acceptable(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return Optional.of(HTML);
        }
        for (String type : byPreference(acceptHeader)) {
            String t = type.trim().toLowerCase(Locale.ROOT);
            if (t.equals("*/*") || t.equals("text/*")) {
                return Optional.of(HTML);
            }
            if (t.equals("application/*")) {
                return Optional.of(PDF);
            }
            for (ReportFormat format : values()) {
                if (format.mediaType.equals(t)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** The media types of an Accept header, most preferred first (by q, then in the order sent), q=0 left out. */
    static List<String> byPreference(String accept) {
        record Accepted(String type, double q, int order) {
        }
        String[] parts = accept.split(",");
        List<Accepted> accepted = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double q = 1;
            for (int j = 1; j < pieces.length; j++) {
                String parameter = pieces[j].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0; // an unreadable weight accepts nothing
                    }
                }
            }
            if (q > 0 && !pieces[0].isBlank()) {
                accepted.add(new Accepted(pieces[0].trim(), q, i));
            }
        }
        return accepted.stream()
                .sorted(Comparator.comparingDouble(Accepted::q).reversed().thenComparingInt(Accepted::order))
                .map(Accepted::type)
                .toList();
    }
}
