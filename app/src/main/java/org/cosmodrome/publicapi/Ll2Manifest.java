package org.cosmodrome.publicapi;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cosmodrome.manifest.Launches;
import org.cosmodrome.manifest.Net;
import org.cosmodrome.manifest.PublishedLaunch;
import org.cosmodrome.organizations.Organization;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.sites.Cosmodrome;
import org.cosmodrome.sites.LaunchRecord;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Service;

/**
 * What the LL2 API reads: the public manifest with its pads, providers and vehicles, and the registries behind
 * them. Launches are filtered and ordered in memory, over the public manifest only; it holds the launches of a few
 * years at one site, hundreds at most.
 */
@Service
public class Ll2Manifest {

    /** The upcoming ones (no outcome yet), the previous ones (outcome recorded), or both. */
    public enum Listing {
        ALL, UPCOMING, PREVIOUS
    }

    private final Launches launches;
    private final Pads pads;
    private final Organizations organizations;
    private final Vehicles vehicles;
    private final LaunchRecord launchRecord;

    Ll2Manifest(Launches launches, Pads pads, Organizations organizations, Vehicles vehicles,
            LaunchRecord launchRecord) {
        this.launches = launches;
        this.pads = pads;
        this.organizations = organizations;
        this.vehicles = vehicles;
        this.launchRecord = launchRecord;
    }

    /**
     * The public launches of {@code listing} that match {@code criteria}, in its {@code ordering}, else by NET
     * (latest first for {@link Listing#PREVIOUS}), then id.
     */
    public List<Ll2Launch> launches(Listing listing, LaunchCriteria criteria) {
        Map<String, Pad> padsById = pads().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
        Map<String, Vehicle> vehiclesById = vehicles().stream()
                .collect(Collectors.toMap(v -> v.id().value(), v -> v));
        Map<String, String> providerNames = organizations().stream()
                .collect(Collectors.toMap(o -> o.id().value(), Organization::displayName));
        Stream<Ll2Launch> all = launches.published().stream().map(p -> entry(p, padsById, vehiclesById));
        Predicate<Ll2Launch> listed = switch (listing) {
            case ALL -> l -> true;
            case UPCOMING -> l -> !l.flown();
            case PREVIOUS -> Ll2Launch::flown;
        };
        Comparator<Ll2Launch> byNet = Comparator.comparing((Ll2Launch l) -> l.net().at());
        Comparator<Ll2Launch> order = switch (criteria.ordering() == null ? "" : criteria.ordering()) {
            case "-net" -> byNet.reversed();
            case "last_updated" -> Comparator.comparing(Ll2Launch::lastUpdated);
            case "-last_updated" -> Comparator.comparing(Ll2Launch::lastUpdated).reversed();
            case "name" -> Comparator.comparing(Ll2Launch::name);
            case "-name" -> Comparator.comparing(Ll2Launch::name).reversed();
            case "net" -> byNet;
            default -> listing == Listing.PREVIOUS ? byNet.reversed() : byNet;
        };
        int location = locationId();
        return all.filter(listed).filter(l -> matches(l, criteria, providerNames, location))
                .sorted(order.thenComparing(l -> l.launch().id().value())).toList();
    }

    /** The public launch with this LL2 UUID or Cosmodrome id (LL2's slug). */
    public Optional<Ll2Launch> launch(String idOrSlug) {
        return launches(Listing.ALL, new LaunchCriteria(null, null, null, null, null, null, null, null, null, null,
                null)).stream().filter(l -> l.launch().id().value().equals(idOrSlug)
                || Ll2Ids.launch(l.launch().id().value()).toString().equalsIgnoreCase(idOrSlug)).findFirst();
    }

    public List<Pad> pads() {
        return pads.find(PadFilter.none(), PageQuery.all()).items();
    }

    public List<Organization> organizations() {
        return organizations.find(null, null, null, PageQuery.all()).items();
    }

    public List<Vehicle> vehicles() {
        return vehicles.find(VehicleFilter.none(), PageQuery.all()).items();
    }

    public Optional<Cosmodrome> cosmodrome() {
        return launchRecord.cosmodrome();
    }

    /** The LL2 id of the cosmodrome's location. */
    public int locationId() {
        return Ll2Ids.number("location", cosmodrome().map(Cosmodrome::id).orElse("baikonur"));
    }

    private Ll2Launch entry(PublishedLaunch published, Map<String, Pad> padsById, Map<String, Vehicle> vehicles) {
        var launch = published.launch();
        Net net = launch.net() != null ? launch.net() : Net.day(launch.scheduledDate());
        Pad pad = padsById.get(launch.scheduledPad().value());
        String provider = pad == null || pad.operator() == null ? null : pad.operator().value();
        return new Ll2Launch(launch, published.lastUpdated(), net, pad, provider,
                vehicles.get(launch.vehicle().value()));
    }

    private boolean matches(Ll2Launch l, LaunchCriteria c, Map<String, String> providerNames,
            int location) {
        var launch = l.launch();
        if (c.netFrom() != null && l.net().at().isBefore(c.netFrom())) {
            return false;
        }
        if (c.netTo() != null && l.net().at().isAfter(c.netTo())) {
            return false;
        }
        if (c.windowStartFrom() != null && l.net().at().isBefore(c.windowStartFrom())) {
            return false;
        }
        if (c.updatedFrom() != null && l.lastUpdated().isBefore(c.updatedFrom())) {
            return false;
        }
        if (c.statusIds() != null && !c.statusIds().contains(Ll2Codes.status(launch.status()).id())) {
            return false;
        }
        if (c.provider() != null && (l.provider() == null
                || Ll2Ids.number("agency", l.provider()) != c.provider())) {
            return false;
        }
        if (c.pad() != null && Ll2Ids.number("pad", launch.scheduledPad().value()) != c.pad()) {
            return false;
        }
        if (c.location() != null && location != c.location()) {
            return false;
        }
        if (c.launcherConfig() != null
                && Ll2Ids.number("launcher_configuration", launch.vehicle().value()) != c.launcherConfig()) {
            return false;
        }
        if (c.search() != null && !c.search().isBlank()) {
            String text = c.search().strip().toLowerCase(Locale.ROOT);
            Function<String, Boolean> has = s -> s != null && s.toLowerCase(Locale.ROOT).contains(text);
            return has.apply(l.name()) || (l.pad() != null && has.apply(l.pad().name().en()))
                    || has.apply(providerNames.get(l.provider()));
        }
        return true;
    }
}
