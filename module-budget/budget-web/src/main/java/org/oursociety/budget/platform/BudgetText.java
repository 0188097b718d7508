package org.oursociety.budget.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oursociety.portal.api.area.AreaMap;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;

/** The module's bundle, its refusals, and small helpers the services share. */
public final class BudgetText {

    public static final String BUNDLE = "org.oursociety.budget.Messages";
    public static final String MANAGE = "budget.manage";
    public static final String ENTER_PAPER = "budget.enter-paper";

    private BudgetText() {
    }

    public static Message message(String key, Object... args) {
        return new Message(BUNDLE, key, args);
    }

    public static Refusal refuse(Refusal.Kind kind, String key, Object... args) {
        return Refusal.of(kind, message(key, args));
    }

    public static Refusal invalid(String field, String key, Object... args) {
        return Refusal.invalid(field, message(key, args));
    }

    public static Refusal invalid(Map<String, Message> fields) {
        return Refusal.invalid(fields);
    }

    /** The area and every area below it, by slug. */
    public static List<String> areaAndBelow(AreaMap map, String slug) {
        var area = map.bySlug(slug);
        if (area.isEmpty()) {
            return List.of(slug);
        }
        Set<String> ids = new java.util.HashSet<>(Set.of(area.get().id()));
        List<String> slugs = new java.util.ArrayList<>(List.of(slug));
        for (AreaMap.AreaRef ref : map.inTreeOrder()) {
            if (ref.parentId() != null && ids.contains(ref.parentId()) && ids.add(ref.id())) {
                slugs.add(ref.slug());
            }
        }
        return slugs;
    }

    /** A random receipt: 12 characters without look-alikes, about 2^59 of them per round. */
    public static String newVoterId(java.security.SecureRandom random) {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

}
