package com.koto.console;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The console's app shell: Lumo plus our plain CSS (no bundle build, see STACK.md). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("koto/console.css")
class ConsoleShell implements AppShellConfigurator {
}
