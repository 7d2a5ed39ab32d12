package com.koto.progress.internal;

import com.koto.content.DraftLesson;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.platform.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who may see a lesson's analytics and review its answers: admins all lessons; teachers the
 * lessons they author (created, imported, edited or published: any entry of theirs in the lesson's
 * change log).
 */
@Component
public class StaffAccess {

    private final LessonHistory history;
    private final LessonLibrary library;
    private final ObjectProvider<SecurityContextHolderStrategy> strategies;

    StaffAccess(LessonHistory history, LessonLibrary library, ObjectProvider<SecurityContextHolderStrategy> strategies) {
        this.history = history;
        this.library = library;
        this.strategies = strategies;
    }

    private Authentication auth() {
        Authentication auth = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).getContext()
                .getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("Sign in first.");
        }
        return auth;
    }

    boolean admin() {
        return auth().getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    public String username() {
        return auth().getName();
    }

    boolean authors(UUID lessonId) {
        String me = username();
        return history.changes(lessonId).stream().anyMatch(c -> me.equals(c.author()));
    }

    /**
     * @throws AccessDeniedException for a teacher who does not author the lesson
     * @throws NotFoundException     for an unknown lesson
     */
    public void checkLesson(UUID lessonId) {
        library.get(lessonId);
        if (!admin() && !authors(lessonId)) {
            throw new AccessDeniedException("Only admins and the lesson's authors see its analytics.");
        }
    }

    public List<DraftLesson> visibleLessons() {
        boolean admin = admin();
        return library.all().stream().filter(l -> admin || authors(l.id())).toList();
    }
}
