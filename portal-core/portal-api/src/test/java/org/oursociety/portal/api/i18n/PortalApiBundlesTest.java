package org.oursociety.portal.api.i18n;

/** The shared layout's and portal-api's strings in English and Welsh. */
class PortalApiBundlesTest extends WelshBundlesTest {
}
