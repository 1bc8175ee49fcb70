package org.cosmodrome.visitors;

/**
 * Sends a message of the outbox to its visitor (mail, SMS, a messenger). Called after the transaction that wrote the
 * message commits; when it returns the message is marked {@code WRITTEN}. Define a bean of this type to replace the
 * default, which sends nothing: the operator reads the messages through the API and passes them on.
 */
public interface VisitorNotifier {

    void send(VisitorMessage message);
}
