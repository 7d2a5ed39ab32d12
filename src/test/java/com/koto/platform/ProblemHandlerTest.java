package com.koto.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.sql.SQLTransientConnectionException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The problem handler's mapping of exceptions to problems, without a server: our bugs are 500 with an
 * incident id and never their message, client mistakes we wrote a sentence for are 400, outages are
 * 503 with {@code Retry-After}, Spring's typeless problems get a type of ours.
 */
class ProblemHandlerTest {

    record Profile(@NotBlank String displayName, @NotBlank String instructionLang) {
    }

    @RestController
    static class Failing {

        @PostMapping("/fail/profile")
        String profile(@Valid @RequestBody Profile profile) {
            return "ok";
        }

        @GetMapping("/fail/{kind}")
        String fail(@PathVariable String kind) {
            switch (kind) {
                case "bug" -> throw new IllegalArgumentException("The activity 'a1' has no accepted answer yet.");
                case "client" -> throw new BadRequestException("Unknown event type 'shout'.");
                case "database" -> throw new CannotCreateTransactionException("no connection",
                        new SQLTransientConnectionException("koto - Connection is not available, request timed out"));
                case "store" -> throw new DependencyUnavailableException("the recording store",
                        "Cannot put sessions/x on http://10.0.0.7:9000", null) { };
                default -> {
                    return "ok";
                }
            }
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new ProblemHandler(JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build())).build();

    @Test
    void aContentBugIs500WithAnIncidentAndItsMessageIsNotEchoed() throws Exception {
        mvc.perform(get("/fail/bug")).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "internal"))
                .andExpect(jsonPath("$.incident").isNotEmpty())
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("accepted answer"))))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("nothing you sent was lost"))));
    }

    @Test
    void aClientMistakeWeDescribedIs400WithOurSentence() throws Exception {
        mvc.perform(get("/fail/client")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "invalid-request"))
                .andExpect(jsonPath("$.detail").value("Unknown event type 'shout'."));
    }

    @Test
    void outagesAre503WithRetryAfterAndNoInternalDetail() throws Exception {
        mvc.perform(get("/fail/database")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "unavailable"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("database")));
        mvc.perform(get("/fail/store")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("recording store")))
                .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("10.0.0.7"))));
    }

    @Test
    void springsOwnProblemsGetOurTypeAndATitle() throws Exception {
        mvc.perform(put("/fail/bug")).andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + "method-not-allowed"))
                .andExpect(jsonPath("$.title").value("Method not allowed"))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void invalidFieldsAreNamedAsTheApiSpellsThem() throws Exception {
        mvc.perform(post("/fail/profile").contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"Ana\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("instruction_lang"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("instruction_lang")));
    }
}
