package org.cosmodrome.visitors;

import java.util.List;

import org.cosmodrome.platform.Actor;
import org.cosmodrome.platform.CurrentActor;
import org.cosmodrome.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox of messages to visitors as the operator reads it (all) and a visitor's account (its own). */
@Service
public class VisitorInbox {

    private final VisitorRecords records;
    private final CurrentActor currentActor;

    VisitorInbox(VisitorRecords records, CurrentActor currentActor) {
        this.records = records;
        this.currentActor = currentActor;
    }

    /** The messages, optionally of one visitor, oldest first. */
    @Transactional(readOnly = true)
    public List<VisitorMessage> messages(String visitor) {
        Actor actor = currentActor.get();
        if (actor.has(Role.SPACEPORT_OPERATOR)) {
            return records.messages(visitor);
        }
        return records.messagesOfAccount(actor.user()).stream()
                .filter(m -> visitor == null || visitor.equals(m.visitor())).toList();
    }
}
