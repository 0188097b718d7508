package org.oursociety.portal.api.internal.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.oursociety.portal.api.rest.Problem;

/**
 * Every API request body of every WAR is at most {@code portal.api.max-body-bytes} (64 KiB by
 * default), else 413; a JSON body must be UTF-8 (RFC 8259), else 400.
 *
 * <p>A WAR that takes files (an import) names those paths in {@code portal.api.large-body-paths} (a
 * regular expression matched against the path below {@code /api}, e.g. {@code areas/[^/]+/import}); they
 * take up to {@code portal.api.max-large-body-bytes} (16 MiB at most), every other path keeps the small
 * limit.
 *
 * <p>A path named in {@code portal.api.streamed-body-paths} (same form) is not read here at all: its
 * resource reads the body as a stream, spools it to disk and sets its own limit. It is for files far
 * larger than memory should hold (the 2.7-million-row postcode file), so keep the list to such paths.
 *
 * <p>The JSON parser would otherwise read any amount, and it silently turns broken UTF-8 into
 * U+FFFD, so a damaged name would be saved as if the user had typed it. The body is read here once,
 * at most one byte past the limit, and handed on from memory.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestBodyFilter implements ContainerRequestFilter {

    public static final String LIMIT_PROPERTY = "portal.api.max-body-bytes";
    public static final String LARGE_PATHS_PROPERTY = "portal.api.large-body-paths";
    public static final String LARGE_LIMIT_PROPERTY = "portal.api.max-large-body-bytes";
    public static final String STREAMED_PATHS_PROPERTY = "portal.api.streamed-body-paths";
    public static final int DEFAULT_LIMIT = 64 * 1024;
    /** Bodies are held in memory, so the setting cannot raise the limit past this. */
    static final int HARD_LIMIT = 16 * 1024 * 1024;
    /** How much of a refused body is read and thrown away so that the client hears the 413. */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private volatile Integer limit;
    private volatile Integer largeLimit;
    private volatile Optional<Pattern> largePaths;
    private volatile Optional<Pattern> streamedPaths;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (isStreamed(request.getUriInfo().getPath())) {
            return;
        }
        int max = takesLargeBodies(request.getUriInfo().getPath()) ? largeLimit() : limit();
        if (request.getLength() > max) {
            request.abortWith(refuse(request.getEntityStream(), max));
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(max + 1);
        if (body.length > max) {
            request.abortWith(refuse(request.getEntityStream(), max));
            return;
        }
        if (isJson(request.getMediaType()) && !isUtf8(body)) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST,
                    "The request body is not valid UTF-8; send JSON encoded as UTF-8.").toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    static boolean isJson(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The 413, after reading what is left of the body up to {@link #DRAIN_LIMIT}: an HTTP/1.1 client
     * reads the answer only once it has sent its whole body, so refusing without reading would leave
     * both sides waiting. A body larger still is cut off by closing the connection.
     */
    static Response refuse(InputStream rest, int max) throws IOException {
        Response refused = tooLarge(max);
        return drain(rest, DRAIN_LIMIT) ? refused : Response.fromResponse(refused).header("Connection", "close").build();
    }

    /** Reads and drops up to {@code limit} bytes; true if that reached the end of the stream. */
    static boolean drain(InputStream rest, long limit) throws IOException {
        long skipped = 0;
        byte[] buffer = new byte[8192];
        int read;
        while ((read = rest.read(buffer)) != -1) {
            skipped += read;
            if (skipped > limit) {
                return false;
            }
        }
        return true;
    }

    static Response tooLarge(int max) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + max + " bytes.").toResponse();
    }

    private boolean takesLargeBodies(String path) {
        Optional<Pattern> paths = largePaths;
        if (paths == null) {
            paths = ConfigProvider.getConfig().getOptionalValue(LARGE_PATHS_PROPERTY, String.class).map(Pattern::compile);
            largePaths = paths;
        }
        return isLargeBodyPath(paths, path);
    }

    private boolean isStreamed(String path) {
        Optional<Pattern> paths = streamedPaths;
        if (paths == null) {
            paths = ConfigProvider.getConfig().getOptionalValue(STREAMED_PATHS_PROPERTY, String.class).map(Pattern::compile);
            streamedPaths = paths;
        }
        return isLargeBodyPath(paths, path);
    }

    /** Whether {@code path} (below {@code /api}, with or without its leading slash) is one of {@code paths}. */
    static boolean isLargeBodyPath(Optional<Pattern> paths, String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return paths.isPresent() && paths.get().matcher(relative).matches();
    }

    private int largeLimit() {
        Integer known = largeLimit;
        if (known == null) {
            long configured = ConfigProvider.getConfig().getOptionalValue(LARGE_LIMIT_PROPERTY, Long.class).orElse((long) HARD_LIMIT);
            known = (int) Math.max(limit(), Math.min(configured, HARD_LIMIT));
            largeLimit = known;
        }
        return known;
    }

    private int limit() {
        Integer known = limit;
        if (known == null) {
            long configured = ConfigProvider.getConfig().getOptionalValue(LIMIT_PROPERTY, Long.class).orElse((long) DEFAULT_LIMIT);
            known = (int) Math.max(1, Math.min(configured, HARD_LIMIT));
            limit = known;
        }
        return known;
    }
}
