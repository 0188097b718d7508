package org.oursociety.portal.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemForAStatusCarriesItsCodeAndReasonAsRfc9457Asks() {
        Problem problem = Problem.of(Response.Status.NOT_FOUND, "No area called north-ward");

        assertThat(problem.type()).isEqualTo("about:blank");
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).isEqualTo("No area called north-ward");
    }

    @Test
    void itsMediaTypeIsProblemJson() {
        assertThat(Problem.MEDIA_TYPE.getType()).isEqualTo("application");
        assertThat(Problem.MEDIA_TYPE.getSubtype()).isEqualTo("problem+json");
    }

    @Test
    void anInvalidInputProblemCarriesOneMessagePerFieldInItsOrder() {
        Problem problem = Problem.invalid("Some fields need changing.",
                new java.util.LinkedHashMap<>(java.util.Map.of("email", "Enter an email address.")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(java.util.Map.entry("email", "Enter an email address."));
        assertThat(Problem.of(Response.Status.NOT_FOUND, "x").errors()).as("left out of the JSON").isNull();
    }
}
