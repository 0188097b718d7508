package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Changing the email address: it takes effect only once the new address confirms, and the old one is told. */
@ExtendWith(SharedPortal.class)
class EmailChangeIT {

    private final RunningPortal portal;
    private final Mailbox mailbox;

    EmailChangeIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
    }

    @Test
    void theNewAddressConfirmsBeforeItCountsAndTheOldOneIsTold() throws Exception {
        String old = ThrowawayAccounts.create(portal, "Mo Mover");
        String moved = AccountsIT.unique("moved");
        Http http = new Http(portal);
        String token = http.signIn(old, ThrowawayAccounts.PASSWORD).path("token").asText();
        String[] bearer = {"Authorization", "Bearer " + token};

        assertThat(http.postJson("/api/me/email", "{\"email\":\"" + moved + "\"}", bearer).statusCode()).isEqualTo(202);

        assertThat(Http.json(http.get("/api/me", bearer)).path("email").asText()).as("not before confirming").isEqualTo(old);
        Mailbox.Mail confirm = mailbox.awaitMail(moved, 1);
        assertThat(confirm.subject()).isEqualTo("Confirm your new email address");
        String link = confirm.link("/confirm-email.xhtml");
        assertThat(new Http(portal).get(link).body())
                .contains("Your email address has been changed. Use the new one to sign in from now on.");
        Mailbox.Mail told = mailbox.awaitMail(old, 1);
        assertThat(told.subject()).isEqualTo("Your email address has been changed");
        assertThat(told.text()).contains(moved);

        assertThat(new Http(portal).postJson("/api/session", "{\"email\":\"" + old + "\",\"password\":\""
                + ThrowawayAccounts.PASSWORD + "\"}").statusCode()).as("the old address no longer signs in").isEqualTo(401);
        assertThat(new Http(portal).signIn(moved, ThrowawayAccounts.PASSWORD).path("user").path("email").asText())
                .isEqualTo(moved);
        assertThat(new Http(portal).get(link).body()).as("the link works once")
                .contains("This link has already been used or is not valid.");
    }

    @Test
    void anAddressThatIsTakenIsNotRevealedAndNothingChanges() throws Exception {
        String mine = ThrowawayAccounts.create(portal, "Sam Stays");
        String theirs = ThrowawayAccounts.create(portal, "Taken Address");
        Http http = new Http(portal);
        String[] bearer = {"Authorization", "Bearer " + http.signIn(mine, ThrowawayAccounts.PASSWORD).path("token").asText()};

        var taken = http.postJson("/api/me/email", "{\"email\":\"" + theirs + "\"}", bearer);
        var free = http.postJson("/api/me/email", "{\"email\":\"" + AccountsIT.unique("free") + "\"}", bearer);

        assertThat(taken.statusCode()).isEqualTo(free.statusCode()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(free.body());
        assertThat(Http.json(http.get("/api/me", bearer)).path("email").asText()).isEqualTo(mine);
        assertThat(http.postJson("/api/me/email", "{\"email\":\"not-an-address\"}", bearer).statusCode()).isEqualTo(400);
    }
}
