package org.oursociety.forum.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The forum module's JSON API under {@code /forum/api}; resources and providers are discovered. */
@ApplicationPath("api")
public class ForumApi extends Application {
}
