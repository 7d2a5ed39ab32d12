package com.koto.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.tutoring.PreviewService;
import com.koto.content.LessonHistory;
import com.koto.identity.AccountAdministration;
import com.koto.identity.AccountLog;
import com.koto.identity.OwnPassword;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonTransfer;
import com.koto.langpack.LangPackEditor;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every service the console calls checks the caller's role itself ({@code @PreAuthorize}), and
 * every view states who may open it; only the login page is open to anonymous visitors.
 */
class ConsoleSecurityTest {

    /** The services the console's views call. */
    static final List<Class<?>> SERVICES = List.of(LessonLibrary.class, LessonHistory.class, LessonTransfer.class,
            LangPackEditor.class, PreviewService.class, com.koto.content.LessonSearch.class);

    @Test
    void everyPublicMethodOfTheConsolesServicesIsPreAuthorized() {
        List<String> open = new ArrayList<>();
        for (Class<?> service : SERVICES) {
            boolean classLevel = service.isAnnotationPresent(PreAuthorize.class);
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !classLevel && !m.isAnnotationPresent(PreAuthorize.class)) {
                    open.add(service.getSimpleName() + "." + m.getName());
                }
            }
            assertThat(classLevel ? service.getAnnotation(PreAuthorize.class).value() : "")
                    .as(service.getSimpleName()).isEqualTo("hasAnyRole('TEACHER', 'ADMIN')");
        }
        assertThat(open).isEmpty();
    }

    @Test
    void theWholeChangeLogIsForAdminsOnly() throws NoSuchMethodException {
        assertThat(LessonHistory.class.getMethod("recentChanges", int.class).getAnnotation(PreAuthorize.class).value())
                .isEqualTo("hasRole('ADMIN')");
        assertThat(LangPackEditor.class.getMethod("recentChanges", int.class).getAnnotation(PreAuthorize.class).value())
                .isEqualTo("hasRole('ADMIN')");
    }

    @Test
    void accountAdministrationIsForAdminsOnlyAndOwnPasswordForTheSignedIn() throws NoSuchMethodException {
        assertThat(AccountAdministration.class.getAnnotation(PreAuthorize.class).value()).isEqualTo("hasRole('ADMIN')");
        assertThat(OwnPassword.class.getAnnotation(PreAuthorize.class).value()).isEqualTo("isAuthenticated()");
        assertThat(AccountLog.class.getMethod("recent", int.class).getAnnotation(PreAuthorize.class).value())
                .isEqualTo("hasRole('ADMIN')");
    }

    @Test
    void everyViewSaysWhoMayOpenIt() throws IOException, ClassNotFoundException {
        List<String> unguarded = new ArrayList<>();
        var factory = new CachingMetadataReaderFactory();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:com/koto/console/**/*.class")) {
            String name = factory.getMetadataReader(r).getClassMetadata().getClassName();
            Class<?> type = Class.forName(name);
            if (!type.isAnnotationPresent(Route.class)) {
                continue;
            }
            boolean guarded = type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(PermitAll.class);
            boolean anonymous = type.isAnnotationPresent(AnonymousAllowed.class);
            if (!guarded && !(anonymous && type == LoginView.class)) {
                unguarded.add(type.getSimpleName());
            }
            if (type.isAnnotationPresent(RolesAllowed.class)) {
                assertThat(Arrays.asList(type.getAnnotation(RolesAllowed.class).value())).as(type.getSimpleName())
                        .doesNotContain("LEARNER");
            }
        }
        assertThat(unguarded).isEmpty();
    }
}
