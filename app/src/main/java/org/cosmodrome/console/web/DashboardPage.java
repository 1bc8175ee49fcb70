package org.cosmodrome.console.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.web.JsonIsland;
import org.cosmodrome.sites.AnnualLaunchCount;
import org.cosmodrome.sites.Cosmodrome;
import org.cosmodrome.sites.LaunchRecord;
import org.cosmodrome.sites.Pad;
import org.cosmodrome.sites.PadFilter;
import org.cosmodrome.sites.PadStatus;
import org.cosmodrome.sites.Pads;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.VehicleStatus;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The dashboard: map of the pads, launches per year, headline counts. */
@Controller
class DashboardPage {

    private final Pads pads;
    private final Vehicles vehicles;
    private final LaunchRecord launchRecord;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardPage(Pads pads, Vehicles vehicles, LaunchRecord launchRecord, MessageSource messages, JsonMapper json) {
        this.pads = pads;
        this.vehicles = vehicles;
        this.launchRecord = launchRecord;
        this.messages = messages;
        this.json = json;
    }

    /** A pad as the map script needs it. */
    record MapPad(String id, String designation, String name, String popularName, String status, String statusLabel,
            double latitude, double longitude, String url) {
    }

    /** The map's frame: the cosmodrome's reference point and the lease ellipse's half-axes in kilometres. */
    record MapFrame(double latitude, double longitude, double leaseSemiAxisEastKm, double leaseSemiAxisNorthKm,
            String leaseLabel, String attribution, String zoomIn, String zoomOut) {
    }

    record ChartData(List<Integer> years, List<Integer> launches, String title, String unknownLabel) {
    }

    @GetMapping("/")
    String dashboard(Model model, Locale locale) {
        List<Pad> all = pads.find(PadFilter.none(), PageQuery.all()).items();
        Map<PadStatus, Long> byStatus = pads.countByStatus();
        Cosmodrome cosmodrome = launchRecord.cosmodrome().orElse(null);
        List<AnnualLaunchCount> perYear = launchRecord.launchesPerYear();

        model.addAttribute("nav", "dashboard");
        model.addAttribute("cosmodrome", cosmodrome);
        model.addAttribute("cosmodromeName", cosmodrome == null ? messages.getMessage("app.name", null, locale)
                : new LocalizedName(cosmodrome.nameEn(), cosmodrome.nameRu(), cosmodrome.nameKk()).in(locale));
        model.addAttribute("pads", all);
        model.addAttribute("statuses", PadStatus.values());
        model.addAttribute("padsByStatus", byStatus);
        model.addAttribute("activePads", byStatus.getOrDefault(PadStatus.ACTIVE, 0L));
        model.addAttribute("padsTotal", all.size());
        model.addAttribute("activeVehicles", vehicles.find(
                new VehicleFilter(VehicleStatus.ACTIVE, null, null, null, null), new PageQuery(0, 1)).totalItems());
        model.addAttribute("vehiclesTotal", vehicles.find(VehicleFilter.none(), new PageQuery(0, 1)).totalItems());
        model.addAttribute("launchesPerYear", perYear);

        List<MapPad> mapPads = all.stream().map(p -> new MapPad(p.id().value(), p.designation(),
                p.name().in(locale), p.popularName() == null ? null : p.popularName().in(locale), p.status().name(), messages.getMessage("status." + p.status().name(), null, locale),
                p.latitude(), p.longitude(), "/pads/" + p.id().value())).toList();
        model.addAttribute("mapPadsJson", JsonIsland.of(json, mapPads));
        // Lease area: an ellipse of about 90 km east-west by 85 km north-south (facts: SPACEPORT_TRAVEL).
        MapFrame frame = cosmodrome == null ? null : new MapFrame(cosmodrome.referenceLatitude(),
                cosmodrome.referenceLongitude(), 45.0, 42.5,
                messages.getMessage("dashboard.map.lease", null, locale),
                messages.getMessage("map.attribution", null, locale),
                messages.getMessage("map.zoomIn", null, locale),
                messages.getMessage("map.zoomOut", null, locale));
        model.addAttribute("mapFrameJson", JsonIsland.of(json, frame));
        model.addAttribute("chartJson", JsonIsland.of(json, new ChartData(
                perYear.stream().map(AnnualLaunchCount::year).toList(),
                perYear.stream().map(AnnualLaunchCount::launches).toList(),
                messages.getMessage("dashboard.chart.title", null, locale),
                messages.getMessage("dashboard.chart.unknown", null, locale))));
        return "console/dashboard";
    }
}
