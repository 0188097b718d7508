package org.oursociety.portal.api.internal.archfixture;

/** Stands for portal-api's internals in ArchitectureTest's fixture: modules must not use it. */
public class InternalSecret {
}
