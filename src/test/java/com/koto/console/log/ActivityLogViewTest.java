package com.koto.console.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.ConsoleTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "root", roles = "ADMIN")
class ActivityLogViewTest extends ConsoleTest {

    @Test
    @SuppressWarnings("unchecked")
    void adminsSeeWhoChangedWhatAndCanFilter() {
        navigate(ActivityLogView.class);
        Grid<ActivityLogView.Entry> grid = find(Grid.class).withId("activity-log").single();
        var rows = test(grid);
        assertThat(rows.size()).isGreaterThan(0);
        boolean demoImport = false;
        for (int i = 0; i < rows.size(); i++) {
            ActivityLogView.Entry e = rows.getRow(i);
            demoImport |= e.author().equals("system") && e.subject().equals("Lesson “Ordering at a café”") && e.key().equals("cafe-ordering")
                    && e.action().equals("Published");
        }
        assertThat(demoImport).isTrue();
        test(find(TextField.class).withId("log-filter").single()).setValue("no-such-person");
        assertThat(test(grid).size()).isZero();
    }
}
