package dk.erhvervshus.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request that must not be stored: what it is sent to, its bytes, and the
 * mutations that made it invalid (shown when a property fails).
 *
 * @param contentType     null: no Content-Type header at all
 * @param announcedLength a Content-Length larger than the body, announced to a service that must
 *                        refuse it before reading the body (0: the body's own length)
 */
record InvalidRequest(WriteEndpoint endpoint, String path, String contentType, byte[] body, long announcedLength,
                      List<String> mutations) {

    @Override
    public String toString() {
        String shown = new String(body, 0, Math.min(body.length, 600), StandardCharsets.ISO_8859_1);
        return endpoint.label() + " " + path.substring(0, Math.min(path.length(), 120))
                + " (Content-Type " + contentType + ", " + body.length + " bytes"
                + (announcedLength > 0 ? ", announced " + announcedLength : "") + ") " + mutations + "\n  body: " + shown;
    }
}
