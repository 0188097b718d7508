package org.oursociety.budget.delivery.domain;

import java.time.Instant;
import org.oursociety.portal.api.text.RenderedText;

/** A dated note on a funded project's delivery, with its status and progress at that time. */
public record DeliveryUpdate(long id, long proposalId, DeliveryStatus status, int progress, RenderedText text,
                             Instant writtenAt) {

    public DeliveryUpdate {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("progress");
        }
        if (status == DeliveryStatus.DONE && progress != 100) {
            throw new IllegalArgumentException("progress");
        }
    }
}
