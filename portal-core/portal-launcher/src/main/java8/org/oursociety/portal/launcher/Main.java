package org.oursociety.portal.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of portal.jar. Compiled for Java 8 so that an older Java gets one clear line
 * instead of an UnsupportedClassVersionError; everything else needs Java 17.
 */
public final class Main {

    private static final int REQUIRED = 17;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int running = feature(System.getProperty("java.specification.version"));
        if (running < REQUIRED) {
            System.err.println("Our Society needs Java " + REQUIRED + " or newer; this is Java "
                    + System.getProperty("java.specification.version") + " (" + System.getProperty("java.home") + ").");
            System.exit(1);
        }
        try {
            Class.forName("org.oursociety.portal.launcher.PortalLauncher")
                    .getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    static int feature(String specification) {
        String major = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = major.indexOf('.');
        return Integer.parseInt(dot < 0 ? major : major.substring(0, dot));
    }
}
