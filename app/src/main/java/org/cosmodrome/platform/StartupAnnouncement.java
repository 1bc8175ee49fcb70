package org.cosmodrome.platform;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the console answers once the application is ready to serve. */
@Component
class StartupAnnouncement {

    @EventListener
    void announce(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            int port = web.getWebServer().getPort();
            if (port > 0) {
                System.out.println();
                System.out.println("  Cosmodrome is up: http://localhost:" + port + "/");
                System.out.println("  API: http://localhost:" + port + "/api/v1/pads  ·  OpenAPI: http://localhost:" + port + "/swagger-ui.html");
                System.out.println();
            }
        }
    }
}
