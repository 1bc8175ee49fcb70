package org.cosmodrome.platform;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request or task: the authenticated principal, the system while it runs its own work
 * ({@link #runAs(Actor, Supplier)}), or an anonymous visitor.
 */
@Component
public class CurrentActor {

    private static final ThreadLocal<Actor> SYSTEM = new ThreadLocal<>();

    public Actor get() {
        Actor system = SYSTEM.get();
        if (system != null) {
            return system;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ActsAs principal) {
            return principal.actor();
        }
        return Actor.anonymous();
    }

    /** Runs {@code work} as {@code actor} on this thread, for work the system starts itself. */
    public <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = SYSTEM.get();
        SYSTEM.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }

    public void runAs(Actor actor, Runnable work) {
        runAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
