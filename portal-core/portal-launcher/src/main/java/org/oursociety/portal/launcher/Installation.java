package org.oursociety.portal.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the build lays out beside portal.jar: {@code payara/payara-micro.jar},
 * {@code wars/ROOT.war} and the module WARs, and the PostgreSQL driver in {@code lib/}.
 */
record Installation(Path payaraMicro, Path jdbcDriver, List<Path> wars) {

    /** The order matters: the core first, so the registry exists when the modules register. */
    static final List<String> WAR_NAMES = List.of("ROOT.war", "forum.war", "budget.war", "directory.war");

    static Installation besideLauncher() throws LaunchException {
        Path home = launcherDirectory();
        Path payara = home.resolve("payara/payara-micro.jar");
        if (!Files.isRegularFile(payara)) {
            throw new LaunchException("Payara Micro is missing at " + payara + "; build the portal first (see the README).");
        }
        List<Path> wars = WAR_NAMES.stream().map(name -> home.resolve("wars").resolve(name)).toList();
        for (Path war : wars) {
            if (!Files.isRegularFile(war)) {
                throw new LaunchException("The web application " + war + " is missing; build the portal first (see the README).");
            }
        }
        return new Installation(payara, jdbcDriver(home.resolve("lib")), wars);
    }

    private static Path jdbcDriver(Path lib) throws LaunchException {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.getFileName().toString().matches("postgresql-[0-9.]+\\.jar")).findFirst()
                    .orElseThrow(() -> new LaunchException("The PostgreSQL driver is missing from " + lib + "."));
        } catch (IOException e) {
            throw new LaunchException("Cannot read " + lib + ": " + e.getMessage(), e);
        }
    }

    private static Path launcherDirectory() throws LaunchException {
        try {
            Path location = Path.of(PortalLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // From the jar: its folder. From classes (an IDE): the module's target folder.
            return Files.isDirectory(location) ? location.getParent() : location.getParent();
        } catch (URISyntaxException e) {
            throw new LaunchException("Cannot tell where portal.jar is: " + e.getMessage(), e);
        }
    }
}
