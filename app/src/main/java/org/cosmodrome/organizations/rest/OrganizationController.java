package org.cosmodrome.organizations.rest;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cosmodrome.organizations.Organization;
import org.cosmodrome.organizations.OrganizationDirectory;
import org.cosmodrome.organizations.OrganizationId;
import org.cosmodrome.organizations.OrganizationKind;
import org.cosmodrome.organizations.Organizations;
import org.cosmodrome.platform.LocalizedName;
import org.cosmodrome.platform.Page;
import org.cosmodrome.platform.PageQuery;
import org.cosmodrome.platform.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organisations", description = "The parties of the spaceport")
class OrganizationController {

    private final Organizations organizations;
    private final OrganizationDirectory directory;

    OrganizationController(Organizations organizations, OrganizationDirectory directory) {
        this.organizations = organizations;
        this.directory = directory;
    }

    record NamesBody(@NotBlank @Size(max = 200) String en, @Size(max = 200) String ru, @Size(max = 200) String kk) {
    }

    record NewOrganizationBody(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}",
                    message = "must be 1-63 lowercase letters, digits and dashes") String id,
            @NotNull @Valid NamesBody names,
            @Size(max = 80) String shortName,
            @NotNull OrganizationKind kind,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166-1 code in capitals")
            String country,
            @Size(max = 2000) String role,
            String parent,
            @Size(max = 4000) String notes,
            List<@NotBlank String> sources) {
    }

    record OrganizationView(String id, LocalizedName names, String shortName, String displayName,
            OrganizationKind kind, String country, String role, String parent, String notes, String confidence,
            List<String> sources) {

        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id().value(), o.name(), o.shortName(), o.displayName(), o.kind(),
                    o.country(), o.role(), o.parent() == null ? null : o.parent().value(), o.notes(), o.confidence(),
                    o.sources());
        }
    }

    @GetMapping
    @Operation(summary = "List organisations", description = "By kind, then name.")
    Page<OrganizationView> list(@RequestParam(required = false) OrganizationKind kind,
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
            @Parameter(description = "text in any of the names") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PageQuery.DEFAULT_SIZE) int size) {
        return organizations.find(kind, country, q, new PageQuery(page, size)).map(OrganizationView::of);
    }

    @GetMapping("/{id}")
    OrganizationView get(@PathVariable String id) {
        return organizations.findById(parse(id)).map(OrganizationView::of)
                .orElseThrow(() -> new RecordNotFound("organization", id));
    }

    @PostMapping
    @Operation(summary = "Register an organisation")
    ResponseEntity<OrganizationView> create(@Valid @RequestBody NewOrganizationBody body) {
        Organization organization = directory.register(new Organization(OrganizationId.of(body.id()),
                new LocalizedName(body.names().en().strip(), body.names().ru(), body.names().kk()), body.shortName(),
                body.kind(), body.country(), body.role(),
                body.parent() == null || body.parent().isBlank() ? null : OrganizationId.of(body.parent()),
                body.notes(), "entered through the API", body.sources() == null ? List.of() : body.sources(), 0));
        return ResponseEntity.created(URI.create("/api/v1/organizations/" + organization.id().value()))
                .body(OrganizationView.of(organization));
    }

    private static OrganizationId parse(String id) {
        try {
            return OrganizationId.of(id);
        } catch (RuntimeException malformed) {
            throw new RecordNotFound("organization", id);
        }
    }
}
