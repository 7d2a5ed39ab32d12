package com.koto.console.progress;

import com.koto.content.LessonDocument;
import com.koto.content.internal.LessonDocuments;
import com.koto.content.LessonLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Lessons a given teacher authors, for the console tests of lesson analytics and answer review (browserless
 * {@code ProgressViewsTest} and the real-browser {@code ProgressJourneyTest}): the demo café lesson imported under
 * that teacher's name, with the signed-in user switched for the library's own role and authorship checks.
 */
public final class AuthoredLessons {

    private AuthoredLessons() {
    }

    /** The demo café lesson ({@code content/demo/cafe-ordering.json}) as a document to import. */
    public static LessonDocument cafe() {
        try (InputStream in = AuthoredLessons.class.getResourceAsStream("/content/demo/cafe-ordering.json")) {
            return new LessonDocuments().read(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code task} signed in as the TEACHER {@code username} (a security context of its own on this thread),
     * then puts the previous context back.
     */
    public static <T> T asTeacher(String username, Supplier<T> task) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
        SecurityContextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Imports the café lesson as a draft {@code teacher} authors and publishes it as version 1.
     *
     * @return the lesson's id
     */
    public static UUID publishedCafe(LessonLibrary library, String teacher) {
        return asTeacher(teacher, () -> {
            UUID id = library.importAsDraft(cafe(), teacher);
            library.publish(id, teacher, "v1");
            return id;
        });
    }
}
