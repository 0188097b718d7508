package org.oursociety.core.i18n;

import org.oursociety.portal.api.i18n.WelshBundlesTest;

/** Every string of the core's pages, mails and API answers in English and Welsh, key for key. */
class CoreBundlesTest extends WelshBundlesTest {
}
