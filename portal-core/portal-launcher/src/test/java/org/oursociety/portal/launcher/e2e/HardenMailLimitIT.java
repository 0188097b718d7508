package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail bombing: twenty password-reset requests for one resident put five mails in their inbox (the
 * per-recipient limit), every request is answered exactly as before, and the first refusal is audited.
 * The per-client-address limit is covered against PostgreSQL by portal-web's MailLimitIT: every test
 * here comes from 127.0.0.1, so the shared portal's address limit is set high.
 */
@ExtendWith(SharedPortal.class)
class HardenMailLimitIT {

    private final RunningPortal portal;
    private final Mailbox mailbox;

    HardenMailLimitIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
    }

    private String email;

    @BeforeEach
    void resident() throws Exception {
        email = ThrowawayAccounts.create(portal, "Mair Limit");
    }

    @Test
    void twentyResetRequestsSendFiveMailsAndEveryAnswerIsTheSame() throws Exception {
        Http http = new Http(portal);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> forUnknown = http.postJson("/api/password-reset", "{\"email\":\"" + unknown + "\"}");
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = http.postJson("/api/password-reset", "{\"email\":\"" + email + "\"}");
            assertThat(answer.statusCode()).isEqualTo(202);
            assertThat(answer.body()).isEqualTo(forUnknown.body());
        }
        mailbox.awaitMail(email, 5);
        Thread.sleep(4_000); // the outbox worker polls every second: anything more would have come by now
        assertThat(mailbox.mailsTo(email)).hasSize(5);
        assertThat(auditedLimits(email)).isEqualTo(1);
    }

    @Test
    void registeringTheSameAddressAgainAndAgainMailsItFiveTimesAtMost() throws Exception {
        String address = "bomb-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http http = new Http(portal);
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> answer = http.postJson("/api/users", "{\"email\":\"" + address
                    + "\",\"displayName\":\"Someone\",\"password\":\"tiny ember cobalt fjord\"}");
            assertThat(answer.statusCode()).isEqualTo(202);
        }
        mailbox.awaitMail(address, 5);
        Thread.sleep(4_000);
        assertThat(mailbox.mailsTo(address)).hasSize(5);
    }

    private int auditedLimits(String target) throws Exception {
        try (Connection c = portal.database(); PreparedStatement s = c.prepareStatement(
                "select count(*) from core.audit_entry where action = 'mail.limited' and target_label = ?")) {
            s.setString(1, target);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
