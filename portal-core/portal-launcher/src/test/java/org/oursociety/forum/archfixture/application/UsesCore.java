package org.oursociety.forum.archfixture.application;

import org.oursociety.core.archfixture.CoreThing;

/** Breaks one rule on purpose (ArchitectureTest): a module that uses the core's code. Test code only. */
public class UsesCore {

    public Object offend() {
        return new CoreThing();
    }
}
