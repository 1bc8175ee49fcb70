package org.cosmodrome.vehicles.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.cosmodrome.ledger.Ledger;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.vehicles.Vehicle;
import org.cosmodrome.vehicles.VehicleFilter;
import org.cosmodrome.vehicles.VehicleId;
import org.cosmodrome.vehicles.VehicleStatus;
import org.cosmodrome.vehicles.Vehicles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages for the vehicle catalogue: the list and a vehicle's stages and propellants. */
@Controller
class VehiclePages {

    private final Vehicles vehicles;
    private final Ledger ledger;
    private final CurrentActor currentActor;

    VehiclePages(Vehicles vehicles, Ledger ledger, CurrentActor currentActor) {
        this.vehicles = vehicles;
        this.ledger = ledger;
        this.currentActor = currentActor;
    }

    @GetMapping("/vehicles")
    String list(Model model) {
        model.addAttribute("nav", "vehicles");
        model.addAttribute("vehicles", vehicles.find(VehicleFilter.none(), PageQuery.all()).items());
        model.addAttribute("statuses", VehicleStatus.values());
        return "vehicles/vehicles";
    }

    @GetMapping("/vehicles/{id}")
    String detail(@PathVariable String id, Model model, HttpServletResponse response) {
        model.addAttribute("nav", "vehicles");
        Optional<Vehicle> vehicle;
        try {
            vehicle = vehicles.findById(VehicleId.of(id));
        } catch (InvalidField malformed) {
            vehicle = Optional.empty();
        }
        if (vehicle.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("missingKey", "vehicle.notFound");
            model.addAttribute("missingId", id);
            model.addAttribute("backHref", "/vehicles");
            model.addAttribute("backKey", "vehicle.list.title");
            return "fragments/not-found";
        }
        model.addAttribute("vehicle", vehicle.get());
        model.addAttribute("ledgerEntries", ledger.find(Ledger.Filter.forTarget("vehicle", id),
                currentActor.get(), new PageQuery(0, 100)).items());
        return "vehicles/vehicle";
    }
}
