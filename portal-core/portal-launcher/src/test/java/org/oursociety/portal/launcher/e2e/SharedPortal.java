package org.oursociety.portal.launcher.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Boots the real portal once for every end-to-end test class that uses it, and stops it after the
 * last one: a boot costs half a minute, a test a few milliseconds. The portal sends its mail to a
 * GreenMail SMTP server in this JVM ({@link Mailbox}), checked by the worker every second.
 */
public class SharedPortal implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        portal(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningPortal.class || type == Mailbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Mailbox.class ? mailbox(extension) : portal(extension);
    }

    private static Mailbox mailbox(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("mailbox", key -> Mailbox.start(),
                Mailbox.class);
    }

    private static RunningPortal portal(ExtensionContext context) {
        Mailbox mailbox = mailbox(context);
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("portal", key -> {
            try {
                Path dataDir = Path.of("target", "e2e-shared").toAbsolutePath();
                Files.deleteIfExists(dataDir.resolve("portal.lock"));
                deleteRecursively(dataDir);
                int port = RunningPortal.freePort();
                return new Closing(RunningPortal.start(dataDir, port, Map.of(
                        "PORTAL_SMTP_HOST", "127.0.0.1",
                        "PORTAL_SMTP_PORT", Integer.toString(mailbox.port()),
                        "PORTAL_SMTP_TLS", "false",
                        "PORTAL_BASE_URL", "http://localhost:" + port,
                        "PORTAL_MAIL_POLL_SECONDS", "1",
                        // Every test mails from 127.0.0.1; the per-address limit is tested in portal-web's MailLimitIT.
                        "PORTAL_MAIL_LIMIT_ADDRESS", "100000",
                        // two directory searches at once whatever the machine (DirectoryBrowserIT fills both)
                        "PORTAL_DIRECTORY_SEARCHES_AT_ONCE", "2",
                        // the launcher's own start time-out comes from -De2e.start-minutes (RunningPortal)
                        "PORTAL_FORUM_DIGEST_DAILY_SECONDS", "5")));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot start the portal: " + e.getMessage(), e);
            }
        }, Closing.class).portal();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Lets JUnit stop the portal when the whole run ends. */
    record Closing(RunningPortal portal) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Throwable {
            portal.close();
        }
    }
}
