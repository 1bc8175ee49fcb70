package org.cosmodrome.webhooks.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.webhooks.LaunchEventStream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Webhooks")
class LaunchEventController {

    private final LaunchEventStream stream;
    private final CurrentActor currentActor;

    LaunchEventController(LaunchEventStream stream, CurrentActor currentActor) {
        this.stream = stream;
        this.currentActor = currentActor;
    }

    @GetMapping(path = "/api/v1/launch-events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Launch changes as server-sent events, from the moment of connecting",
            description = "Events named launch.created, launch.net_changed, launch.status_changed and"
                    + " launch.scrubbed, with the webhook body as data. Anonymous clients get the public manifest's"
                    + " changes; signed-in ones also those of the launches they may see.")
    SseEmitter stream() {
        return stream.open(currentActor.get());
    }
}
