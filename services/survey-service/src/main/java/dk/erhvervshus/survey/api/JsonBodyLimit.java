package dk.erhvervshus.survey.api;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps JSON bodies to {@code survey.json.max-body-size}. The HTTP limit
 * ({@code quarkus.http.limits.max-body-size}) has to fit a whole survey export, which is streamed;
 * a JSON body is parsed into memory, so it gets a limit of its own. A body that announces a larger
 * length is refused before it is read; one sent without a length is cut off at the limit.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    private final long limit;

    @Inject
    public JsonBodyLimit(@ConfigProperty(name = "survey.json.max-body-size", defaultValue = "2M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        String announced = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && exceeds(announced)) {
            throw new BodyTooLargeException(limit);
        }
        context.setInputStream(new LimitedStream(context.getInputStream(), limit));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Fails the read that would take the body past the limit. */
    private static final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
