package dk.erhvervshus.reporting.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The words for the API's goal statuses, units, feeds (the keys of {@code freshness}) and codes in
 * one language, from the dashboard's
 * {@code words.json}: one file for the page, which fetches it, and the yearly report, which reads it
 * from the class path here.
 */
record Words(Map<String, String> status, Map<String, String> units, Map<String, String> feeds,
             Map<String, String> codes) {

    static final String RESOURCE = "META-INF/resources/dashboard/words.json";

    /** The report's language, read once for every part of the report that names a code. */
    static final Words DANISH = of("da");

    static Words of(String language) {
        Map<String, Words> all = all();
        Words words = all.get(language);
        if (words == null) {
            throw new IllegalArgumentException(RESOURCE + " has no language '" + language + "'");
        }
        return words;
    }

    static Map<String, Words> all() {
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new ObjectMapper().readValue(in, new TypeReference<Map<String, Words>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Words {
        status = Map.copyOf(status);
        units = Map.copyOf(units);
        feeds = Map.copyOf(feeds);
        codes = Map.copyOf(codes);
    }
}
