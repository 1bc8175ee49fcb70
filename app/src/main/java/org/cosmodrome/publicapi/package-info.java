/**
 * Public API: the public manifest in the format Launch Library 2 (The Space Devs, version 2.3.0) clients already
 * read, under {@code /api/ll2/2.3.0/}: launches (all, upcoming, previous, one), pads, the location, agencies,
 * launcher configurations and the {@code config/} vocabularies, with LL2's field names, nesting, paging envelope,
 * modes and launch filters.
 * <p>
 * Read-only and public: it shows what an anonymous caller of {@code /api/v1/launches} sees (launches on the public
 * manifest, their mission, vehicle, pad, NET and status) and never a launch that is not on it. LL2's status and NET
 * precision numbers are mapped in {@link org.cosmodrome.publicapi.Ll2Codes}; integer and UUID ids are derived from
 * Cosmodrome's own ids by {@link org.cosmodrome.publicapi.Ll2Ids}. Owns no tables; the launches' last-updated time is
 * kept by the manifest. Depends on {@code manifest}, {@code sites}, {@code vehicles}, {@code organizations} and the
 * platform; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public API (LL2)",
        allowedDependencies = {"manifest", "sites", "vehicles", "organizations", "platform"})
package org.cosmodrome.publicapi;
