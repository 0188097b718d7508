package org.oursociety.forum.archfixture.domain;

import org.oursociety.forum.archfixture.web.ForumTopicView;

/** Breaks one rule on purpose (ArchitectureTest): a module's domain class that uses a web class. Test code only. */
public class ForumTopic {

    public Object offend() {
        return new ForumTopicView();
    }
}
