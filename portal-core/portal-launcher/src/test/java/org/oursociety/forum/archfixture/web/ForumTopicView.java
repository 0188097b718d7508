package org.oursociety.forum.archfixture.web;

/** A web class for ArchitectureTest's fixture: domain classes must not use it. */
public class ForumTopicView {
}
