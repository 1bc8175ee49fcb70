package org.cosmodrome.webhooks;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.cosmodrome.manifest.LaunchEvent;
import org.cosmodrome.platform.Actor;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent event stream of launch changes: each committed change goes to every connected client that may see
 * the launch, a public launch's to everyone, a private launch's to its organisation's members and to those who read
 * everything. Events are named as webhooks are ({@code launch.net_changed}) and carry the same JSON, without a
 * delivery id; their SSE id counts up from the server's start. Nothing is kept for clients that were not connected.
 */
@Component
public class LaunchEventStream implements SmartLifecycle {

    private record Listener(SseEmitter emitter, Actor actor) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final WebhookSettings settings;
    private volatile boolean running;

    LaunchEventStream(WebhookSettings settings) {
        this.settings = settings;
    }

    /** A new stream for {@code actor}, who gets the changes it may see from now on. */
    public SseEmitter open(Actor actor) {
        SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
        Listener listener = new Listener(emitter, actor);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        listeners.add(listener);
        try {
            // A first comment, so that the client sees the stream open before the first change.
            emitter.send(SseEmitter.event().comment("launch changes"));
        } catch (IOException e) {
            listeners.remove(listener);
            emitter.completeWithError(e);
        }
        return emitter;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream, before the web server's graceful shutdown would wait for them. */
    @Override
    public void stop() {
        running = false;
        for (Listener listener : listeners) {
            listeners.remove(listener);
            listener.emitter().complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many clients are connected. */
    public int connected() {
        return listeners.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(LaunchEvent event) {
        if (listeners.isEmpty()) {
            return;
        }
        Map<String, Object> body = EventBodies.of(event);
        String name = WebhookEvent.of(event).wireName();
        long id = sequence.incrementAndGet();
        List<String> owners = List.of(event.organization().value());
        for (Listener listener : listeners) {
            if (!event.publicLaunch() && (listener.actor().isAnonymous() || !listener.actor().sees(owners))) {
                continue;
            }
            try {
                listener.emitter().send(SseEmitter.event().id(Long.toString(id)).name(name)
                        .data(body, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                // The client went away; its emitter is finished and forgotten.
                listeners.remove(listener);
                listener.emitter().completeWithError(e);
            }
        }
    }
}
