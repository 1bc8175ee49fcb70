/**
 * Platform: the infrastructure every capability module stands on, and nothing of the spaceport's own.
 * <ul>
 *   <li>the database: an embedded PostgreSQL under {@code ./data/} unless {@code COSMODROME_DB_URL} names an
 *       external one ({@code persistence}); admin commands attach to the one a running server started;</li>
 *   <li>the administration mode of the jar ({@link org.cosmodrome.platform.AdminMode}), which runs the
 *       {@link org.cosmodrome.platform.AdminCommand}s the modules contribute;</li>
 *   <li>the reference-data ledger that makes loading the Baikonur data set idempotent;</li>
 *   <li>the shared API vocabulary: paging ({@link org.cosmodrome.platform.PageQuery}, {@link org.cosmodrome.platform.Page}),
 *       refusals that become RFC 9457 problem details ({@link org.cosmodrome.platform.RecordNotFound},
 *       {@link org.cosmodrome.platform.RuleViolation}, {@link org.cosmodrome.platform.InvalidField}) and the handler
 *       that writes them ({@code web}).</li>
 * </ul>
 * Open module: any capability may use it; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Platform")
package org.cosmodrome.platform;
