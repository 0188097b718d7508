package org.oursociety.budget.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The budget module's JSON API under {@code /budget/api}; resources and providers are discovered. */
@ApplicationPath("api")
public class BudgetApi extends Application {
}
