package org.oursociety.forum.space.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.forum.topic.infrastructure.TopicStore;
import org.oursociety.portal.api.area.AreaDirectory;
import org.oursociety.portal.api.privacy.MemberNames;
import org.oursociety.portal.api.text.RenderedText;
import org.oursociety.portal.api.text.UserText;

/**
 * The demo forum ({@code --demo}, first start only): categories and lively topics with replies and likes in the
 * demo areas, and one flagged post for the moderation queue. Written straight through the stores, so no limit,
 * mail or audit entry is involved.
 */
@ApplicationScoped
public class ForumDemo {

    private static final Logger LOG = Logger.getLogger(ForumDemo.class.getName());
    private static final List<String> AREAS = List.of("demo-borough", "riverside", "hillcrest");

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @Inject
    AreaDirectory directory;

    private Jdbc jdbc;
    private SpaceStore spaces;
    private TopicStore topics;
    private final UserText text = new UserText();

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
        spaces = new SpaceStore(dataSource);
        topics = new TopicStore(dataSource);
    }

    @Transactional
    public void loadOnce() {
        if (jdbc.count("select count(*) from forum.topic") > 0) {
            return;
        }
        MemberNames names = new MemberNames(dataSource);
        Optional<UUID> amira;
        Optional<UUID> tom;
        Optional<UUID> admin;
        try {
            amira = names.idOf("amira@demo.oursociety.org");
            tom = names.idOf("tom@demo.oursociety.org");
            admin = names.idOf("admin@demo.oursociety.org");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (amira.isEmpty() || tom.isEmpty() || admin.isEmpty()) {
            LOG.info("No demo accounts: the demo forum is left empty");
            return;
        }
        List<UUID> people = List.of(amira.get(), tom.get(), admin.get());
        Instant start = Instant.now().minus(Duration.ofDays(6));
        int minute = 0;
        for (String area : AREAS) {
            if (directory.current().bySlug(area).isEmpty()) {
                continue;
            }
            spaces.ensure(area, start);
            String place = area.equals("demo-borough") ? "the borough" : area.substring(0, 1).toUpperCase() + area.substring(1);
            UUID general = spaces.general(area).map(Category::id).orElseThrow();
            UUID events = category(area, "Events", "Fairs, clean-ups, meetings and everything with a date.", start);
            UUID streets = category(area, "Streets and transport", "Potholes, parking, buses, cycling, crossings.", start);
            List<UUID> posts = new ArrayList<>();
            posts.addAll(topic(area, general, "Welcome to the " + place + " forum",
                    List.of("Hello neighbours! This is the place to talk about what matters around " + place
                                    + ". Be kind, stay on topic, and flag anything that breaks the rules.",
                            "Great to see this. Is there a list of **upcoming council meetings** anywhere?",
                            "Yes: the council publishes them at https://example.org/meetings, and I'll pin the next one here.",
                            "Thanks @TomEvans, that helps."), people, start.plusSeconds(60L * minute++)));
            posts.addAll(topic(area, events, "Litter pick along the river on Saturday",
                    List.of("We're meeting at 10:00 by the old boathouse. Gloves and bags provided.",
                            "Count me in, I'll bring two more people.",
                            "> Gloves and bags provided\n\nCould someone bring a first-aid kit too?",
                            "I have one, I'll bring it."), people, start.plus(Duration.ofHours(20))));
            posts.addAll(topic(area, streets, "Pothole on Mill Lane is getting worse",
                    List.of("The pothole outside number 12 is now about a foot wide. Has anyone reported it?",
                            "Reported it last week, reference 48213. No reply yet.",
                            "Same here. A cyclist nearly came off there yesterday.",
                            "I've passed this to the highways team and will post their answer here.",
                            "Thank you!"), people, start.plus(Duration.ofDays(2))));
            List<UUID> spam = topic(area, general, "Cheap watches, best prices",
                    List.of("Buy cheap watches now at http://example.com/watches !!!"), List.of(tom.get()),
                    start.plus(Duration.ofDays(3)));
            for (int i = 0; i < posts.size(); i++) {
                UUID liker = people.get(i % people.size());
                topics.like(posts.get(i), liker, start.plus(Duration.ofDays(4)));
            }
            jdbc.update("insert into forum.flag (id, post_id, user_id, reason, text, weight, created_at)"
                    + " values (?, ?, ?, 'spam', null, 1, ?) on conflict do nothing", UUID.randomUUID(), spam.get(0),
                    amira.get(), start.plus(Duration.ofDays(4)));
        }
        LOG.info("Loaded the demo forum");
    }

    private UUID category(String area, String name, String description, Instant now) {
        UUID id = UUID.randomUUID();
        spaces.insertCategory(id, area, name, description, now);
        return id;
    }

    private List<UUID> topic(String area, UUID category, String title, List<String> bodies, List<UUID> people,
                             Instant at) {
        UUID topicId = UUID.randomUUID();
        topics.insertTopic(topicId, area, category, title, people.get(0), at);
        List<UUID> ids = new ArrayList<>();
        Instant when = at;
        UUID previous = null;
        for (int i = 0; i < bodies.size(); i++) {
            when = when.plus(Duration.ofMinutes(37L * (i + 1)));
            int number = topics.nextNumber(topicId, when);
            UUID postId = UUID.randomUUID();
            RenderedText rendered = text.render(bodies.get(i));
            topics.insertPost(postId, topicId, number, people.get(i % people.size()), i == 2 ? previous : null,
                    rendered, UserText.plain(rendered), when);
            jdbc.update("update forum.post set created_at = ? where id = ?", when, postId);
            previous = postId;
            ids.add(postId);
        }
        return ids;
    }
}
