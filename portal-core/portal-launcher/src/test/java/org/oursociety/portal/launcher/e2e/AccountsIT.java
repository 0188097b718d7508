package org.oursociety.portal.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A resident's own account over HTTP against the real portal, with mail through a real SMTP server. */
@ExtendWith(SharedPortal.class)
class AccountsIT {

    // Not xkcd's "correct horse battery staple": the strength check knows it.
    private static final String PASSWORD = "tiny ember cobalt fjord";

    private final RunningPortal portal;
    private final Mailbox mailbox;
    private Http http;

    AccountsIT(RunningPortal portal, Mailbox mailbox) {
        this.portal = portal;
        this.mailbox = mailbox;
    }

    @BeforeEach
    void newBrowser() {
        http = new Http(portal);
    }

    @Test
    void registerConfirmChangePasswordResetAndOldSessionsAreRefused() throws Exception {
        String email = unique("journey");
        assertThat(register(email, "Nia Evans", PASSWORD).statusCode()).isEqualTo(202);

        Mailbox.Mail confirmation = mailbox.awaitMail(email, 1);
        assertThat(confirmation.subject()).isEqualTo("Confirm your email address");
        assertThat(confirmation.text()).contains("Hello Nia Evans,");

        // Unconfirmed residents can sign in; every WAR sees that they are unconfirmed.
        JsonNode signedIn = http.signIn(email, PASSWORD);
        assertThat(signedIn.path("user").path("confirmed").asBoolean(true)).isFalse();
        for (String war : SessionApiIT.WARS) {
            assertThat(Http.json(http.get(war + "/api/me")).path("confirmed").asBoolean(true)).as(war).isFalse();
        }

        HttpResponse<String> page = http.get(confirmation.link("/confirm.xhtml"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("your email address is confirmed");
        for (String war : SessionApiIT.WARS) {
            assertThat(Http.json(http.get(war + "/api/me")).path("confirmed").asBoolean(false)).as(war).isTrue();
        }
        assertThat(http.get(confirmation.link("/confirm.xhtml")).body()).as("single use").contains("already been used");

        // A password change keeps this session and ends the others.
        Http otherDevice = new Http(portal);
        otherDevice.signIn(email, PASSWORD);
        String newPassword = "a brand new passphrase 2026";
        HttpResponse<String> change = http.postJson("/api/me/password",
                Http.JSON.writeValueAsString(Map.of("currentPassword", PASSWORD, "newPassword", newPassword)),
                "X-CSRF-Token", signedIn.path("csrfToken").asText());
        assertThat(change.statusCode()).isEqualTo(204);
        awaitRefused(otherDevice);
        assertThat(http.get("/forum/api/me").statusCode()).as("this session stays").isEqualTo(200);
        assertThat(new Http(portal).postJson("/api/session", credentials(email, PASSWORD)).statusCode()).isEqualTo(401);

        // A reset by mail ends every session, this one too.
        assertThat(mailbox.awaitMail(email, 2).subject()).isEqualTo("Your password has been changed");
        Http stillSignedIn = new Http(portal);
        stillSignedIn.signIn(email, newPassword);
        int mailsBefore = 2;
        assertThat(new Http(portal).postJson("/api/password-reset", "{\"email\":\"" + email + "\"}").statusCode())
                .isEqualTo(202);
        Mailbox.Mail reset = mailbox.awaitMail(email, mailsBefore + 1);
        assertThat(reset.subject()).isEqualTo("Reset your password");
        String link = reset.link("/reset.xhtml");
        assertThat(new Http(portal).get(link).body()).contains("id=\"reset:password\"");
        String token = link.substring(link.indexOf("token=") + 6);
        String resetPassword = "reset by mail passphrase";
        HttpResponse<String> complete = new Http(portal).postJson("/api/password-reset/complete",
                Http.JSON.writeValueAsString(Map.of("token", token, "password", resetPassword)));
        assertThat(complete.statusCode()).isEqualTo(204);
        awaitRefused(stillSignedIn);
        awaitRefused(http);
        assertThat(new Http(portal).signIn(email, resetPassword).path("user").path("email").asText()).isEqualTo(email);

        HttpResponse<String> again = new Http(portal).postJson("/api/password-reset/complete",
                Http.JSON.writeValueAsString(Map.of("token", token, "password", "yet another passphrase")));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(Http.json(again).path("detail").asText()).contains("already been used");
        assertThat(new Http(portal).get(link).body()).contains("already been used").contains("href=\"/forgot.xhtml\"");
    }

    @Test
    void registeringATakenAddressAnswersExactlyAsANewOneAndMailsTheOwner() throws Exception {
        String owner = unique("owner");
        register(owner, "Owner", PASSWORD);
        mailbox.awaitMail(owner, 1);
        new Http(portal).get(mailbox.awaitMail(owner, 1).link("/confirm.xhtml"));

        HttpResponse<String> taken = register(owner, "Someone Else", "some other passphrase");
        HttpResponse<String> fresh = register(unique("fresh"), "Someone Else", "some other passphrase");

        assertThat(taken.statusCode()).isEqualTo(202).isEqualTo(fresh.statusCode());
        assertThat(taken.body()).isEqualTo(fresh.body());
        Mailbox.Mail warning = mailbox.awaitMail(owner, 2);
        assertThat(warning.subject()).isEqualTo("Someone tried to register with your address");
        assertThat(http.signIn(owner, PASSWORD).path("user").path("displayName").asText()).as("nothing changed").isEqualTo("Owner");

        HttpResponse<String> resetKnown = http.postJson("/api/password-reset", "{\"email\":\"" + owner + "\"}");
        HttpResponse<String> resetUnknown = http.postJson("/api/password-reset", "{\"email\":\"" + unique("nobody") + "\"}");
        assertThat(resetKnown.statusCode()).isEqualTo(202).isEqualTo(resetUnknown.statusCode());
        assertThat(resetKnown.body()).isEqualTo(resetUnknown.body());

        HttpResponse<String> resendKnown = http.postJson("/api/users/confirmation", "{\"email\":\"" + owner + "\"}");
        HttpResponse<String> resendUnknown = http.postJson("/api/users/confirmation", "{\"email\":\"" + unique("nobody") + "\"}");
        assertThat(resendKnown.statusCode()).isEqualTo(202).isEqualTo(resendUnknown.statusCode());
        assertThat(resendKnown.body()).isEqualTo(resendUnknown.body());
    }

    @Test
    void badInputIsABadRequestWithAMessagePerFieldAndSavesNothing() throws Exception {
        HttpResponse<String> empty = http.postJson("/api/users", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode errors = Http.json(empty).path("errors");
        assertThat(errors.path("email").asText()).isEqualTo("Enter your email address.");
        assertThat(errors.path("displayName").asText()).isNotBlank();
        assertThat(errors.path("password").asText()).isEqualTo("Enter a password.");

        String email = unique("bad");
        JsonNode refused = Http.json(register(email, "x".repeat(81), "Password123"));
        assertThat(refused.path("errors").path("displayName").asText()).contains("80");
        assertThat(refused.path("errors").path("password").asText()).contains("common");
        assertThat(Http.json(register("not-an-address", "Nia", PASSWORD)).path("errors").path("email").asText())
                .contains("name@example.org");
        assertThat(Http.json(register(email, "Nia", "short")).path("errors").path("password").asText()).contains("10");
        assertThat(Http.json(register(email, "Nia", "x".repeat(129))).path("errors").path("password").asText()).contains("128");

        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("{\"email\":\"" + email + "\",\"displayName\":\"N").getBytes(StandardCharsets.UTF_8));
        body.write(0xC3); // a UTF-8 lead byte without its continuation
        body.writeBytes(("\",\"password\":\"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> broken = http.postBytes("/api/users", body.toByteArray());
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(broken.body()).doesNotContain("Exception");

        assertThat(accounts(email)).as("nothing saved").isZero();
    }

    @Test
    void aDoubleSubmittedRegistrationMakesOneAccount() throws Exception {
        String email = unique("double");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<HttpResponse<String>> call = () -> new Http(portal).postJson("/api/users",
                        Http.JSON.writeValueAsString(Map.of("email", email, "displayName", "Twice", "password", PASSWORD)));
                answers.add(pool.submit(call));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(202);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(accounts(email)).isEqualTo(1);
    }

    @Test
    void aWeakerStoredHashIsUpgradedAtTheNextSignIn() throws Exception {
        String email = unique("upgrade");
        register(email, "Old Hash", PASSWORD);
        mailbox.awaitMail(email, 1);
        try (Connection c = portal.database();
             PreparedStatement update = c.prepareStatement("update core.user_account set password_hash = ? where email = ?")) {
            update.setString(1, pbkdf2(PASSWORD, 1000));
            update.setString(2, email);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        http.signIn(email, PASSWORD);

        assertThat(storedHash(email)).startsWith("PBKDF2WithHmacSHA256:210000:");
        assertThat(new Http(portal).signIn(email, PASSWORD).path("user").path("email").asText()).isEqualTo(email);
    }

    @Test
    void theProfileCanBeReadAndChangedAndRefusesBadValues() throws Exception {
        JsonNode signedIn = http.signIn(SessionApiIT.TOM, SessionApiIT.RESIDENT_PASSWORD);
        String csrf = signedIn.path("csrfToken").asText();
        JsonNode profile = Http.json(http.get("/api/me/profile"));
        assertThat(profile.path("preferredLanguage").asText()).isEqualTo("en");

        HttpResponse<String> bad = http.patchJson("/api/me/profile",
                "{\"preferredLanguage\":\"fr\",\"homeAreaId\":\"" + UUID.randomUUID() + "\"}", "X-CSRF-Token", csrf);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).path("errors").path("preferredLanguage").asText()).isNotBlank();
        assertThat(Http.json(bad).path("errors").path("homeAreaId").asText()).isNotBlank();

        HttpResponse<String> ok = http.patchJson("/api/me/profile", "{\"preferredLanguage\":\"cy\"}", "X-CSRF-Token", csrf);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get("/api/me/profile")).path("preferredLanguage").asText()).isEqualTo("cy");
        String authority;
        try (Connection c = portal.database(); java.sql.Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select id from core.area where parent_id is null")) {
            r.next();
            authority = r.getString(1);
        }
        assertThat(http.patchJson("/api/me/profile", "{\"homeAreaId\":\"" + authority + "\"}", "X-CSRF-Token", csrf)
                .statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get("/api/me/profile")).path("homeAreaId").asText()).isEqualTo(authority);
        assertThat(http.get("/account/profile.xhtml").body()).contains("id=\"details:homeArea\"");
        http.patchJson("/api/me/profile", "{\"preferredLanguage\":\"en\",\"homeAreaId\":null}", "X-CSRF-Token", csrf);
        assertThat(Http.json(http.get("/api/me/profile")).path("homeAreaId").isMissingNode()).isTrue();

        assertThat(new Http(portal).get("/api/me/profile").statusCode()).isEqualTo(401);
        assertThat(new Http(portal).get("/account/profile.xhtml").headers().firstValue("Location").orElse(""))
                .contains("/login.xhtml?next=");
    }

    private HttpResponse<String> register(String email, String name, String password) throws Exception {
        return new Http(portal).postJson("/api/users",
                Http.JSON.writeValueAsString(Map.of("email", email, "displayName", name, "password", password)));
    }

    private static String credentials(String email, String password) throws Exception {
        return Http.JSON.writeValueAsString(Map.of("email", email, "password", password));
    }

    private static void awaitRefused(Http client) throws Exception {
        Await.until(Await.DEFAULT, "the budget WAR refusing the session", () -> client.get("/budget/api/me").statusCode() == 401);
    }

    private long accounts(String email) throws Exception {
        try (Connection c = portal.database();
             PreparedStatement s = c.prepareStatement("select count(*) from core.user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String storedHash(String email) throws Exception {
        try (Connection c = portal.database();
             PreparedStatement s = c.prepareStatement("select password_hash from core.user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** A hash in Jakarta Security's format, with fewer iterations than the portal now wants. */
    private static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
