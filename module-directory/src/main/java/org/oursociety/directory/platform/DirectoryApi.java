package org.oursociety.directory.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The directory module's JSON API under {@code /directory/api}; resources and providers are discovered. */
@ApplicationPath("api")
public class DirectoryApi extends Application {
}
