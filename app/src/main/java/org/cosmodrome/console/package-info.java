/**
 * Console: the shared layout and navigation of the web console and its dashboard (a map of the cosmodrome drawn
 * from offline vector outlines with every pad coloured by status, the launches per year, and headline counts).
 * <p>
 * Reads the registry through the public APIs of {@code sites} and {@code vehicles}; owns no tables. Every chart and
 * map has a table or list beside it carrying the same data. Texts come from the message bundles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package org.cosmodrome.console;
