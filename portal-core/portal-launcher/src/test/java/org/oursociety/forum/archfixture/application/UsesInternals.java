package org.oursociety.forum.archfixture.application;

import org.oursociety.portal.api.internal.archfixture.InternalSecret;

/** Breaks one rule on purpose (ArchitectureTest): a module that uses portal-api's internals. Test code only. */
public class UsesInternals {

    public Object offend() {
        return new InternalSecret();
    }
}
