package dk.erhvervshus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (npm, pinned in reporting-service's web/package-lock.json and installed there by its
 * build) injected into the open page; answers the serious and critical violations.
 */
final class Axe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String source;

    Axe(Path repo) {
        Path script = repo.resolve("services/reporting-service/web/node_modules/axe-core/axe.min.js");
        try {
            this.source = Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by reporting-service's build (npm ci in web/): " + script, e);
        }
    }

    /** Each serious or critical violation as "rule: help (targets)". */
    List<String> seriousViolations(Browser browser) {
        browser.script(source);
        Object result = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('ERROR ' + e));");
        String text = String.valueOf(result);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + text);
        }
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(text)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> targets = new ArrayList<>();
                    violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                    serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText()
                            + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }
}
