package org.oursociety.portal.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro unpacked into {@code <data>/run/payara} before each start ({@code --outputlauncher}, about 1 s),
 * then run from there through its {@code launch-micro.jar}: the server is ready about 9 s sooner than when
 * {@code payara-micro.jar} is run as it is (measured by bench/startup.sh). A fresh copy each time, because the
 * post-boot commands write the JDBC pool, password included, into its configuration: nothing of one run is
 * reused by the next, and {@link #delete} removes the copy when Payara stops. Only the owner can read it.
 */
final class PayaraRuntime {

    static final String LAUNCHER_JAR = "launch-micro.jar";
    private static final long UNPACK_TIMEOUT_SECONDS = 300;

    private PayaraRuntime() {
    }

    static Path root(Path dataDir) {
        return dataDir.resolve("run").resolve("payara");
    }

    /** Unpacks Payara Micro with the JDBC driver on its class path; returns the jar that starts it. */
    static Path unpack(Installation installation, Path dataDir) throws LaunchException {
        Path root = root(dataDir);
        Path output = dataDir.resolve("logs").resolve("payara-unpack.log");
        try {
            delete(root);
            Files.createDirectories(root.getParent());
            Files.createDirectories(output.getParent());
            Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Process process = new ProcessBuilder(command(installation, root))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(UNPACK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LaunchException("Unpacking Payara Micro took more than " + UNPACK_TIMEOUT_SECONDS + " s; see " + output + ".");
            }
            Path launcher = root.resolve(LAUNCHER_JAR);
            if (process.exitValue() != 0 || !Files.isRegularFile(launcher)) {
                throw new LaunchException("Could not unpack Payara Micro into " + root + " (exit code " + process.exitValue()
                        + "): " + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
            return launcher;
        } catch (IOException e) {
            throw new LaunchException("Could not unpack Payara Micro into " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while unpacking Payara Micro.");
        }
    }

    static List<String> command(Installation installation, Path root) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", installation.payaraMicro().toString(),
                "--rootdir", root.toString(),
                "--addLibs", installation.jdbcDriver().toString(),
                "--outputlauncher");
    }

    /** Removes an unpacked copy (and with it the configuration that holds the database password). */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
