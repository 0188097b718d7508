package org.oursociety.forum.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.privacy.MemberNames;

/** Authors' names for a page of posts in one query; a deleted account is "former member" in the reader's language. */
@ApplicationScoped
public class ForumNames {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    private MemberNames names;

    @PostConstruct
    void init() {
        names = new MemberNames(dataSource);
    }

    public Map<UUID, String> of(Collection<UUID> ids, Locale language) {
        return of(ids, stored(ids), language);
    }

    /** The names of those who still have an account (no entry for a deleted account). */
    public Map<UUID, String> stored(Collection<UUID> ids) {
        try {
            Map<UUID, String> found = new HashMap<>();
            names.displayNames(ids).forEach((id, name) -> {
                if (name != null) {
                    found.put(id, name);
                }
            });
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read members' names", e);
        }
    }

    /** Every id's name from {@code found} ({@link #stored}), or "former member" in {@code language}. */
    public static Map<UUID, String> of(Collection<UUID> ids, Map<UUID, String> found, Locale language) {
        String former = new Message("org.oursociety.portal.api.Messages", MemberNames.FORMER_MEMBER).in(language);
        Map<UUID, String> out = new HashMap<>();
        for (UUID id : ids) {
            String name = found.get(id);
            out.put(id, name == null ? former : name);
        }
        return out;
    }
}
