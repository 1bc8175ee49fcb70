package org.cosmodrome.planning.solver;

/**
 * A hard rule that forbids one placement, in plain words.
 *
 * @param rule the rule's constraint name in {@link ManifestConstraints}, e.g. {@code pad outage}
 * @param reason e.g. {@code drop zone 327 closed 1-30 April 2027}
 * @param other the launch the placement conflicts with (turnaround, range separation), or {@code null}
 */
public record Blocker(String rule, String reason, LaunchSlot other) {
}
