package org.oursociety.forum.feed.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oursociety.forum.platform.ForumNames;
import org.oursociety.forum.space.application.SpaceService;
import org.oursociety.forum.space.domain.Category;
import org.oursociety.forum.topic.application.TopicService;
import org.oursociety.forum.topic.domain.PostView;
import org.oursociety.forum.topic.domain.TopicSummary;
import org.oursociety.portal.api.area.AreaContext;
import org.oursociety.portal.api.i18n.Languages;
import org.oursociety.portal.api.mail.MailQueue;
import org.oursociety.portal.api.rest.Refusal;
import org.oursociety.portal.api.security.CurrentUser;

/**
 * Atom 1.0 feeds made with Rome: {@code /forum/{area}/feed.atom} (latest topics), {@code ...?category=ID} (a
 * category's topics) and {@code ...?topic=ID} (a topic's latest posts). Reached through the area filter, which
 * has checked that the forum is on in the area; members-only spaces answer 401 to anonymous readers.
 */
@WebServlet("/feed.atom")
public class AtomFeedServlet extends HttpServlet {

    @Inject
    TopicService topics;

    @Inject
    SpaceService spaces;


    @Inject
    CurrentUser currentUser;

    @Inject
    MailQueue links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String area = (String) request.getAttribute(AreaContext.ATTRIBUTE);
        if (area == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            SyndFeed feed = feed(request, area);
            response.setContentType("application/atom+xml;charset=UTF-8");
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (Refusal refused) {
            response.sendError(refused.kind().status());
        } catch (IllegalArgumentException badId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (FeedException e) {
            throw new IOException("Cannot write the feed", e);
        }
    }

    private SyndFeed feed(HttpServletRequest request, String area) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        String topicId = request.getParameter("topic");
        String categoryId = request.getParameter("category");
        String self = links.link("/forum/" + area + "/feed.atom" + (topicId != null ? "?topic=" + topicId
                : categoryId != null ? "?category=" + categoryId : ""));
        List<SyndEntry> entries = new ArrayList<>();
        Date updated = new Date(0);
        if (topicId != null) {
            UUID id = UUID.fromString(topicId);
            TopicSummary topic = topics.topic(currentUser.user(), id);
            if (!topic.areaSlug().equals(area)) {
                throw Refusal.notFound();
            }
            TopicService.TopicPage page = topics.read(currentUser.user(), id, topic.pages());
            Map<UUID, String> authors = ForumNames.of(page.posts().stream().map(PostView::authorId).distinct().toList(),
                    page.authors(), Languages.of(request));
            feed.setTitle(topic.title());
            feed.setLink(links.link("/forum/" + area + "/topic.xhtml?id=" + id));
            List<PostView> newestFirst = new ArrayList<>(page.posts());
            java.util.Collections.reverse(newestFirst);
            for (PostView post : newestFirst) {
                if (post.deleted() || post.hidden()) {
                    continue;
                }
                SyndEntry entry = new SyndEntryImpl();
                entry.setTitle(topic.title() + " #" + post.number());
                entry.setLink(links.link("/forum/" + area + "/topic.xhtml?id=" + id + "&page=" + post.page()
                        + "#post-" + post.number()));
                entry.setUri("urn:uuid:" + post.id());
                entry.setAuthor(authors.get(post.authorId()));
                Date at = Date.from(post.editedAt() != null ? post.editedAt() : post.createdAt());
                entry.setUpdatedDate(at);
                entry.setPublishedDate(Date.from(post.createdAt()));
                entry.setContents(List.of(html(post.bodyHtml())));
                entries.add(entry);
                updated = at.after(updated) ? at : updated;
            }
        } else {
            TopicService.TopicList list;
            if (categoryId != null) {
                UUID id = UUID.fromString(categoryId);
                Category category = spaces.category(currentUser.user(), area, id);
                feed.setTitle(category.name());
                feed.setLink(links.link("/forum/" + area + "/category.xhtml?id=" + id));
                list = topics.inCategory(currentUser.user(), area, id, 1);
            } else {
                feed.setTitle("Forum: " + area);
                feed.setLink(links.link("/forum/" + area + "/"));
                list = topics.latest(currentUser.user(), area, 1);
            }
            for (TopicSummary topic : list.topics()) {
                SyndEntry entry = new SyndEntryImpl();
                entry.setTitle(topic.title());
                entry.setLink(links.link("/forum/" + area + "/topic.xhtml?id=" + topic.id()));
                entry.setUri("urn:uuid:" + topic.id());
                Date at = Date.from(topic.lastPostAt());
                entry.setUpdatedDate(at);
                entry.setPublishedDate(Date.from(topic.createdAt()));
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(topic.categoryName() + " · " + topic.posts() + " posts");
                entry.setDescription(summary);
                entry.setAuthor(topic.categoryName());
                entries.add(entry);
                updated = at.after(updated) ? at : updated;
            }
        }
        feed.setUri(self);
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType("application/atom+xml");
        List<SyndLink> feedLinks = new ArrayList<>(List.of(selfLink));
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(feed.getLink());
        alternate.setType("text/html");
        feedLinks.add(alternate);
        feed.setLinks(feedLinks);
        feed.setAuthor("Our Society");
        feed.setPublishedDate(updated);
        feed.setEntries(entries);
        return feed;
    }

    private static SyndContent html(String value) {
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(value);
        return content;
    }
}
