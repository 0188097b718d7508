package org.oursociety.forum.topic.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oursociety.forum.platform.Jdbc;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.space.domain.SpaceSettings;
import org.oursociety.forum.space.infrastructure.SpaceStore;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.portal.api.internal.startup.SchemaMigrator;
import org.oursociety.portal.api.testing.TestDatabase;
import org.oursociety.portal.api.text.RenderedText;

/** The forum's schema and stores against a real PostgreSQL: numbering under concurrency, paging, likes, spaces. */
class TopicStoreIT {

    private static TestDatabase db;
    private static TopicStore topics;
    private static SpaceStore spaces;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.create();
        SchemaMigrator.migrate(db.dataSource(), "forum", TopicStoreIT.class.getClassLoader());
        topics = new TopicStore(db.dataSource());
        spaces = new SpaceStore(db.dataSource());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void aSpaceStartsWithGeneralOnceEvenWhenAskedTwice() {
        SpaceSettings settings = spaces.ensure("riverside", Instant.now());
        spaces.ensure("riverside", Instant.now());
        assertThat(settings.flagThreshold()).isEqualTo(3);
        assertThat(spaces.categories("riverside", true)).extracting(Category::name).containsExactly("General");
    }

    @Test
    void repliesAtOnceGetEveryNumberOnceAndPagesReadByNumber() throws Exception {
        spaces.ensure("hillcrest", Instant.now());
        UUID category = spaces.general("hillcrest").orElseThrow().id();
        UUID topic = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        topics.insertTopic(topic, "hillcrest", category, "Numbers for everyone", author, Instant.now());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                int number = topics.nextNumber(topic, Instant.now());
                topics.insertPost(UUID.randomUUID(), topic, number, author, null,
                        new RenderedText("post " + n, "<p>post " + n + "</p>"), "post " + n, Instant.now());
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(topics.topic(topic).orElseThrow().posts()).isEqualTo(200);
        assertThat(topics.topic(topic).orElseThrow().pages()).isEqualTo(10);
        List<PostView> last = topics.posts(topic, 181, 200);
        assertThat(last).extracting(PostView::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(181, 200).boxed().toList());
        assertThat(last.get(0).page()).isEqualTo(10);

        UUID post = last.get(0).id();
        UUID fan = UUID.randomUUID();
        assertThat(topics.like(post, fan, Instant.now())).isTrue();
        assertThat(topics.like(post, fan, Instant.now())).as("one like per member").isFalse();
        assertThat(topics.post(post).orElseThrow().likes()).isEqualTo(1);
        assertThat(topics.likedBy(fan, List.of(post))).containsExactly(post);
    }

    @Test
    void aSecondFlagBySameMemberIsRefusedByTheTable() {
        spaces.ensure("market", Instant.now());
        UUID category = spaces.general("market").orElseThrow().id();
        UUID topic = UUID.randomUUID();
        topics.insertTopic(topic, "market", category, "Flag me twice", UUID.randomUUID(), Instant.now());
        UUID post = UUID.randomUUID();
        topics.insertPost(post, topic, topics.nextNumber(topic, Instant.now()), UUID.randomUUID(), null,
                new RenderedText("x", "<p>x</p>"), "x", Instant.now());
        Jdbc jdbc = new Jdbc(db.dataSource());
        UUID member = UUID.randomUUID();
        String insert = "insert into forum.flag (id, post_id, user_id, reason, weight, created_at) values (?, ?, ?, 'spam', 1, ?)"
                + " on conflict (post_id, user_id) do nothing";
        assertThat(jdbc.update(insert, UUID.randomUUID(), post, member, Instant.now())).isEqualTo(1);
        assertThat(jdbc.update(insert, UUID.randomUUID(), post, member, Instant.now())).isZero();
    }
}
