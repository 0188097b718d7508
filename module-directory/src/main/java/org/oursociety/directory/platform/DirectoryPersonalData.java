package org.oursociety.directory.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.oursociety.directory.exchange.infrastructure.ExchangeStore;
import org.oursociety.directory.stewardship.infrastructure.StewardshipStore;
import org.oursociety.portal.api.privacy.PersonalDataContributor;
import org.oursociety.portal.api.security.PortalUser;

/**
 * The directory's part of "download my data": the listings a member edits, their claims, suggestions,
 * reports, messages on wants and offers, and the organisations they follow. Listings themselves are organisations' public data.
 */
@ApplicationScoped
public class DirectoryPersonalData implements PersonalDataContributor {

    @Resource(lookup = "jdbc/portal")
    DataSource dataSource;

    @jakarta.inject.Inject
    org.oursociety.directory.follow.infrastructure.FollowStore follows;

    private StewardshipStore stewardship;
    private ExchangeStore exchange;

    @PostConstruct
    void init() {
        stewardship = new StewardshipStore(dataSource);
        exchange = new ExchangeStore(dataSource);
    }

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public Object personalData(PortalUser user) {
        try {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("editorOf", stewardship.editedBy(user.id()).stream()
                    .map(o -> Map.of("organization", o.id(), "name", o.name())).toList());
            data.put("claims", stewardship.claimsOf(user.id()).stream().map(c -> Map.of("organization", c.organizationId(),
                    "message", c.message(), "status", c.status(), "at", c.createdAt().toString())).toList());
            data.put("suggestions", stewardship.suggestionsBy(user.id()).stream().map(s -> Map.of("record", s.recordId(),
                    "changes", s.changes().toString(), "status", s.status(), "at", s.createdAt().toString())).toList());
            data.put("reports", stewardship.reportsBy(user.id()).stream().map(r -> Map.of("record", r.recordId(),
                    "reason", r.reason(), "details", r.details(), "at", r.createdAt().toString())).toList());
            data.put("messages", exchange.messagesBy(user.id()).stream().map(m -> Map.of("post", m.postId().toString(),
                    "text", m.bodyHtml(), "at", m.createdAt().toString())).toList());
            data.put("follows", follows.followed(user.id()));
            return data;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the directory's data of a member", e);
        }
    }
}
