package org.oursociety.budget.platform;

import org.oursociety.portal.api.i18n.WelshBundlesTest;

/** The budget's English and Welsh bundles, key for key, with the same placeholders and no lone apostrophes. */
class BudgetBundlesTest extends WelshBundlesTest {
}
