package org.cosmodrome.visitors;

import java.time.Clock;

import org.cosmodrome.manifest.LaunchNetChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands the outbox's pending messages to the {@link VisitorNotifier} after the change that wrote them commits, and
 * marks each {@code WRITTEN}. A message whose sending fails stays pending for the next dispatch.
 */
@Component
class MessageDispatch {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatch.class);

    private final VisitorRecords records;
    private final VisitorNotifier notifier;
    private final Clock clock;

    MessageDispatch(VisitorRecords records, VisitorNotifier notifier, Clock clock) {
        this.records = records;
        this.notifier = notifier;
        this.clock = clock;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void afterNetChanged(LaunchNetChanged event) {
        dispatch();
    }

    void dispatch() {
        for (VisitorMessage message : records.lockPending()) {
            try {
                notifier.send(message);
                records.markWritten(message.id(), clock.instant());
            } catch (RuntimeException e) {
                log.warn("Message {} to a visitor not sent, stays pending: {}", message.id(), e.toString());
            }
        }
    }

    /** The default notifier: sends nothing; the operator reads the messages through the API. */
    @Configuration(proxyBeanMethods = false)
    static class DefaultNotifier {

        @Bean
        @ConditionalOnMissingBean(VisitorNotifier.class)
        VisitorNotifier operatorInbox() {
            return message -> {
            };
        }
    }
}
