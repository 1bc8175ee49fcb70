/**
 * Visitors: launch viewing, tours and passes that follow the live manifest. Viewing points with coordinates and
 * capacity, each open for a launch only when it lies farther from the launch's pad than the hazard radius of the
 * launch's vehicle family ({@link org.cosmodrome.visitors.VisitorSettings}, until range safety supplies one); guided
 * tours; bookings by a visitor with capacity enforced by the database (the slot's row is locked while its places are
 * counted) and a waitlist promoted in order when a place frees; passes applied for with the site's lead time and
 * decided by the spaceport operator, without which a booking stays {@code HELD_AWAITING_PASS}.
 * <p>
 * Owns the {@code visitors} schema. Listens to the manifest's {@code LaunchNetChanged} synchronously inside the
 * manifest's transaction: the launch's viewing bookings move to the new day and each visitor gets a message in the
 * outbox, handed to a {@link org.cosmodrome.visitors.VisitorNotifier} after commit. Personal data (name, nationality,
 * document number) is read only by the visitor's own account and the spaceport operator, never by public endpoints;
 * it is exported or wiped on request. Every change is entered in the ledger in its transaction.
 * <p>
 * Depends on {@code manifest} (launches and their events), {@code sites} (pad coordinates), {@code vehicles}
 * (vehicle families), {@code ledger} and the platform; uses the {@code physics} library's geodesy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visitors",
        allowedDependencies = {"platform", "ledger", "manifest", "sites", "vehicles"})
package org.cosmodrome.visitors;
