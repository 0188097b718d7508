package org.oursociety.forum.space.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.oursociety.forum.platform.ForumText;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.portal.api.audit.AuditEvent;
import org.oursociety.portal.api.audit.AuditTrail;
import org.oursociety.portal.api.cache.Remembered;
import org.oursociety.portal.api.i18n.Message;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.PortalUser;

/** An area's space: its categories and settings. Changes need {@code forum.manage} in the area. */
@ApplicationScoped
public class SpaceService {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    ForumGate gate;

    @Inject
    AuditTrail audit;

    private final Clock clock = Clock.systemUTC();
    private SpaceStore store;

    /** The categories with their counts, as every page of the space lists them (key: area), for 2 s. */
    private Remembered<List<Category>> lists;

    @PostConstruct
    void init() {
        store = new SpaceStore(dataSource);
        lists = Remembered.of(SpaceStore.LISTS_CACHE, Duration.ofSeconds(2), 10_000,
                areaSlug -> List.copyOf(store.categories(areaSlug, false)));
    }

    @Transactional
    public List<Category> categories(Optional<PortalUser> reader, String areaSlug) {
        gate.requireReader(reader, areaSlug);
        return lists.get(areaSlug);
    }

    @Transactional
    public Category category(Optional<PortalUser> reader, String areaSlug, UUID id) {
        gate.requireReader(reader, areaSlug);
        return store.category(id).filter(c -> c.areaSlug().equals(areaSlug)).orElseThrow(Refusal::notFound);
    }

    @Transactional
    public SpaceSettings settings(Optional<PortalUser> reader, String areaSlug) {
        return gate.requireReader(reader, areaSlug);
    }

    @Transactional
    public Category create(Optional<PortalUser> caller, String areaSlug, String name, String description) {
        gate.requireManager(caller, areaSlug);
        String cleanName = checkName(name, description);
        UUID id = UUID.randomUUID();
        try {
            store.insertCategory(id, areaSlug, cleanName, clean(description), clock.instant());
        } catch (IllegalStateException e) {
            if (org.oursociety.forum.platform.Jdbc.isUniqueViolation(e)) {
                throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.category.name.taken"));
            }
            throw e;
        }
        audit.record(AuditEvent.of("forum.category-created", "forum-category", id.toString(), cleanName).inArea(areaSlug));
        return store.category(id).orElseThrow();
    }

    @Transactional
    public Category change(Optional<PortalUser> caller, String areaSlug, UUID id, String name, String description,
                           Integer position, Boolean archived) {
        gate.requireManager(caller, areaSlug);
        Category category = store.category(id).filter(c -> c.areaSlug().equals(areaSlug)).orElseThrow(Refusal::notFound);
        String newName = name == null ? category.name() : checkName(name, description);
        String newDescription = description == null ? category.description() : clean(description);
        if (description != null && newDescription.length() > Category.DESCRIPTION_MAX) {
            throw Refusal.invalid("description", ForumText.of("forum.category.description.length", Category.DESCRIPTION_MAX));
        }
        boolean archive = archived == null ? category.archived() : archived;
        if (archive && !category.archived() && store.categories(areaSlug, false).size() <= 1) {
            throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.category.last"));
        }
        try {
            store.updateCategory(id, newName, newDescription, position == null ? category.position() : position,
                    archive, clock.instant());
        } catch (IllegalStateException e) {
            if (org.oursociety.forum.platform.Jdbc.isUniqueViolation(e)) {
                throw Refusal.of(Refusal.Kind.CONFLICT, ForumText.of("forum.category.name.taken"));
            }
            throw e;
        }
        audit.record(AuditEvent.of(archive && !category.archived() ? "forum.category-archived" : "forum.category-changed",
                "forum-category", id.toString(), newName).inArea(areaSlug));
        return store.category(id).orElseThrow();
    }

    @Transactional
    public SpaceSettings changeSettings(Optional<PortalUser> caller, String areaSlug, String readPolicy,
                                       String postPolicy, Integer flagThreshold) {
        gate.requireManager(caller, areaSlug);
        SpaceSettings current = store.settings(areaSlug).orElseThrow();
        Map<String, Message> errors = new LinkedHashMap<>();
        String read = readPolicy == null ? current.readPolicy() : readPolicy;
        String post = postPolicy == null ? current.postPolicy() : postPolicy;
        int threshold = flagThreshold == null ? current.flagThreshold() : flagThreshold;
        if (read == null || !List.of(SpaceSettings.EVERYONE, SpaceSettings.MEMBERS).contains(read)) {
            errors.put("read", ForumText.of("forum.settings.read.invalid"));
        }
        if (post == null || !List.of(SpaceSettings.MEMBERS, SpaceSettings.RESIDENTS).contains(post)) {
            errors.put("post", ForumText.of("forum.settings.post.invalid"));
        }
        if (threshold < 1 || threshold > 20) {
            errors.put("flagThreshold", ForumText.of("forum.settings.threshold.invalid"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        SpaceSettings changed = new SpaceSettings(areaSlug, read, post, threshold);
        store.saveSettings(changed);
        audit.record(AuditEvent.of("forum.settings-changed", "forum-space", areaSlug, areaSlug).inArea(areaSlug)
                .with("read", read).with("post", post).with("flagThreshold", Integer.toString(threshold)));
        return changed;
    }

    private static String checkName(String name, String description) {
        Map<String, Message> errors = new LinkedHashMap<>();
        String clean = clean(name);
        if (clean.isEmpty() || clean.length() > Category.NAME_MAX) {
            errors.put("name", ForumText.of("forum.category.name.length", Category.NAME_MAX));
        }
        if (clean(description).length() > Category.DESCRIPTION_MAX) {
            errors.put("description", ForumText.of("forum.category.description.length", Category.DESCRIPTION_MAX));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return clean;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
