/**
 * Measures the manifest solvers: seeded schedule-v1 instances (one Baikonur year, ten years of demand growth, a
 * 5,000-request stress case), a greedy first-fit baseline (what a planner with a spreadsheet does), an OR-Tools CP-SAT
 * model of the same problem that gives the best objective and a proven bound, an independent checker of every hard
 * rule, and the harness that runs them all and prints the Markdown table of {@code docs/benchmarks.md}.
 * <p>
 * Plain Java, no Spring. OR-Tools is a dependency of this module only: it ships native libraries for every platform.
 * The Timefold solver under test lives in {@code planning} and is loaded by name, so this module builds without it.
 */
package org.cosmodrome.bench;
