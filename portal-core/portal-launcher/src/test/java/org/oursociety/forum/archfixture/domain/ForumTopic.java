package org.oursociety.forum.archfixture.domain;

import org.oursociety.budget.archfixture.BudgetCount;
import org.oursociety.forum.archfixture.web.ForumTopicView;
import org.oursociety.portal.api.internal.archfixture.InternalSecret;

/**
 * Breaks every architecture rule on purpose (ArchitectureTest shows each rule catches it): a module's
 * domain class that uses portal-api's internals, another module and a web class. Test code only.
 */
public class ForumTopic {

    public Object offend() {
        return new Object[]{new InternalSecret(), new BudgetCount(), new ForumTopicView()};
    }
}
