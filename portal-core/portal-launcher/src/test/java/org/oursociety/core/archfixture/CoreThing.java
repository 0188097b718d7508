package org.oursociety.core.archfixture;

/** Stands for the core's code in ArchitectureTest's fixture: modules must not use it. */
public class CoreThing {
}
