/**
 * Console: the Vaadin UI for teachers and admins (server-rendered, no frontend bundle build).
 * Talks only to other modules' public services. Owns the form-login security chain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package com.koto.console;
