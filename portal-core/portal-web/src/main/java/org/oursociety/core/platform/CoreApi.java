package org.oursociety.core.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The core's JSON API under {@code /api}; resources and providers are discovered. */
@ApplicationPath("api")
public class CoreApi extends Application {
}
