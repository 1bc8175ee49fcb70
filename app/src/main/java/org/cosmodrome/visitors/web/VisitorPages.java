package org.cosmodrome.visitors.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cosmodrome.manifest.Launch;
import org.cosmodrome.manifest.Launches;
import org.cosmodrome.platform.AccessDenied;
import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.InvalidField;
import org.cosmodrome.platform.RecordNotFound;
import org.cosmodrome.platform.Role;
import org.cosmodrome.platform.RuleViolation;
import org.cosmodrome.platform.web.DisplayFormats;
import org.cosmodrome.platform.web.ProblemTexts;
import org.cosmodrome.visitors.Booking;
import org.cosmodrome.visitors.Viewing;
import org.cosmodrome.visitors.VisitorBookings;
import org.cosmodrome.visitors.VisitorCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visitors' public page: tours and the viewing of upcoming public launches with their free places (points inside
 * a launch's hazard radius shown closed, with the reason), and, for a signed-in visitor, the booking form. No personal
 * data is shown here.
 */
@Controller
class VisitorPages {

    private static final int LAUNCHES_SHOWN = 8;

    private final VisitorCatalogue catalogue;
    private final Viewing viewing;
    private final VisitorBookings bookings;
    private final Launches launches;
    private final CurrentActor currentActor;
    private final ProblemTexts problems;
    private final MessageSource messages;
    private final Clock clock;

    VisitorPages(VisitorCatalogue catalogue, Viewing viewing, VisitorBookings bookings, Launches launches,
            CurrentActor currentActor, ProblemTexts problems, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.viewing = viewing;
        this.bookings = bookings;
        this.launches = launches;
        this.currentActor = currentActor;
        this.problems = problems;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/visitors")
    String page(Model model) {
        Actor viewer = currentActor.get();
        LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.COSMODROME_TIME));
        List<Viewing.LaunchViewing> upcoming = new ArrayList<>();
        for (Launch launch : launches.onPublicManifest()) {
            if (upcoming.size() >= LAUNCHES_SHOWN) {
                break;
            }
            try {
                Viewing.LaunchViewing v = viewing.forLaunch(launch.id().value(), viewer);
                if (v.day() != null && !v.day().isBefore(today)) {
                    upcoming.add(v);
                }
            } catch (RecordNotFound notViewable) {
                // a launch without a pad yet, or cancelled, has no viewing
            }
        }
        model.addAttribute("nav", "visitors");
        model.addAttribute("tours", catalogue.tours());
        model.addAttribute("launches", upcoming);
        model.addAttribute("canBook", viewer.has(Role.VISITOR));
        return "visitors/visitors";
    }

    /**
     * A visitor books a place: {@code target} is {@code tour:<id>} or {@code launch:<id>:<point>}.
     */
    @PostMapping("/visitors/bookings")
    String book(@RequestParam(required = false) String target, @RequestParam(required = false) String name,
            @RequestParam(required = false) String nationality, @RequestParam(required = false) String documentNumber,
            RedirectAttributes flash, Locale locale) {
        try {
            if (target == null || !(target.startsWith("tour:") || target.startsWith("launch:"))) {
                throw new InvalidField("target", "booking.target.required", "Choose a tour or a viewing point.");
            }
            String[] parts = target.split(":", 3);
            boolean tour = "tour".equals(parts[0]);
            if (!tour && parts.length < 3) {
                throw new InvalidField("target", "booking.target.required", "Choose a tour or a viewing point.");
            }
            Booking booking = bookings.book(new VisitorBookings.BookingRequest(null, blank(name), blank(nationality),
                    blank(documentNumber), tour ? parts[1] : null, tour ? null : parts[1], tour ? null : parts[2]));
            flash.addFlashAttribute("visitorNotice", messages.getMessage("visitors.booked." + booking.status().name(),
                    new Object[] {booking.id()}, locale));
        } catch (InvalidField e) {
            flash.addFlashAttribute("visitorProblem", problems.describe(e.code(), e.getMessage(), locale));
        } catch (RuleViolation e) {
            flash.addFlashAttribute("visitorProblem", problems.describe(e.code(), e.getMessage(), locale));
        } catch (RecordNotFound | AccessDenied e) {
            flash.addFlashAttribute("visitorProblem", e.getMessage());
        }
        return "redirect:/visitors";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
