package org.oursociety.forum.space.domain;

/**
 * An area's forum settings.
 *
 * @param readPolicy    {@code everyone} or {@code members} (signed in)
 * @param postPolicy    {@code members} (any confirmed member) or {@code residents} (verified residents of the area)
 * @param flagThreshold the weight of flags from different members that hides a post at once
 */
public record SpaceSettings(String areaSlug, String readPolicy, String postPolicy, int flagThreshold) {

    public static final String EVERYONE = "everyone";
    public static final String MEMBERS = "members";
    public static final String RESIDENTS = "residents";

    public SpaceSettings {
        if (!EVERYONE.equals(readPolicy) && !MEMBERS.equals(readPolicy)) {
            throw new IllegalArgumentException("read policy: " + readPolicy);
        }
        if (!MEMBERS.equals(postPolicy) && !RESIDENTS.equals(postPolicy)) {
            throw new IllegalArgumentException("post policy: " + postPolicy);
        }
        if (flagThreshold < 1 || flagThreshold > 20) {
            throw new IllegalArgumentException("flag threshold: " + flagThreshold);
        }
    }

    public static SpaceSettings defaults(String areaSlug) {
        return new SpaceSettings(areaSlug, EVERYONE, MEMBERS, 3);
    }

    public boolean membersOnly() {
        return MEMBERS.equals(readPolicy);
    }

    public boolean residentsOnly() {
        return RESIDENTS.equals(postPolicy);
    }
}
