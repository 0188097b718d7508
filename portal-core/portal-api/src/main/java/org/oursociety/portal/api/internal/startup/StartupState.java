package org.oursociety.portal.api.internal.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether this WAR has finished starting (schema migrated, registered). */
@ApplicationScoped
public class StartupState {

    private volatile String name = "portal";
    private volatile boolean ready;
    private volatile String problem;

    public void starting(String warName) {
        this.name = warName;
        this.ready = false;
    }

    public void ready(String warName) {
        this.name = warName;
        this.problem = null;
        this.ready = true;
    }

    public void failed(String warName, String reason) {
        this.name = warName;
        this.problem = reason;
        this.ready = false;
    }

    public boolean isReady() {
        return ready;
    }

    public String name() {
        return name;
    }

    public String problem() {
        return problem;
    }
}
