package org.oursociety.forum.archfixture.domain;

import java.time.Instant;

/** Keeps every rule (ArchitectureTest): a domain class of plain Java. Test code only. */
public class CleanTopic {

    public Instant openedAt() {
        return Instant.EPOCH;
    }
}
